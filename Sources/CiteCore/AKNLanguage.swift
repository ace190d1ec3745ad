import Foundation

/// The language an Akoma Ntoso file declares (`<FRBRlanguage language="fra">` in its FRBR
/// expression), read from the head of the file without parsing it.
///
/// The UN publishes each resolution in six languages and citegraph reads all six; a batch that
/// holds the same document in several languages reads one of them (English when it is there),
/// so the store keeps one document per symbol. The FRBR work (`/akn/un/…/78-10/!main/`) is what
/// the language versions of one document share.
///
/// ```swift
/// AKNLanguage.declared(inFileAt: "A_RES_78_10-2323443F.xml")   // "fra"
/// AKNLanguage.name(of: "fra")                                 // "French"
/// ```
public enum AKNLanguage {
    /// The ISO 639-2 code of the language the file declares, lowercased; nil when the file
    /// cannot be read or declares none in its first `limit` bytes (the metadata comes first).
    /// - Complexity: O(limit).
    public static func declared(inFileAt path: String, limit: Int = 65_536) -> String? {
        head(ofFileAt: path, limit: limit).flatMap(declared(in:))
    }

    /// The code declared in `data` (see `declared(inFileAt:)`).
    public static func declared(in data: Data) -> String? {
        attribute("language=", of: "<FRBRlanguage", in: [UInt8](data), from: 0)?.lowercased()
    }

    /// The declared language and the FRBR work of a file (`/akn/un/statement/deliberation/unga/2023-11-21/78-10/!main/`),
    /// read from its head; nil for what is not there.
    /// - Complexity: O(limit).
    public static func expression(inFileAt path: String, limit: Int = 65_536) -> (language: String?, work: String?) {
        guard let head = head(ofFileAt: path, limit: limit) else { return (nil, nil) }
        return (declared(in: head), work(in: head))
    }

    /// The `value` of the first `<FRBRthis>` inside `<FRBRWork>`.
    public static func work(in data: Data) -> String? {
        let bytes = [UInt8](data)
        guard let block = find(Array("<FRBRWork".utf8), in: bytes, from: 0) else { return nil }
        return attribute("value=", of: "<FRBRthis", in: bytes, from: block)
    }

    /// Whether a declared code is English (`eng`, `en`).
    public static func isEnglish(_ code: String) -> Bool { Language(code: code) == .english }

    /// The English name of a UN official language's code; the code itself for any other.
    public static func name(of code: String) -> String { Language(code: code)?.name ?? code }

    /// The first `limit` bytes of a file; nil when it cannot be read.
    private static func head(ofFileAt path: String, limit: Int) -> Data? {
        let fd = FileNames.open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        defer { try? handle.close() }
        return try? handle.read(upToCount: limit)
    }

    /// The quoted value of `name` (`language=`) in the first `element` (`<FRBRlanguage`) at or
    /// after `start`; nil when the element, the attribute or a non-empty quoted value is missing.
    private static func attribute(_ name: String, of element: String, in bytes: [UInt8], from start: Int) -> String? {
        guard let open = find(Array(element.utf8), in: bytes, from: start),
              let end = bytes[open...].firstIndex(of: UInt8(ascii: ">")),
              let attribute = find(Array(name.utf8), in: bytes[..<end], from: open) else { return nil }
        var i = attribute + name.utf8.count
        guard i < end, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else { return nil }
        let quote = bytes[i]
        i += 1
        guard let close = bytes[i..<end].firstIndex(of: quote), close > i else { return nil }
        return String(decoding: bytes[i..<close], as: UTF8.self)
    }

    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = max(start, haystack.startIndex)
        while i + needle.count <= haystack.endIndex {
            if haystack[i] == needle[0] && haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        find(needle, in: haystack[...], from: start)
    }
}
