import CiteCore
import Foundation

/// The bundled gazetteer's matcher, built once.
let matcher: InstrumentMatcher? = (try? Gazetteer.bundled()).map { InstrumentMatcher(gazetteer: $0) }

/// libFuzzer entry point: bytes (decoded leniently as UTF-8) as a footnote or paragraph text.
/// The first byte chooses whether a previous reference ("Ibid.") is in force.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFootnote(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let previous: UNTSReference? = bytes[0] & 1 == 1 ? UNTSReference(volume: 2225, number: 39574) : nil
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let length = text.utf8.count
    for m in UNTSParser.matches(in: text, previous: previous) where !(0 <= m.range.lowerBound && m.range.upperBound <= length) {
        fatalError("UNTS match range \(m.range) outside the text (\(length) bytes)")
    }
    if let matcher {
        for m in matcher.matches(in: text) where !(0 <= m.range.lowerBound && m.range.upperBound <= length) {
            fatalError("instrument match range \(m.range) outside the text (\(length) bytes)")
        }
    }
    return 0
}

/// libFuzzer's driver, called from the entry point below.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt) -> CInt

/// SwiftPM links an executable target's entry point as `<module>_main` (`--defsym main=…`);
/// with `-parse-as-library` there is none, so this one hands control to libFuzzer's driver.
@_cdecl("fuzz_footnote_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzFootnote)
}
