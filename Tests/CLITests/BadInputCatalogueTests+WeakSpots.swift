import CiteGraph
import Foundation
import Testing
@testable import citegraph

/// Issue 13, the weak spots: control characters past the first 64 KB, XML saved as `.txt`,
/// an ingest into a damaged store, an entity hidden in the internal subset, formula-like CSV
/// cells, Foundation's raw file errors.
extension BadInputCatalogueTests {
    /// A good document followed by `padding` bytes of ordinary text, then `tail`.
    static func paddedDocument(tail: String, padding: Int = 70_000) throws -> Data {
        var text = try String(contentsOf: CLIFixtures.document(batchGood.0), encoding: .utf8)
        let line = "This line only pads the text past the first sixty-four kilobytes of the file.\n"
        text += "\n" + String(repeating: line, count: padding / line.utf8.count + 1)
        return Data((text + tail + "\n").utf8)
    }

    @Test("a NUL past the first 64 KB: the file refused as binary, one line, exit 2 in a batch")
    func nulPastTheSample() throws {
        let source = try scratchFile("late_nul.txt", Self.paddedDocument(tail: "cut\0here"))
        defer { try? FileManager.default.removeItem(at: source.deletingLastPathComponent()) }
        try Self.checkBatch(badName: "late_nul.txt", source: source, words: ["binary", "NUL"])
    }

    @Test("ESC and other control characters past the first 64 KB: replaced by spaces with one warning, never printed raw")
    func controlsPastTheSample() throws {
        let dir = try CLIFixtures.scratch("late-controls")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("late_esc.txt")
        try Self.paddedDocument(tail: "red \u{1B}[31mtext\u{7}\u{85} end").write(to: file)
        let text = try CLITool.run(["text", file.path])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(!text.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x85 }, "a control character printed raw")
        #expect(text.stdout.contains("red  [31mtext   end"), "each control character is one space")
        let extract = try CLITool.run(["extract", file.path])
        #expect(extract.status == 0)
        #expect(extract.stderrLines == ["warning: \(file.path): 3 control characters replaced by spaces"], "\(extract.stderr)")
    }

    @Test("an Akoma Ntoso file saved as .txt: read as XML (same citations as the .xml), not stored as markup")
    func xmlNamedTxt() throws {
        let dir = try CLIFixtures.scratch("xml-as-txt")
        defer { try? FileManager.default.removeItem(at: dir) }
        let xml = try CLIFixtures.resources().appendingPathComponent("multilingual/A_RES_78_124-2325865E.xml")
        let txt = dir.appendingPathComponent("A_RES_78_124.txt")
        try FileManager.default.copyItem(at: xml, to: txt)
        let asXML = try CLITool.run(["extract", xml.path])
        let asText = try CLITool.run(["extract", txt.path])
        #expect(asText.status == 0 && asText.stderr.isEmpty, "\(asText.stderr)")
        #expect(asText.stdout == asXML.stdout)
        #expect(asText.stdout.contains("\"citing\":\"A/RES/78/124\""))
        let text = try CLITool.run(["text", txt.path])
        #expect(!text.stdout.contains("<akomaNtoso") && !text.stdout.contains("</p>"), "markup in the text")
    }

    @Test("ingest into a damaged store: refused with one line naming the store, exit 1 (it said \"1 added\", exit 0)")
    func ingestIntoDamagedStore() throws {
        let dir = try CLIFixtures.scratch("damaged")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.storeWithOneDocument(in: dir)
        // Damage the pages after the first (the schema stays readable).
        let handle = try FileHandle(forUpdating: db)
        let size = try handle.seekToEnd()
        try #require(size > 16_384)
        try handle.seek(toOffset: 8_192)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: Int(size) - 8_192 - 1))
        try handle.close()
        let ingest = try CLITool.run(["ingest", try CLIFixtures.document(Self.batchGood.0).path, "--db", db.path])
        #expect(ingest.status == 1, "\(ingest.stdout) \(ingest.stderr)")
        #expect(!ingest.stdout.contains("added"), "\(ingest.stdout)")
        Self.expectOneError(ingest, naming: db.path, saying: ["damaged"])
    }

    @Test("an entity declared after a quote inside a processing instruction of the internal subset: refused, one line")
    func entityHiddenInProcessingInstruction() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE akomaNtoso [
            <?hide ' ?>
            <!ENTITY x "INJECTED TEXT">
            <?hide ' ?>
            ]>
            <akomaNtoso><doc name="resolution"><meta/><preface><p><docNumber refersTo="#symbol">A/RES/78/12</docNumber></p></preface>
            <mainBody><p>&x; Recalling its resolution 77/1,</p></mainBody></doc></akomaNtoso>
            """
        let source = try scratchFile("pi_entity.xml", Data(xml.utf8))
        defer { try? FileManager.default.removeItem(at: source.deletingLastPathComponent()) }
        try Self.checkBatch(badName: "pi_entity.xml", source: source, words: ["entit", "refused"])
    }

    @Test("rank --format csv: a formula-like cell (=, +, -, @) is written as text")
    func rankCSVFormulas() {
        let rows = [RankRow(rank: 1, id: "=HYPERLINK(\"http://x\")", score: 1, title: "+1"),
                    RankRow(rank: 2, id: "@SUM(A1)", score: 0.5, title: "-2, two")]
        #expect(RankOutput.csv(rows) == """
            rank,id,score,title
            1,"'=HYPERLINK(""http://x"")",1,'+1
            2,'@SUM(A1),0.5,"'-2, two"

            """)
    }

    @Test("Foundation's file errors as one plain line: what, which file, why (no NSCocoaErrorDomain)")
    func plainFileErrors() {
        let missing = NSError(domain: NSCocoaErrorDomain, code: NSFileNoSuchFileError,
                              userInfo: [NSFilePathErrorKey: "Graphs/x.svg"])
        #expect(PlainErrors.describe(missing) == "file error Graphs/x.svg: no such file or folder")
        let full = NSError(domain: NSCocoaErrorDomain, code: NSFileWriteOutOfSpaceError,
                           userInfo: [NSFilePathErrorKey: "out/a.json",
                                      NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))])
        #expect(PlainErrors.describe(full) == "cannot write out/a.json: disk full")
        let denied = NSError(domain: NSCocoaErrorDomain, code: NSFileReadNoPermissionError,
                             userInfo: [NSURLErrorKey: URL(fileURLWithPath: "/root/truth.tsv")])
        #expect(PlainErrors.describe(denied) == "cannot read /root/truth.tsv: permission denied")
        #expect(PlainErrors.describe(CLIError("x: y")) == "x: y")
    }
}

/// Writes `data` into a fresh scratch folder and returns its URL (the caller removes the folder).
private func scratchFile(_ name: String, _ data: Data) throws -> URL {
    let url = try CLIFixtures.scratch("source").appendingPathComponent(name)
    try data.write(to: url)
    return url
}
