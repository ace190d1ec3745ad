import Foundation

/// Reads a text document into a `Document`: decoding, cleaning, identity and structure
/// (cover, preambular and operative paragraphs, annexes, footnotes and their markers).
public enum DocumentReader {
    /// Reads and parses one text file (opened by its bytes: see `FileNames`).
    public static func read(path: String) throws -> Document {
        try parse(data: try FileNames.readData(path), path: path)
    }

    /// Parses the bytes of a text document; `language` when known (else detected from the text).
    public static func parse(data: Data, path: String, language: Language? = nil) throws -> Document {
        let decoded = try TextDecoding.decode(data, path: path)
        let (cleaned, paged) = TextCleaner.cleanPages(decoded.text)
        var parser = StructureParser(text: cleaned, path: path, language: language)
        parser.pageMarkers = paged
        var doc = try parser.run()
        doc.warnings.insert(contentsOf: decoded.warnings, at: 0)
        return doc
    }

    /// Parses the bytes of a text whose reader knows where its footnote markers are (PDF: the
    /// superscript numbers, as UTF-8 byte ranges of the text). When the text cleaner leaves the
    /// text as it is, each note takes the recorded marker of its number; the others are found as
    /// in any text.
    public static func parse(data: Data, path: String, markers: [Range<Int>]) throws -> Document {
        let decoded = try TextDecoding.decode(data, path: path)
        let cleaned = TextCleaner.clean(decoded.text)
        var parser = StructureParser(text: cleaned, path: path, language: nil)
        if cleaned.utf8.count == data.count, cleaned.utf8.elementsEqual(data) {
            parser.recordedMarkers = markers
        }
        var doc = try parser.run()
        doc.warnings.insert(contentsOf: decoded.warnings, at: 0)
        return doc
    }

    /// Parses already normalised text (the text `citegraph text` prints).
    public static func parse(text: String, path: String, language: Language? = nil) throws -> Document {
        var parser = StructureParser(text: text, path: path, language: language)
        return try parser.run()
    }

    /// Reads text whose notes its reader wrote and placed (Akoma Ntoso without an opening
    /// formula): the cover and the paragraphs are read from the text, the notes and their
    /// markers taken as given.
    static func parse(text: String, path: String, language: Language?, notes: [AKNRendering.Note]) throws -> Document {
        var parser = StructureParser(text: text, path: path, language: language)
        parser.writtenNotes = notes
        return try parser.run()
    }
}

enum ReadError {
    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileReadNoSuchFileError: return "no such file"
            case NSFileReadNoPermissionError: return "permission denied"
            default: break
            }
        }
        return ns.localizedDescription
    }
}
