import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an output file or folder could not be written, said in one line naming it.
public struct OutputError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot write \(path): \(reason)" }

    /// A plain reason for an `errno` value ("no such folder", "disk full"), not the system's wording.
    static func reason(errno code: Int32) -> String {
        switch code {
        case ENOENT: return "no such folder"
        case ENOTDIR: return "a part of the path is not a folder"
        case EACCES, EPERM: return "permission denied"
        case ENOSPC: return "disk full"
        case EDQUOT: return "disk quota exceeded"
        case EFBIG: return "file too large (file size limit reached)"
        case EROFS: return "read-only file system"
        case EISDIR: return "is a folder"
        case ENAMETOOLONG: return "name too long"
        case ELOOP: return "too many symbolic links"
        default: return String(cString: strerror(code))
        }
    }
}

/// Writes output files so that a failed or killed run never leaves a cut or mixed file.
///
/// The bytes go to a hidden temporary file in the same folder, are flushed to disk, and the
/// temporary file is then renamed over the target: the old file stays whole until the new one
/// is complete. Renaming replaces a symbolic link at the target itself, never the file it
/// points to.
///
/// ```swift
/// try OutputFile.write(Data(svg.utf8), to: "Graphs/overview.svg")
/// ```
public enum OutputFile {
    /// Writes `data` to `path`, atomically. An existing regular file keeps its permissions.
    /// - Throws: `OutputError` (no such folder, permission denied, disk full, is a folder, …);
    ///   the temporary file is removed and the old file is left as it was.
    public static func write(_ data: Data, to path: String) throws(OutputError) {
        var existing = stat()
        var keepMode: mode_t?
        if lstat(path, &existing) == 0 {
            switch existing.st_mode & S_IFMT {
            case S_IFDIR: throw OutputError(path: path, reason: "is a folder")
            case S_IFREG: keepMode = existing.st_mode & 0o7777
            case S_IFLNK: break  // replaced by the new file; its target is left alone
            default: throw OutputError(path: path, reason: "not a regular file")
            }
        }
        let temporary = temporaryName(beside: path, kind: "tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw OutputError(path: path, reason: OutputError.reason(errno: errno)) }
        var closed = false
        var renamed = false
        defer {
            if !closed { close(fd) }
            if !renamed { unlink(temporary) }
        }
        if let keepMode { fchmod(fd, keepMode) }
        let failure: Int32? = data.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure { throw OutputError(path: path, reason: OutputError.reason(errno: failure)) }
        // Flushed before the rename, so a crash cannot leave an empty file under the old name.
        if fsync(fd) != 0 { throw OutputError(path: path, reason: OutputError.reason(errno: errno)) }
        closed = true
        if close(fd) != 0 { throw OutputError(path: path, reason: OutputError.reason(errno: errno)) }
        if rename(temporary, path) != 0 { throw OutputError(path: path, reason: OutputError.reason(errno: errno)) }
        renamed = true
    }

    fileprivate static func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, bytes, count)
        #else
        Darwin.write(fd, bytes, count)
        #endif
    }

    /// Writes `text` as UTF-8 to `path`, atomically.
    public static func write(_ text: String, to path: String) throws(OutputError) {
        try write(Data(text.utf8), to: path)
    }

    /// `folder/.name.kind-<pid>-<random>`: hidden, in the same folder (so a rename never crosses
    /// file systems), unique across processes and calls.
    static func temporaryName(beside path: String, kind: String) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = (path as NSString).deletingLastPathComponent
        let name = "." + url.lastPathComponent + ".\(kind)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        return folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
    }
}

/// Replaces an output folder as a whole: the new files go into a new hidden folder beside it,
/// which then takes the old folder's place in one step, so a killed run leaves either the
/// old folder or the new one, never a mix.
public enum OutputFolder {
    /// Writes exactly `files` (plain names) as the folder `path`, replacing what was there
    /// (the folders above it are created when missing).
    ///
    /// - Parameter isReplaceable: names an existing folder may hold to be replaced; a folder
    ///   holding anything else is refused (so `-o ~` never deletes a home folder).
    /// - Throws: `OutputError`; on failure the old folder is left whole and the new one removed.
    public static func replace(_ path: String, with files: [(name: String, data: Data)],
                               isReplaceable: (String) -> Bool) throws(OutputError) {
        let staged = try Staged(path, isReplaceable: isReplaceable)
        for file in files { try staged.write(file.data, name: file.name) }
        try staged.commit()
    }

    /// A folder being written file by file (so a site of thousands of pages is never held in
    /// memory), hidden beside its target until ``commit()`` swaps it in as a whole. Dropped
    /// without a commit (an error, a thrown page), the new folder is removed and the old one stays.
    ///
    /// ```swift
    /// let staged = try OutputFolder.Staged("Reports/site", isReplaceable: { $0.hasSuffix(".html") })
    /// try staged.write(Data(page.utf8), name: "index.html")
    /// try staged.commit()
    /// ```
    public final class Staged {
        public let path: String
        let fresh: String
        let exists: Bool
        private var done = false

        /// Checks the target (a new folder, or one holding only replaceable names) and makes the
        /// hidden folder beside it (creating the folders above when missing).
        public init(_ path: String, isReplaceable: (String) -> Bool) throws(OutputError) {
            var path = path
            while path.count > 1, path.hasSuffix("/") { path.removeLast() }
            let last = (path as NSString).lastPathComponent
            if last == "." || last == ".." || path == "/" {
                throw OutputError(path: path, reason: "give the folder by its name, not . or ..")
            }
            var existing = stat()
            let exists = lstat(path, &existing) == 0
            if exists {
                switch existing.st_mode & S_IFMT {
                case S_IFDIR:
                    let names: [String]
                    do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
                        throw OutputError(path: path, reason: "the folder cannot be read")
                    }
                    if let foreign = names.sorted().first(where: { !isReplaceable($0) }) {
                        throw OutputError(path: path, reason: "the folder holds \(foreign), which is not part of a report; give a new or empty folder")
                    }
                case S_IFLNK: break  // the link is replaced by the new folder; its target is left alone
                default: throw OutputError(path: path, reason: "not a folder")
                }
            }
            let parent = (path as NSString).deletingLastPathComponent
            if !exists, !parent.isEmpty {
                // The folders above are created as before; only the report folder is swapped.
                try OutputFolder.create(parent)
            }
            OutputFolder.removeLeftovers(beside: path)
            let fresh = OutputFile.temporaryName(beside: path, kind: "new")
            if mkdir(fresh, 0o777) != 0 { throw OutputError(path: path, reason: OutputError.reason(errno: errno)) }
            self.path = path
            self.fresh = fresh
            self.exists = exists
        }

        deinit { if !done { OutputFolder.removeTree(fresh) } }

        /// Writes one file (a plain name) into the new folder. The folder is hidden until
        /// ``commit()``, so the file is written in place, without a temporary file or a flush of
        /// its own: ``commit()`` flushes the folder's files once (thousands of flushes were a
        /// good part of a site's time).
        public func write(_ data: Data, name: String) throws(OutputError) {
            let target = (fresh as NSString).appendingPathComponent(name)
            let shown = (path as NSString).appendingPathComponent(name)
            let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            guard fd >= 0 else { throw OutputError(path: shown, reason: OutputError.reason(errno: errno)) }
            let failure: Int32? = data.withUnsafeBytes { buffer -> Int32? in
                var offset = 0
                while offset < buffer.count {
                    let written = OutputFile.systemWrite(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    offset += written
                }
                return nil
            }
            let closed = close(fd) == 0 ? nil : errno
            if let code = failure ?? closed { throw OutputError(path: shown, reason: OutputError.reason(errno: code)) }
        }

        /// Puts the new folder in the old one's place, in one step where the file system allows.
        /// Its files are flushed to disk first, so a crash cannot swap in cut files.
        public func commit() throws(OutputError) {
            OutputFolder.flush(fresh)
            if !exists {
                if rename(fresh, path) != 0 { throw OutputError(path: path, reason: OutputError.reason(errno: errno)) }
                done = true
                return
            }
            if OutputFolder.exchange(fresh, path) {
                done = true
                OutputFolder.removeTree(fresh)  // now the old folder
                return
            }
            // No atomic exchange on this file system: move the old folder aside, then the new one
            // in. Only a kill between the two renames leaves the old report under its hidden name.
            let old = OutputFile.temporaryName(beside: path, kind: "old")
            if rename(path, old) != 0 { throw OutputError(path: path, reason: OutputError.reason(errno: errno)) }
            if rename(fresh, path) != 0 {
                let code = errno
                _ = rename(old, path)
                throw OutputError(path: path, reason: OutputError.reason(errno: code))
            }
            done = true
            OutputFolder.removeTree(old)
        }
    }

    /// Removes what killed runs left beside the folder `path`, named by `OutputFile.temporaryName`
    /// (`.<name>.new-<pid>-<n>`, `.tmp-`, `.old-`) by a process that no longer runs: their new
    /// folders, never swapped in, and temporary files; an `.old-` folder only when `path` exists (a
    /// run killed between its two renames leaves the old report there and none at `path`: it stays).
    /// Called once per folder written, not per file, so a folder of thousands of diagrams is not
    /// listed once per diagram.
    static func removeLeftovers(beside path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let prefix = "." + (path as NSString).lastPathComponent + "."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return }
        var info = stat()
        let targetExists = lstat(path, &info) == 0
        for name in names.sorted() where name.hasPrefix(prefix) {
            let parts = name.dropFirst(prefix.count).split(separator: "-")
            guard parts.count == 3, ["new", "tmp", "old"].contains(parts[0]), let pid = Int32(parts[1]), UInt32(parts[2]) != nil,
                  pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            if parts[0] == "old", !targetExists { continue }
            removeTree(folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name))
        }
    }

    /// Creates the folder `path` and the folders above it when missing (`mkdir -p`).
    /// - Throws: `OutputError` with a plain reason (permission denied, a part is not a folder, …).
    public static func create(_ path: String) throws(OutputError) {
        var info = stat()
        if stat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { return }
            throw OutputError(path: path, reason: "exists and is not a folder")
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try create(parent) }
        if mkdir(path, 0o777) != 0, errno != EEXIST {
            throw OutputError(path: path, reason: OutputError.reason(errno: errno))
        }
    }

    /// Flushes the file system holding `folder` (`syncfs`, looked up at run time as `renameat2`
    /// is; `sync` where it is missing).
    fileprivate static func flush(_ folder: String) {
        #if os(Linux)
        typealias SyncFS = @convention(c) (Int32) -> Int32
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0, let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") {
            defer { close(fd) }
            if unsafeBitCast(symbol, to: SyncFS.self)(fd) == 0 { return }
        } else if fd >= 0 {
            close(fd)
        }
        #endif
        sync()
    }

    /// `renameat2(…, RENAME_EXCHANGE)`, looked up at run time (the C library's header hides it
    /// from Swift); `false` when the system or file system lacks it.
    fileprivate static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #else
        return false
        #endif
    }

    /// Removes a folder this process made or replaced. A symbolic link is removed, never followed.
    fileprivate static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) != S_IFDIR {
            unlink(path)
            return
        }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            removeTree((path as NSString).appendingPathComponent(name))
        }
        rmdir(path)
    }
}
