import Foundation
import Testing

/// `citegraph citedby` end to end on the three ECOSOC Haiti resolutions of `bad/haiti`, each of
/// which recalls the ones before it in its first paragraph.
@Suite("citedby command")
struct CitedByCommandTests {
    static func store(in dir: URL) throws -> String {
        let db = dir.appendingPathComponent("haiti.sqlite").path
        let haiti = try CLIFixtures.resources().appendingPathComponent("bad/haiti").path
        let ingest = try CLITool.run(["ingest", haiti, "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return db
    }

    @Test func jsonListsEveryCitationNewestFirstWithItsParagraphAndWords() throws {
        let dir = try CLIFixtures.scratch("citedby")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.store(in: dir)
        let run = try CLITool.run(["citedby", "e/res/2021/18", "--db", db, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(list.map { $0["citing"] as? String } == ["E/RES/2023/32", "E/RES/2022/20"])
        #expect(list.map { $0["date"] as? String } == ["2023-07-26", "2022-07-22"])
        #expect(list.allSatisfy { $0["paragraph"] as? String == "PP1" && $0["relation"] as? String == "recalls" })
        #expect(list.first?["text"] as? String == "2021/18 of 21 July 2021")
        #expect((list.first?["quote"] as? String)?.contains("2020/11 of 17 July 2020, 2021/18 of 21 July 2021 and 2022/20") == true)
        let again = try CLITool.run(["citedby", "e/res/2021/18", "--db", db, "--format", "json"])
        #expect(again.stdout == run.stdout)
    }

    @Test func countGroupsByYearAndRelationAndFiltersByRelation() throws {
        let dir = try CLIFixtures.scratch("citedby-count")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.store(in: dir)
        let count = try CLITool.run(["citedby", "E/RES/2021/18", "--db", db, "--count", "--format", "csv"])
        #expect(count.stdoutLines == ["year,relation,count", "2023,recalls,1", "2022,recalls,1"])
        let none = try CLITool.run(["citedby", "E/RES/2021/18", "--db", db, "--relation", "reaffirms", "--format", "csv"])
        #expect(none.status == 0 && none.stdoutLines == ["citing,date,paragraph,relation,section,text,quote"])
        let table = try CLITool.run(["citedby", "E/RES/2021/18", "--db", db])
        #expect(table.stdoutLines.count == 2 && table.stdoutLines[0].hasPrefix("E/RES/2023/32        2023-07-26  PP1     recalls "))
    }

    @Test func anUnknownSymbolNamesTheClosest() throws {
        let dir = try CLIFixtures.scratch("citedby-unknown")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.store(in: dir)
        let run = try CLITool.run(["citedby", "E/RES/2021/19", "--db", db])
        #expect(run.status == 1)
        #expect(run.stderrLines == ["error: unknown symbol E/RES/2021/19 (closest: E/RES/2021/18, E/RES/2018/19, E/RES/2020/11, E/RES/2006/10, E/RES/2007/13)"])
        let bad = try CLITool.run(["citedby", "E/RES/2021/18", "--db", db, "--relation", "praises"])
        #expect(bad.status == 64)
        #expect(bad.stderrLines.first?.hasPrefix("Error: --relation: unknown value \"praises\" (one of recalls, reaffirms,") == true)
    }

    @Test func theSharedFiltersSelectCitingYearsAndBodies() throws {
        let dir = try CLIFixtures.scratch("citedby-filter")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.store(in: dir)
        let from2023 = try CLITool.run(["citedby", "E/RES/2021/18", "--db", db, "--from", "2023", "--format", "csv"])
        #expect(from2023.stdoutLines.count == 2 && from2023.stdoutLines[1].hasPrefix("E/RES/2023/32,2023-07-26,PP1,recalls,"))
        let sc = try CLITool.run(["citedby", "E/RES/2021/18", "--db", db, "--body", "sc", "--format", "csv"])
        #expect(sc.status == 0 && sc.stdoutLines.count == 1)
        let ecosoc = try CLITool.run(["citedby", "E/RES/2021/18", "--db", db, "--body", "ECOSOC,GA", "--to", "2022", "--format", "csv"])
        #expect(ecosoc.stdoutLines.count == 2 && ecosoc.stdoutLines[1].hasPrefix("E/RES/2022/20,"))
        let backwards = try CLITool.run(["citedby", "E/RES/2021/18", "--db", db, "--from", "2023", "--to", "2022"])
        #expect(backwards.status == 64 && backwards.stderrLines.first == "Error: --from 2023 is after --to 2022")
        // The same options on export: citations made in 2023 only.
        let out = dir.appendingPathComponent("g.json").path
        let export = try CLITool.run(["export", "--db", db, "--format", "json", "-o", out, "--from", "2023"])
        #expect(export.status == 0)
        #expect(export.stderrLines.last?.hasPrefix("export: 39 nodes, ") == true)
        let all = try CLITool.run(["export", "--db", db, "--format", "json", "-o", out])
        #expect(all.stderrLines.last == "export: 39 nodes, 96 edges → \(out)")
        #expect(export.stderrLines.last != all.stderrLines.last)
    }
}
