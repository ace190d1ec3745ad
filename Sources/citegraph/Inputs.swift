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

    /// Files under the given paths (folders recursively), in path order; problems as one line each.
    static func expand(_ paths: [String]) -> (files: [String], problems: [String]) {
        var files: [String] = []
        var problems: [String] = []
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir) else { problems.append("\(p): no such file or folder"); continue }
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
