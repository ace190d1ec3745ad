import CiteCore
import CiteGraph
import CitePDF
import CiteStore
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
    static func missing(_ path: String) -> String { missingFailure(path).description }

    /// `missing(_:)` as the failure of a batch.
    static func missingFailure(_ path: String) -> FileFailure {
        FileFailure(path: FileNames.printable(path), message: "no such file or folder")
    }

    /// Throws `PATH: no such file or folder` when nothing is at `path`, and
    /// `PATH: is a folder, not a file` for a folder.
    static func requireExisting(_ path: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw CLIError(missing(path)) }
        if isFolder.boolValue { throw CLIError("\(path): is a folder, not a file") }
    }

    /// Akoma Ntoso files left out of a batch because another language version of the same
    /// document is read (the English one when the batch has it, else the first by path).
    struct OtherLanguages {
        /// Language code → files.
        var counts: [String: Int] = [:]
        var total: Int { counts.values.reduce(0, +) }

        /// `notice: 5 XML files skipped: the same documents are read in another language (1 Arabic, …)`, or nil for none.
        var notice: String? {
            guard total > 0 else { return nil }
            let parts = counts.map { (name: AKNLanguage.name(of: $0.key), count: $0.value) }
                .sorted { $0.name < $1.name }.map { "\($0.count) \($0.name)" }
            return "notice: \(total) XML file\(total == 1 ? "" : "s") skipped: the same document\(total == 1 ? " is" : "s are") read in another language (\(parts.joined(separator: ", ")))"
        }
    }

    /// Keeps one language version of each Akoma Ntoso document (by its FRBR work): English when
    /// the batch holds it, else the first file by path. Files in one language are all kept.
    static func withoutOtherLanguages(_ files: [String]) -> (files: [String], skipped: OtherLanguages, kinds: [Kind]) {
        // Each file's kind from its first bytes, on all cores; `read(_:kind:)` takes it from here.
        let allKinds = Parallel.map(files) { kind(of: $0) }
        var expressions: [Int: (language: String, work: String)] = [:]
        var chosen: [String: Int] = [:]
        for (i, file) in files.enumerated() where allKinds[i] == .xml {
            let e = AKNLanguage.expression(inFileAt: file)
            guard let language = e.language, let work = e.work else { continue }
            expressions[i] = (language, work)
            if let c = chosen[work], let held = expressions[c] {
                if !AKNLanguage.isEnglish(held.language) && AKNLanguage.isEnglish(language) { chosen[work] = i }
            } else {
                chosen[work] = i
            }
        }
        var kept: [String] = []
        var kinds: [Kind] = []
        var skipped = OtherLanguages()
        for (i, file) in files.enumerated() {
            if let e = expressions[i], chosen[e.work] != i {
                skipped.counts[e.language, default: 0] += 1
            } else {
                kept.append(file)
                kinds.append(allKinds[i])
            }
        }
        return (kept, skipped, kinds)
    }

    /// Files under the given paths (folders recursively), in path order; problems as one line each.
    static func expand(_ paths: [String]) -> (files: [String], problems: [String]) {
        let found = walk(paths, eachPathInTurn: true)
        return (found.files, found.failures.map(\.description))
    }

    /// The one walk of every command (extract, eval, ingest): the store's walker
    /// (`IngestInputs.expand`), and one wording for a named path that does not exist
    /// (`PATH: no such file or folder`). Names are read as bytes, and one that holds a newline,
    /// ESC or bytes that are not UTF-8 comes back quoted (`FileNames`), still readable.
    ///
    /// - Parameter eachPathInTurn: `true` keeps the order of the named paths (each one's files
    ///   sorted, its problems in place); `false` gives all files sorted by path, each once, and
    ///   the problems sorted by path (the ingester's order).
    static func walk(_ paths: [String], extensions: Set<String> = Inputs.extensions,
                     eachPathInTurn: Bool) -> (files: [String], failures: [FileFailure]) {
        var files: [String] = []
        var failures: [FileFailure] = []
        var existing: [String] = []
        for path in paths {
            guard exists(path) else { failures.append(missingFailure(path)); continue }
            guard eachPathInTurn else { existing.append(path); continue }
            let found = IngestInputs.expand([path], extensions: extensions)
            files.append(contentsOf: found.files)
            failures.append(contentsOf: found.failures)
        }
        guard !eachPathInTurn else { return (files, failures) }
        let found = IngestInputs.expand(existing, extensions: extensions)
        return (found.files, (failures + found.failures).sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) })
    }

    /// Whether anything is at `path` (opened by its bytes).
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return FileNames.withCPath(path) { stat($0, &info) } == 0
    }

    /// Reads one file of any supported kind: by its first bytes when they say PDF or XML
    /// (an Akoma Ntoso file saved as `.txt` is read as XML, not stored as markup), else by its extension.
    static func read(_ path: String) throws -> Document {
        try read(path, kind: kind(of: path))
    }

    /// `read(_:)` of a file whose kind is known (`withoutOtherLanguages` read it).
    static func read(_ path: String, kind: Kind) throws -> Document {
        switch kind {
        #if os(Linux)
        // In a child process: poppler cannot be stopped in process (PDFTextCommand).
        case .pdf: return try PDFSandbox.read(path)
        #else
        case .pdf: return try PDFReader.read(path: path)
        #endif
        case .xml: return try AKNReader.read(path: path)
        case .text: return try DocumentReader.read(path: path)
        }
    }

    enum Kind { case text, pdf, xml }

    /// What the file is: `.pdf` and `.xml`/`.akn` by their extension; any other file by its
    /// first bytes (`%PDF-`, or `<?xml` / `<akomaNtoso` after a byte-order mark and white space).
    static func kind(of path: String) -> Kind {
        // A ".txt" name (most files of a text folder) has neither extension: no NSString for it.
        if !path.utf8.reversed().starts(with: ".txt".utf8.reversed()) {
            switch (path as NSString).pathExtension.lowercased() {
            case "pdf": return .pdf
            case "xml", "akn": return .xml
            default: break
            }
        }
        let fd = FileNames.open(path, O_RDONLY)
        guard fd >= 0 else { return .text }  // the text reader says why it cannot be read
        defer { close(fd) }
        // The first 1,024 bytes, read without a FileHandle (this runs once per file of a folder).
        var head = [UInt8](repeating: 0, count: 1024)
        var got = 0
        while got < head.count {
            let n = head.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + got, $0.count - got) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { break }
            got += n
        }
        var bytes = head[..<got]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        bytes = bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if bytes.starts(with: Array("<?xml".utf8)) || bytes.starts(with: Array("<akomaNtoso".utf8)) { return .xml }
        return .text
    }
}

/// Standard error, one line at a time.
enum Console {
    /// Writes `line`; a control character that reached it anyway (a store path with a newline)
    /// is escaped, so one message stays one line and nothing reaches the terminal raw.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((FileNames.oneLine(line) + "\n").utf8))
    }
}
