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
        var files = Set<String>()
        var failures: [FileFailure] = []
        var visited: [FolderID: String] = [:]
        var stack: [String] = []
        let wanted = Set(extensions.map { $0.lowercased() })

        for given in paths {
            let path = normalize(given)
            var info = stat()
            guard stat(path, &info) == 0 else {
                failures.append(FileFailure(path: path, message: systemReason()))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG: files.insert(path)
            case S_IFDIR: stack.append(path)
            default: failures.append(FileFailure(path: path, message: "not a regular file or folder"))
            }
            while let folder = stack.popLast() {
                var folderInfo = stat()
                guard stat(folder, &folderInfo) == 0 else {
                    failures.append(FileFailure(path: folder, message: systemReason()))
                    continue
                }
                let id = FolderID(device: UInt64(folderInfo.st_dev), inode: UInt64(folderInfo.st_ino))
                if let first = visited[id] {
                    failures.append(FileFailure(path: folder, message: "folder already read as \(first) (symbolic link loop?)"))
                    continue
                }
                visited[id] = folder
                let names: [String]
                do { names = try entries(of: folder) } catch {
                    failures.append(error)
                    continue
                }
                for name in names where !name.hasPrefix(".") {
                    let child = folder == "/" ? "/" + name : folder + "/" + name
                    var childInfo = stat()
                    guard stat(child, &childInfo) == 0 else {
                        failures.append(FileFailure(path: child, message: systemReason()))
                        continue
                    }
                    switch childInfo.st_mode & S_IFMT {
                    case S_IFDIR: stack.append(child)
                    case S_IFREG:
                        let ext = (name as NSString).pathExtension.lowercased()
                        if wanted.isEmpty || wanted.contains(ext) { files.insert(child) }
                    default: continue
                    }
                }
            }
        }
        let sorted = files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        failures.sort { ($0.path.utf8.lexicographicallyPrecedes($1.path.utf8)) }
        return (sorted, failures)
    }

    /// `./a//b/` → `a/b`: the same file gets the same key on every run from the same folder.
    static func normalize(_ path: String) -> String {
        guard !path.isEmpty else { return path }
        let absolute = path.hasPrefix("/")
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        parts.removeAll { $0 == "." }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    private struct FolderID: Hashable { var device: UInt64; var inode: UInt64 }

    private static func systemReason() -> String {
        let code = errno
        if code == ELOOP { return "too many levels of symbolic links (a link loop)" }
        return String(cString: strerror(code))
    }

    private static func entries(of folder: String) throws(FileFailure) -> [String] {
        guard let dir = opendir(folder) else { throw FileFailure(path: folder, message: systemReason()) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
