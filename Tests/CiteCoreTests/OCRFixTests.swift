@testable import CiteCore
import Testing

@Suite("OCR slips that hide citations")
struct OCRFixTests {
    @Test("“(5/2002/1005)” is the document S/2002/1005 (S/RES/1445 (2002), OCR text)")
    func fiveReadForS() {
        #expect(TextCleaner.fixFiveForS("special report of 10 September 2002 (5/2002/1005) and") ==
                "special report of 10 September 2002 (S/2002/1005) and")
        // Not a year after the slash: left alone.
        #expect(TextCleaner.fixFiveForS("ratio (5/12) of") == "ratio (5/12) of")
    }

    @Test("the fix is applied when the text is cleaned")
    func appliedByClean() {
        let cleaned = TextCleaner.clean("Taking note of the report (5/2002/1005),\n")
        #expect(cleaned.contains("(S/2002/1005)"))
    }
}
