import CiteCore
import CitePDF
import Foundation

/// Exit codes, documented in README.md.
enum ExitCodes {
    static let ok: Int32 = 0
    /// Some inputs could not be read; the others were processed.
    static let someInputsFailed: Int32 = 2
    /// Nothing could be done (no readable input, bad store, unknown symbol).
    static let failure: Int32 = 1
}

enum Inputs {
    static let extensions: Set<String> = ["txt", "pdf", "xml"]

    /// The one wording, in every command, for a path that does not exist: `PATH: no such file or folder`.
    static func missing(_ path: String) -> String { "\(path): no such file or folder" }

    /// Throws `PATH: no such file or folder` when nothing is at `path`, and
    /// `PATH: is a folder, not a file` for a folder.
    static func requireExisting(_ path: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw CLIError(missing(path)) }
        if isFolder.boolValue { throw CLIError("\(path): is a folder, not a file") }
    }

    /// Akoma Ntoso files in another language than English, left out of a batch.
    struct OtherLanguages {
        /// Language code → files.
        var counts: [String: Int] = [:]
        var total: Int { counts.values.reduce(0, +) }

        /// `notice: 10 XML files not in English skipped (2 Arabic, 2 Chinese, …)`, or nil for none.
        var notice: String? {
            guard total > 0 else { return nil }
            let parts = counts.map { (name: AKNLanguage.name(of: $0.key), count: $0.value) }
                .sorted { $0.name < $1.name }.map { "\($0.count) \($0.name)" }
            return "notice: \(total) XML file\(total == 1 ? "" : "s") not in English skipped (\(parts.joined(separator: ", ")))"
        }
    }

    /// Leaves out the XML files that declare another language than English (see `AKNLanguage`).
    static func withoutOtherLanguages(_ files: [String]) -> (files: [String], skipped: OtherLanguages) {
        var kept: [String] = []
        var skipped = OtherLanguages()
        for file in files {
            if ["xml", "akn"].contains((file as NSString).pathExtension.lowercased()),
               let code = AKNLanguage.declared(inFileAt: file), !AKNLanguage.isEnglish(code) {
                skipped.counts[code, default: 0] += 1
            } else {
                kept.append(file)
            }
        }
        return (kept, skipped)
    }

    /// Files under the given paths (folders recursively), in path order; problems as one line each.
    static func expand(_ paths: [String]) -> (files: [String], problems: [String]) {
        var files: [String] = []
        var problems: [String] = []
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir) else { problems.append(missing(p)); continue }
            if !isDir.boolValue { files.append(p); continue }
            var visited = Set<String>()
            var stack = [p]
            var found: [String] = []
            while let dir = stack.popLast() {
                let real = (dir as NSString).resolvingSymlinksInPath
                if visited.contains(real) { problems.append("\(dir): symbolic link loop, skipped"); continue }
                visited.insert(real)
                guard let names = try? fm.contentsOfDirectory(atPath: dir) else { problems.append("\(dir): folder cannot be read"); continue }
                for name in names where !name.hasPrefix(".") {
                    let full = (dir as NSString).appendingPathComponent(name)
                    var sub: ObjCBool = false
                    guard fm.fileExists(atPath: full, isDirectory: &sub) else { problems.append("\(full): broken link"); continue }
                    if sub.boolValue { stack.append(full) }
                    else if extensions.contains((name as NSString).pathExtension.lowercased()) { found.append(full) }
                }
            }
            files.append(contentsOf: found.sorted())
        }
        return (files, problems)
    }

    /// Reads one file of any supported kind.
    static func read(_ path: String) throws -> Document {
        switch (path as NSString).pathExtension.lowercased() {
        #if os(Linux)
        // In a child process: poppler cannot be stopped in process (PDFTextCommand).
        case "pdf": return try PDFSandbox.read(path)
        #else
        case "pdf": return try PDFReader.read(path: path)
        #endif
        case "xml", "akn": return try AKNReader.read(path: path)
        default: return try DocumentReader.read(path: path)
        }
    }
}

/// Standard error, one line at a time.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
