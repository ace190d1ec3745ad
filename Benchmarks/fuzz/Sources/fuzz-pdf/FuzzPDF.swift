import CiteCore
import CitePDF
import Foundation

/// The extractor built once (the gazetteer is loaded on first use).
let extractor = CitationExtractor()

/// libFuzzer entry point: any bytes as a PDF, read in process by poppler with the reader's
/// default limits (glyphs and lines per page, text per document). Thrown `InputError`s (not a
/// PDF, encrypted, no text layer, a limit exceeded) are expected; a crash, a trap, a hang or
/// memory past `-rss_limit_mb` is a bug. The text must then read as any text does.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPDF(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let data = Data(bytes: start, count: count)
    guard let text = try? PDFReader.text(path: "fuzz.pdf", data: data) else { return 0 }
    guard let document = try? DocumentReader.parse(data: Data(text.utf8), path: "fuzz.pdf") else { return 0 }
    let citations = extractor.extract(document)
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
@_cdecl("fuzz_pdf_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzPDF)
}
