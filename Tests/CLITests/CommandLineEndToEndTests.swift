import Foundation
import Testing

/// The command-line items of issue 9 that need the built binary: the custom entry point
/// (did you mean), one wording for a missing file, no empty store and no `.lock` left behind,
/// other-language XML skipped, `extract --format csv`, the `rank` table, the CSV and Cypher
/// exports, `render -o FILE.pdf`.
@Suite("Command line, end to end")
struct CommandLineEndToEndTests {
    /// A store of the six CLI documents and the three-resolution ECOSOC series, in `dir`.
    static func store(in dir: URL) throws -> URL {
        let corpus = try DeterminismTests.corpus(in: dir)
        let db = dir.appendingPathComponent("store.sqlite")
        let ingest = try CLITool.run(["ingest", corpus.path, "--db", db.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return db
    }

    /// Minimal RFC 4180 reader: rows of fields.
    static func readCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    @Test("a mistyped subcommand: exit code 64 and the closest subcommand named")
    func didYouMean() throws {
        let run = try CLITool.run(["lineag", "S/RES/2467 (2019)"])
        #expect(run.status == 64)
        #expect(run.stderrLines.first == "Error: unknown command 'lineag'; did you mean 'lineage'?", "\(run.stderr)")
        let version = try CLITool.run(["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty && version.stderr.isEmpty)
    }

    @Test("every command words a missing file the same way: `error: PATH: no such file or folder`, exit code 1")
    func missingFile() throws {
        let dir = try CLIFixtures.scratch("missing")
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("nowhere/A_RES_1_1.txt").path
        let good = try CLIFixtures.document("A_RES_78_12.txt").path
        let cases: [[String]] = [
            ["text", missing], ["extract", missing], ["eval", "--truth", missing, good],
            ["rank", "--edges", missing], ["rank", missing], ["lineage", "A/RES/78/12", missing],
            ["export", "--format", "json", "-o", dir.appendingPathComponent("x.json").path, missing],
            ["ingest", missing, "--db", dir.appendingPathComponent("s.sqlite").path],
        ]
        for args in cases {
            let run = try CLITool.run(args)
            #expect(run.status == 1, "\(args): \(run.status) \(run.stderr)")
            #expect(run.stderrLines == ["error: \(missing): no such file or folder"], "\(args): \(run.stderr)")
        }
        let store = dir.appendingPathComponent("absent.sqlite").path
        let run = try CLITool.run(["rank", "--db", store])
        #expect(run.status == 1)
        #expect(run.stderrLines.count == 1 && run.stderr.hasPrefix("error: \(store): no such file or folder ("), "\(run.stderr)")
    }

    @Test("a folder where a file is wanted, and an output whose folder is missing: one line naming the path, exit code 1")
    func foldersAndOutputs() throws {
        let dir = try CLIFixtures.scratch("outputs")
        defer { try? FileManager.default.removeItem(at: dir) }
        for args in [["text", dir.path], ["rank", "--edges", dir.path], ["eval", "--truth", dir.path, dir.path]] {
            let run = try CLITool.run(args)
            #expect(run.status == 1, "\(args): \(run.stderr)")
            #expect(run.stderrLines == ["error: \(dir.path): is a folder, not a file"], "\(args): \(run.stderr)")
        }
        let db = try Self.store(in: dir)
        let nowhere = dir.appendingPathComponent("nowhere")
        for (command, extra) in [("export", ["--format", "json"]), ("render", ["--top", "5"])] {
            let target = nowhere.appendingPathComponent("x.svg").path
            let run = try CLITool.run([command] + extra + ["-o", target, "--db", db.path])
            #expect(run.status == 1, "\(command): \(run.stderr)")
            #expect(run.stderrLines == ["error: \(nowhere.path): no such file or folder (the folder of \(target))"], "\(command): \(run.stderr)")
        }
        let file = dir.appendingPathComponent("store.sqlite/x.svg").path
        let run = try CLITool.run(["render", "--top", "5", "-o", file, "--db", db.path])
        #expect(run.stderrLines == ["error: \(db.path): is a file, not a folder (the folder of \(file))"], "\(run.stderr)")
    }

    @Test("ingest of a missing path creates no store; a batch with one missing path ingests the rest, exit code 2")
    func ingestMissingPath() throws {
        let dir = try CLIFixtures.scratch("ingest-missing")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("store.sqlite")
        let missing = dir.appendingPathComponent("missing/path").path
        let run = try CLITool.run(["ingest", missing, "--db", db.path])
        #expect(run.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty, "nothing was created")

        let partial = try CLITool.run(["ingest", missing, try CLIFixtures.document("A_RES_78_12.txt").path, "--db", db.path])
        #expect(partial.status == 2, "\(partial.stderr)")
        #expect(partial.stderrLines == ["error: \(missing): no such file or folder"])
        #expect(partial.stdout.contains("1 added") && partial.stdout.contains("1 failed"), "\(partial.stdout)")
    }

    @Test("no .lock file stays beside the store after an ingest")
    func noLockLeft() throws {
        let dir = try CLIFixtures.scratch("lock")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.store(in: dir)
        let again = try CLITool.run(["ingest", dir.appendingPathComponent("corpus").path, "--db", db.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("0 added, 0 updated, 9 skipped"), "\(again.stdout)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(names.contains("store.sqlite"))
        #expect(!names.contains { $0.hasSuffix(".lock") }, "\(names)")
    }

    @Test("a folder of one resolution in the six UN languages: the English file read, the other five versions skipped with one notice, exit code 0")
    func otherLanguagesSkipped() throws {
        let dir = try CLIFixtures.scratch("languages")
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = try CLIFixtures.resources().appendingPathComponent("multilingual")
        let notice = "notice: 5 XML files skipped: the same documents are read in another language (1 Arabic, 1 Chinese, 1 French, 1 Russian, 1 Spanish)"
        let db = dir.appendingPathComponent("store.sqlite")
        let ingest = try CLITool.run(["ingest", folder.path, "--db", db.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderrLines == [notice])
        #expect(ingest.stdout.contains("1 files: 1 added, 0 updated, 0 skipped, 0 failed"), "\(ingest.stdout)")
        let lineage = try CLITool.run(["lineage", "A/RES/78/124", "--db", db.path, "--format", "json"])
        #expect(lineage.status == 0, "the English document is stored: \(lineage.stderr)")

        let extract = try CLITool.run(["extract", "--summary", folder.path])
        #expect(extract.status == 0, "\(extract.stderr)")
        #expect(extract.stderrLines.contains(notice))
        #expect(extract.stderrLines.contains { $0.hasPrefix("documents: 1 read, 0 failed") }, "\(extract.stderr)")
    }

    @Test("ingest of a French and an English text: the store keeps each document's language and ingest says which (an English-only store says nothing)")
    func storeLanguages() throws {
        let dir = try CLIFixtures.scratch("store-languages")
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = try CLIFixtures.resources().appendingPathComponent("multilingual")
        let english = dir.appendingPathComponent("english.sqlite")
        let only = try CLITool.run(["ingest", folder.appendingPathComponent("A_RES_78_124-2325865E.xml").path, "--db", english.path])
        #expect(only.status == 0, "\(only.stderr)")
        #expect(!only.stdout.contains("store languages"), "\(only.stdout)")
        let french = dir.appendingPathComponent("french.sqlite")
        let ingest = try CLITool.run(["ingest", folder.appendingPathComponent("A_RES_78_124-2325865F.xml").path, "--db", french.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdoutLines.contains("store languages: 1 fra"), "\(ingest.stdout)")
    }

    @Test("extract --format csv: the columns of tsv, quoted where a field holds a comma, the same rows")
    func extractCSV() throws {
        let file = try CLIFixtures.document("A_RES_74_174_excerpt.txt").path
        let csv = try CLITool.run(["extract", "--format", "csv", file])
        let tsv = try CLITool.run(["extract", "--format", "tsv", file])
        #expect(csv.status == 0 && tsv.status == 0)
        let csvRows = Self.readCSV(csv.stdout)
        let tsvRows = tsv.stdoutLines.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(csvRows.first == ["citing", "target", "targetKind", "body", "relation", "section", "paragraph", "start", "end",
                                  "text", "date", "part", "footnote"])
        #expect(csvRows == tsvRows)
        #expect(csvRows.count > 5)
        #expect(csv.stdout.contains("\"Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution"),
                "a text with commas is quoted")
    }

    @Test("rank: a header row, scores to 4 significant digits, aligned columns, titles; csv and json carry titles")
    func rankOutputs() throws {
        let dir = try CLIFixtures.scratch("rank")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.store(in: dir)
        let table = try CLITool.run(["rank", "--db", db.path, "--top", "8"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdoutLines
        #expect(lines.count == 9)
        let header = try #require(lines.first)
        #expect(header.hasPrefix("rank  pagerank  id"), "\(header)")
        let idColumn = try #require(header.range(of: "id")).lowerBound.utf16Offset(in: header)
        for line in lines.dropFirst() {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            #expect(fields.count >= 3, "\(line)")
            guard fields.count >= 3 else { continue }
            let score = String(fields[1])
            let digits = score.prefix { $0 != "e" }.filter(\.isNumber).drop { $0 == "0" }
            #expect(digits.count == 4, "4 significant digits: \(score)")
            let idStart = try #require(line.range(of: " " + fields[2])).lowerBound.utf16Offset(in: line) + 1
            #expect(idStart == idColumn, "ids start in the column of the header's id: \(line)")
        }
        #expect(lines.contains { $0.contains("Charter of the United Nations") || $0.contains("Convention on the Rights of the Child") },
                "titles are shown: \(table.stdout)")

        let csv = try CLITool.run(["rank", "--db", db.path, "--top", "8", "--format", "csv"])
        let rows = Self.readCSV(csv.stdout)
        #expect(rows.first == ["rank", "id", "score", "title"])
        #expect(rows.count == 9 && rows.dropFirst().allSatisfy { $0.count == 4 })
        #expect(rows.dropFirst().contains { !$0[3].isEmpty }, "\(csv.stdout)")

        let json = try CLITool.run(["rank", "--db", db.path, "--top", "8", "--format", "json"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count == 8)
        #expect(objects.allSatisfy { $0.keys.contains("title") })
        #expect(objects.contains { $0["title"] is String })
    }

    @Test("export --format csv writes plain CSV, --format neo4j-csv the admin-import headers, cypher batched UNWIND")
    func exports() throws {
        let dir = try CLIFixtures.scratch("export")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.store(in: dir)
        for (format, edgeHeader, nodeHeader) in [("csv", "source,target,relation,weight,relations,sections",
                                                  "id,kind,body,date,year,title,agenda,subjects,inCorpus"),
                                                 ("neo4j-csv", ":START_ID,:END_ID,:TYPE,relation,weight",
                                                  "id:ID,label,kind,body,date,title,:LABEL")] {
            let folder = dir.appendingPathComponent(format)
            let run = try CLITool.run(["export", "--format", format, "-o", folder.path, "--db", db.path])
            #expect(run.status == 0, "\(run.stderr)")
            let edges = try String(contentsOf: folder.appendingPathComponent("edges.csv"), encoding: .utf8)
            let nodes = try String(contentsOf: folder.appendingPathComponent("nodes.csv"), encoding: .utf8)
            #expect(edges.hasPrefix(edgeHeader + "\n") && nodes.hasPrefix(nodeHeader + "\n"), "\(format)")
            #expect(Self.readCSV(edges).count > 10)
        }
        let cypher = dir.appendingPathComponent("graph.cypher")
        let run = try CLITool.run(["export", "--format", "cypher", "-o", cypher.path, "--db", db.path])
        #expect(run.status == 0, "\(run.stderr)")
        let statements = try String(contentsOf: cypher, encoding: .utf8).split(separator: "\n")
        #expect(statements.first?.hasPrefix("CREATE CONSTRAINT") == true)
        #expect(statements.dropFirst().allSatisfy { $0.hasPrefix("UNWIND [") && $0.hasSuffix(";") })
        #expect(statements.count < 10, "a small graph is a handful of batches, not one statement per node: \(statements.count)")
    }

    @Test("render -o y.pdf writes a PDF; with --format svg it is refused and nothing is written")
    func renderFormatFromExtension() throws {
        let dir = try CLIFixtures.scratch("render-ext")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.store(in: dir)
        let pdf = dir.appendingPathComponent("y.pdf")
        let run = try CLITool.run(["render", "--top", "10", "-o", pdf.path, "--db", db.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Data(contentsOf: pdf).prefix(5) == Data("%PDF-".utf8))
        let other = dir.appendingPathComponent("z.pdf")
        let refused = try CLITool.run(["render", "--top", "10", "-o", other.path, "--format", "svg", "--db", db.path])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--format svg does not match"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: other.path))
    }
}
