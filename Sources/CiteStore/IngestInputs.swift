import CiteCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands the paths given to an ingest into the files to read.
public enum IngestInputs {
    /// Files named directly are always taken; folders are walked recursively, skipping hidden
    /// names (`.git`, `.DS_Store`) and, when `extensions` is not empty, files with another extension.
    /// Symbolic links are followed; a folder reached twice (a link loop) is read once and reported,
    /// a dangling link or an unreadable folder is reported, and the walk goes on.
    ///
    /// - Returns: the files, deduplicated and sorted by path (UTF-8 byte order), and one failure
    ///   per path that could not be expanded.
    /// - Complexity: O(n log n) in the number of entries, iterative (no recursion).
    public static func expand(_ paths: [String], extensions: Set<String>) -> (files: [String], failures: [FileFailure]) {
        // Each file with its identity: one file under two spellings (`corpus/x.txt` named and
        // found in `../corpus`, or reached through a link) is read once.
        var files: [String: FileID] = [:]
        var failures: [FileFailure] = []
        var visited: [FileID: String] = [:]
        var stack: [String] = []
        let wanted = Set(extensions.map { $0.lowercased() })

        for given in paths {
            let path = FileNames.name(bytes: normalize(FileNames.bytes(of: given)))
            var info = stat()
            guard FileNames.withCPath(path, { stat($0, &info) }) == 0 else {
                failures.append(FileFailure(path: path, message: systemReason()))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG: files[path] = FileID(info)
            case S_IFDIR: stack.append(path)
            default: failures.append(FileFailure(path: path, message: "not a regular file or folder"))
            }
            while let folder = stack.popLast() {
                var folderInfo = stat()
                guard FileNames.withCPath(folder, { stat($0, &folderInfo) }) == 0 else {
                    failures.append(FileFailure(path: folder, message: systemReason()))
                    continue
                }
                let id = FileID(folderInfo)
                if let first = visited[id] {
                    failures.append(FileFailure(path: folder, message: "folder already read as \(first) (symbolic link loop?)"))
                    continue
                }
                visited[id] = folder
                let found: [Entry]
                do { found = try entries(of: folder) } catch {
                    failures.append(error)
                    continue
                }
                let folderBytes = FileNames.bytes(of: folder)
                for entry in found {
                    // Built from bytes: a name with a newline, ESC or bytes that are not UTF-8 is
                    // kept in its quoted form (`FileNames`), and still opens.
                    let name = entry.name
                    let child = FileNames.name(bytes: folderBytes == [UInt8(ascii: "/")] ? folderBytes + name
                                                   : folderBytes + [UInt8(ascii: "/")] + name)
                    guard let childInfo = entry.info else {
                        failures.append(FileFailure(path: child, message: systemReason(entry.error)))
                        continue
                    }
                    switch childInfo.st_mode & S_IFMT {
                    case S_IFDIR: stack.append(child)
                    case S_IFREG:
                        if wanted.isEmpty || hasExtension(name, in: wanted) { files[child] = FileID(childInfo) }
                    default: continue
                    }
                }
            }
        }
        var seen = Set<FileID>()
        let sorted = files.keys.sorted(by: FileNames.precedes).filter { seen.insert(files[$0]!).inserted }
        failures.sort { ($0.path.utf8.lexicographicallyPrecedes($1.path.utf8)) }
        return (sorted, failures)
    }

    /// `./a//b/` → `a/b`: the same file gets the same key on every run from the same folder.
    static func normalize(_ path: String) -> String {
        String(decoding: normalize(Array(path.utf8)), as: UTF8.self)
    }

    /// `normalize(_:)` on the bytes of a path.
    static func normalize(_ path: [UInt8]) -> [UInt8] {
        guard !path.isEmpty else { return path }
        let slash = UInt8(ascii: "/")
        let absolute = path.first == slash
        var parts = path.split(separator: slash, omittingEmptySubsequences: true).map(Array.init)
        parts.removeAll { $0 == [UInt8(ascii: ".")] }
        let joined = Array(parts.joined(separator: [slash]))
        if absolute { return [slash] + joined }
        return joined.isEmpty ? [UInt8(ascii: ".")] : joined
    }

    /// A file's or folder's identity (device and inode), as `stat` gives it: the same for every path to it.
    private struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
        init(_ info: stat) { device = UInt64(info.st_dev); inode = UInt64(info.st_ino) }
    }

    /// Whether the name's extension, in lower case, is one of `wanted` (lower case): read from
    /// the bytes when they end in a dot and ASCII letters or digits that are wanted, else as
    /// `NSString.pathExtension` reads it.
    static func hasExtension(_ name: [UInt8], in wanted: Set<String>) -> Bool {
        if let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0, dot + 1 < name.count,
           name[(dot + 1)...].allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 >= 0x30 && $0 <= 0x39 }),
           wanted.contains(String(decoding: name[(dot + 1)...].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)) {
            return true
        }
        return wanted.contains((String(decoding: name, as: UTF8.self) as NSString).pathExtension.lowercased())
    }

    private static func systemReason(_ code: Int32 = errno) -> String {
        if code == ELOOP { return "too many levels of symbolic links (a link loop)" }
        return String(cString: strerror(code))
    }

    /// A name in a folder, with what `stat` says of it (links followed), or the error it gave.
    private struct Entry {
        var name: [UInt8]
        var info: stat?
        var error: Int32
    }

    /// The names in `folder` that are not hidden, as the file system's bytes, each with its
    /// `stat` read relative to the open folder (no walk of the whole path for each name).
    private static func entries(of folder: String) throws(FileFailure) -> [Entry] {
        guard let dir = FileNames.withCPath(folder, { opendir($0) }) else { throw FileFailure(path: folder, message: systemReason()) }
        defer { closedir(dir) }
        let fd = dirfd(dir)
        var found: [Entry] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard name.first != UInt8(ascii: ".") else { continue }
            var info = stat()
            let error = name.withUnsafeBufferPointer { bytes in
                withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { cName -> Int32 in
                    for (k, b) in bytes.enumerated() { cName[k] = CChar(bitPattern: b) }
                    cName[bytes.count] = 0
                    return fstatat(fd, cName.baseAddress!, &info, 0) == 0 ? 0 : errno
                }
            }
            found.append(Entry(name: name, info: error == 0 ? info : nil, error: error))
        }
        return found
    }
}
