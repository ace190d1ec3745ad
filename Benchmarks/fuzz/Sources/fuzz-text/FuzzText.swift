import CiteCore
import Foundation

/// The extractor built once (the gazetteer is loaded on first use).
let extractor = CitationExtractor()

/// libFuzzer entry point: any bytes as a text file. Thrown `InputError`s are expected; a crash,
/// a trap or a hang is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let data = Data(bytes: start, count: count)
    guard let document = try? DocumentReader.parse(data: data, path: "fuzz.txt") else { return 0 }
    let citations = extractor.extract(document)
    // Spans must slice the text: check what every consumer relies on.
    let length = document.text.utf8.count
    for c in citations where !(0 <= c.span[0] && c.span[0] <= c.span[1] && c.span[1] <= length) {
        fatalError("span \(c.span) outside the text (\(length) bytes) for \(c.target)")
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
@_cdecl("fuzz_text_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzText)
}
