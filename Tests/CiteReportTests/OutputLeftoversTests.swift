import Foundation
import Testing
@testable import CiteReport

/// A run killed while writing leaves hidden folders and files beside its output; the next run
/// removes those of processes that no longer run, and keeps a killed run's old report when no
/// report took its place.
@Suite struct OutputLeftoversTests {
    /// The pid of a process that has ended.
    static func deadPID() throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/true")
        try p.run()
        p.waitUntilExit()
        return p.processIdentifier
    }

    static func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("leftovers-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func aKilledRunsHiddenFoldersGoWhenTheReportIsWrittenAgain() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let site = dir + "/site"
        try OutputFolder.replace(site, with: [("index.html", Data("old".utf8))], isReplaceable: { $0.hasSuffix(".html") })
        let dead = try Self.deadPID()
        let names = [".site.new-\(dead)-12", ".site.old-\(dead)-34", ".site.new-\(getpid())-56", ".other.new-\(dead)-78", ".site.new-x-9"]
        for name in names {
            try FileManager.default.createDirectory(atPath: dir + "/" + name, withIntermediateDirectories: false)
            FileManager.default.createFile(atPath: dir + "/" + name + "/index.html", contents: Data("cut".utf8))
        }
        try OutputFolder.replace(site, with: [("index.html", Data("new".utf8))], isReplaceable: { $0.hasSuffix(".html") })
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        // A live process's folder (this one's), another output's and a name not of this form stay.
        #expect(left == [".other.new-\(dead)-78", ".site.new-\(getpid())-56", ".site.new-x-9", "site"])
        #expect(try String(contentsOfFile: site + "/index.html", encoding: .utf8) == "new")
    }

    @Test func anOldReportWithoutANewOneInItsPlaceStays() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let dead = try Self.deadPID()
        let old = dir + "/.site.old-\(dead)-34"
        try FileManager.default.createDirectory(atPath: old, withIntermediateDirectories: false)
        OutputFolder.removeLeftovers(beside: dir + "/site")
        #expect(FileManager.default.fileExists(atPath: old))
    }
}
