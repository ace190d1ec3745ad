import CiteCore
import CiteRender
import Foundation

// render-bench timing [--corpus DIR] [--runs N]   render time for lineage graphs of 50, 200, 1000 nodes,
//                                                 in-process SVG vs `dot -Tsvg` on the same DOT
// render-bench loop COUNT [--nodes N]             COUNT renders (SVG, PNG, DOT, one invalid DOT each 10th),
//                                                 for valgrind / AddressSanitizer
// render-bench sample FILE.json PREFIX            writes PREFIX.dot/.svg/.png/.pdf for a Diagram in JSON

func option(_ name: String, _ fallback: String) -> String {
    let args = CommandLine.arguments
    guard let index = args.firstIndex(of: name), index + 1 < args.count else { return fallback }
    return args[index + 1]
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let elapsed = try clock.measure(body)
    return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
}

/// Runs `dot -Tsvg FILE -o /dev/null` and returns its wall time.
func dotProgramMilliseconds(_ file: String) throws -> Double {
    try milliseconds {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tsvg", file, "-o", "/dev/null"]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError(message: "dot exited \(process.terminationStatus)") }
    }
}

struct BenchError: Error { var message: String }

let args = CommandLine.arguments
switch args.count > 1 ? args[1] : "" {
case "timing":
    let corpus = option("--corpus", "/work/shared/corpus")
    let runs = Int(option("--runs", "7")) ?? 7
    let source = LineageSource(corpus: corpus)
    print("Graphviz \(GraphvizRenderer.graphvizVersion); graphs from \(source.description); median of \(runs) runs")
    print("| nodes | edges | engine | in-process DOT ms | in-process SVG ms | `dot -Tsvg` ms | ratio | PNG ms |")
    print("|---:|---:|---|---:|---:|---:|---:|---:|")
    for size in [50, 200, 1000] {
        let diagram = source.lineage(nodes: size)
        let dotText = try GraphvizRenderer.dotSource(for: diagram)
        let file = NSTemporaryDirectory() + "render-bench-\(size).gv"
        try dotText.write(toFile: file, atomically: true, encoding: .utf8)
        _ = try GraphvizRenderer.render(diagram, format: .svg) // warm caches (fonts, plugins)
        _ = try dotProgramMilliseconds(file)
        var dotMs: [Double] = [], svgMs: [Double] = [], programMs: [Double] = [], pngMs: [Double] = []
        for _ in 0..<runs {
            dotMs.append(try milliseconds { _ = try GraphvizRenderer.render(diagram, format: .dot) })
            svgMs.append(try milliseconds { _ = try GraphvizRenderer.render(diagram, format: .svg) })
            programMs.append(try dotProgramMilliseconds(file))
            pngMs.append(try milliseconds { _ = try GraphvizRenderer.render(diagram, format: .png) })
        }
        let ratio = median(svgMs) / median(programMs)
        print(String(format: "| %d | %d | %@ | %.1f | %.1f | %.1f | %.2f× | %.1f |", diagram.nodes.count, diagram.edges.count,
                     GraphvizRenderer.engine(for: diagram).rawValue, median(dotMs), median(svgMs), median(programMs), ratio, median(pngMs)))
        try? FileManager.default.removeItem(atPath: file)
    }
case "loop":
    let count = Int(args.count > 2 ? args[2] : "1000") ?? 1000
    let nodes = Int(option("--nodes", "12")) ?? 12
    let source = LineageSource(corpus: option("--corpus", "/nonexistent"))
    var bytes = 0, failures = 0
    for index in 0..<count {
        let diagram = source.lineage(nodes: nodes + index % 5)
        let format: OutputFormat = index % 20 == 0 ? .png : (index % 7 == 0 ? .dot : .svg)
        bytes += try GraphvizRenderer.render(diagram, format: format).count
        if index % 10 == 0 {
            do { _ = try GraphvizRenderer.renderDOT(source: "digraph { a -> ; }", format: .svg) } catch { failures += 1 }
        }
    }
    print("rendered \(count) graphs, \(bytes) bytes, \(failures) invalid DOT errors captured")
case "sample":
    let diagram = try JSONDecoder().decode(Diagram.self, from: Data(contentsOf: URL(fileURLWithPath: args[2])))
    for format in OutputFormat.allCases {
        try GraphvizRenderer.render(diagram, format: format).write(to: URL(fileURLWithPath: args[3] + "." + format.fileExtension))
    }
    print("wrote \(args[3]).{dot,svg,png,pdf} with \(GraphvizRenderer.engine(for: diagram).rawValue)")
case "lineage":
    // Writes the benchmark diagram of N nodes as JSON (to look at it with `sample`).
    let source = LineageSource(corpus: option("--corpus", "/work/shared/corpus"))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    FileHandle.standardOutput.write(try encoder.encode(source.lineage(nodes: Int(args[2]) ?? 50)))
default:
    print("usage: render-bench timing [--corpus DIR] [--runs N] | loop COUNT [--nodes N] | sample FILE.json PREFIX | lineage N")
}
