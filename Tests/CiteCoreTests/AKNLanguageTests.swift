import Foundation
import Testing
@testable import CiteCore

/// `AKNLanguage`: the language an Akoma Ntoso file declares in its FRBR expression.
@Suite struct AKNLanguageTests {
    static func head(_ language: String) -> Data {
        Data("""
        <akomaNtoso><statement name="resolution"><meta><identification source="#DGACM">
        <FRBRExpression><FRBRthis value="/akn/un/x/\(language)@!main/"></FRBRthis>
        <FRBRlanguage language="\(language)"></FRBRlanguage></FRBRExpression>
        """.utf8)
    }

    @Test(arguments: ["eng", "fra", "spa", "rus", "ara", "zho"])
    func readsTheDeclaredCode(_ code: String) {
        #expect(AKNLanguage.declared(in: Self.head(code)) == code)
    }

    @Test func singleQuotesSelfClosingAndCase() {
        #expect(AKNLanguage.declared(in: Data("<FRBRlanguage language='FRA'/>".utf8)) == "fra")
        #expect(AKNLanguage.declared(in: Data("<FRBRlanguage language=\"eng\"/>".utf8)) == "eng")
    }

    @Test func noDeclarationIsNil() {
        #expect(AKNLanguage.declared(in: Data("<akomaNtoso><meta></meta></akomaNtoso>".utf8)) == nil)
        #expect(AKNLanguage.declared(in: Data()) == nil)
        // The attribute of another element is not taken for the language.
        #expect(AKNLanguage.declared(in: Data("<FRBRlanguage/><p language=\"fra\">".utf8)) == nil)
        #expect(AKNLanguage.declared(in: Data("<FRBRlanguage language=>".utf8)) == nil)
        #expect(AKNLanguage.declared(inFileAt: "/nonexistent/file.xml") == nil)
    }

    @Test func names() {
        #expect(AKNLanguage.isEnglish("eng") && !AKNLanguage.isEnglish("fra"))
        #expect(["ara", "zho", "fra", "rus", "spa"].map(AKNLanguage.name(of:)) == ["Arabic", "Chinese", "French", "Russian", "Spanish"])
        #expect(AKNLanguage.name(of: "deu") == "deu")
    }
}
