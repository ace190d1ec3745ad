import Foundation
import Testing

/// Runs the built `citegraph` executable, as a user would.
///
/// The binary is looked for, in order: `$CITEGRAPH_BIN`; next to this test target's resource
/// bundle (the build's products folder, for `swift test` and `swift test --scratch-path X`
/// alike); next to the running test bundle.
enum CLITool {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
        var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLastEmpty() }
    }

    struct NotFound: Error, CustomStringConvertible {
        var looked: [String]
        var description: String {
            "the citegraph executable was not found (build it, or set CITEGRAPH_BIN); looked at: " + looked.joined(separator: ", ")
        }
    }

    static func executable() throws -> URL {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["CITEGRAPH_BIN"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        candidates.append(Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("citegraph"))
        if let exe = Bundle.main.executableURL {
            var dir = exe.deletingLastPathComponent()
            for _ in 0..<4 {  // macOS: …/debug/citegraphPackageTests.xctest/Contents/MacOS/
                candidates.append(dir.appendingPathComponent("citegraph"))
                dir = dir.deletingLastPathComponent()
            }
        }
        let fm = FileManager.default
        if let found = candidates.first(where: { fm.isExecutableFile(atPath: $0.path) && !isDirectory($0) }) { return found }
        throw NotFound(looked: candidates.map(\.path))
    }

    static func isDirectory(_ url: URL) -> Bool {
        var dir: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &dir) && dir.boolValue
    }

    /// Runs `citegraph arguments…` to completion; output is collected through files so that a
    /// large output on one stream cannot block the other.
    /// `launcher` runs the tool through another program (`setpriv …` to run as another user,
    /// `sh -c 'ulimit -f N; exec "$@"' sh` for a file size limit): its words, then the tool's path.
    static func run(_ arguments: [String], in directory: URL? = nil, launcher: [String] = []) throws -> Run {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }

        let process = Process()
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(launcher.dropFirst()) + [try executable().path] + arguments
        } else {
            process.executableURL = try executable()
            process.arguments = arguments
        }
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// The fixtures of this target (copied as resources) and their source folder (for updating goldens).
enum CLIFixtures {
    static func resources() throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    }

    static func document(_ name: String) throws -> URL {
        try resources().appendingPathComponent("documents").appendingPathComponent(name)
    }

    /// `Tests/CLITests/Fixtures` in the source tree, where `CITEGRAPH_UPDATE_GOLDEN=1` writes.
    static func sourceFolder(file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    /// A fresh folder for a test's files; remove it with `FileManager.removeItem`.
    static func scratch(_ label: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}

extension Array where Element == String {
    func dropLastEmpty() -> [String] { last == "" ? Array(dropLast()) : self }
}
