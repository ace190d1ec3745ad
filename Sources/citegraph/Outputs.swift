import CiteReport
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Output paths checked before anything is computed, then written atomically (`OutputFile`).
enum Outputs {
    /// Refuses `output` when writing it would replace the store or one of its side files, or a
    /// document given as input: `-o citegraph.sqlite` used to overwrite the store.
    static func refuseProtected(_ output: String, store: String?, inputs: [String]) throws {
        let target = canonical(output)
        if let store {
            let base = canonical(store)
            for suffix in ["", "-wal", "-shm", "-journal", ".lock"] where target == base + suffix {
                throw CLIError("-o \(output) is the store \(store)\(suffix.isEmpty ? "" : " (its \(suffix) file)"); choose another output")
            }
            if sameFile(output, store) {
                throw CLIError("-o \(output) is the store \(store); choose another output")
            }
        }
        for input in inputs where target == canonical(input) || sameFile(output, input) {
            throw CLIError("-o \(output) is the input \(input); choose another output")
        }
    }

    /// Writes `text` to `path` atomically.
    static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to `path` atomically; a missing folder is named with the wording of a missing input.
    static func write(_ data: Data, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            throw CLIError(Inputs.missing(folder) + " (the folder of \(path))")
        }
        if !folder.isEmpty, !isFolder.boolValue { throw CLIError("\(folder): is a file, not a folder (the folder of \(path))") }
        try OutputFile.write(data, to: path)
    }

    /// The absolute path with its folder's symbolic links resolved; the last name is kept as
    /// written, because a link there is what a rename replaces.
    static func canonical(_ path: String) -> String {
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        let absolute = trimmed.hasPrefix("/") ? trimmed : FileManager.default.currentDirectoryPath + "/" + trimmed
        let folder = (absolute as NSString).deletingLastPathComponent
        let name = (absolute as NSString).lastPathComponent
        guard let resolved = realpath(folder, nil) else { return (absolute as NSString).standardizingPath }
        defer { free(resolved) }
        return (String(cString: resolved) as NSString).appendingPathComponent(name)
    }

    /// Whether `output` itself (not a link's target) is the same file as `other` (hard links too).
    static func sameFile(_ output: String, _ other: String) -> Bool {
        var a = stat(), b = stat()
        guard lstat(output, &a) == 0, stat(other, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
