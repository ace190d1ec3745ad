import CiteCore
import CiteRender
import Foundation

// render-bench timing [--corpus DIR] [--runs N] [--bounded-dot]   render time for lineage graphs of 50, 200, 1000 nodes,
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
    print("| nodes | edges | engine | DOT ms | SVG from Diagram ms | SVG from DOT text ms | `dot -Tsvg` ms | ratio | PNG ms |")
    print("|---:|---:|---|---:|---:|---:|---:|---:|---:|")
    var sizes: [(Int, LayoutHint)] = [(50, .auto), (200, .auto), (1000, .auto)]
    if CommandLine.arguments.contains("--bounded-dot") { sizes.append((1000, .dot)) }
    for (size, hint) in sizes {
        var diagram = source.lineage(nodes: size)
        diagram.layout = hint
        let runsHere = hint == .dot ? 1 : runs
        let dotText = try GraphvizRenderer.dotSource(for: diagram)
        let file = NSTemporaryDirectory() + "render-bench-\(size).gv"
        try dotText.write(toFile: file, atomically: true, encoding: .utf8)
        if hint != .dot {
            _ = try GraphvizRenderer.render(diagram, format: .svg) // warm caches (fonts, plugins)
            _ = try dotProgramMilliseconds(file)
        }
        var dotMs: [Double] = [], svgMs: [Double] = [], textMs: [Double] = [], programMs: [Double] = [], pngMs: [Double] = []
        for _ in 0..<runsHere {
            dotMs.append(try milliseconds { _ = try GraphvizRenderer.render(diagram, format: .dot) })
            svgMs.append(try milliseconds { _ = try GraphvizRenderer.render(diagram, format: .svg) })
            textMs.append(try milliseconds { _ = try GraphvizRenderer.renderDOT(source: dotText, format: .svg) })
            programMs.append(try dotProgramMilliseconds(file))
            if hint != .dot { pngMs.append(try milliseconds { _ = try GraphvizRenderer.render(diagram, format: .png) }) }
        }
        let ratio = median(textMs) / median(programMs)
        let engine = GraphvizRenderer.engine(for: diagram).rawValue + (hint == .dot ? " (bounded, 1 run)" : "")
        print(String(format: "| %d | %d | %@ | %.1f | %.1f | %.1f | %.1f | %.2f× | %@ |", diagram.nodes.count, diagram.edges.count,
                     engine, median(dotMs), median(svgMs), median(textMs), median(programMs), ratio,
                     pngMs.isEmpty ? "–" : String(format: "%.1f", median(pngMs))))
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
case "dot-loop":
    // Profiling aid: COUNT writes of the DOT source of the N-node lineage.
    let source = LineageSource(corpus: option("--corpus", "/work/shared/corpus"))
    let diagram = source.lineage(nodes: Int(option("--nodes", "1000")) ?? 1000)
    var bytes = 0
    for _ in 0..<(Int(args.count > 2 ? args[2] : "10") ?? 10) { bytes += try GraphvizRenderer.render(diagram, format: .dot).count }
    print("\(bytes) bytes")
case "dot-file-loop":
    // Leak hunting: renders the DOT text of FILE COUNT times to SVG.
    let text = try String(contentsOfFile: args[2], encoding: .utf8)
    var bytes = 0
    for _ in 0..<(Int(args.count > 3 ? args[3] : "20") ?? 20) { bytes += try GraphvizRenderer.renderDOT(source: text, format: .svg).count }
    print("\(bytes) bytes")
case "lineage":
    // Writes the benchmark diagram of N nodes as JSON (to look at it with `sample`).
    let source = LineageSource(corpus: option("--corpus", "/work/shared/corpus"))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    FileHandle.standardOutput.write(try encoder.encode(source.lineage(nodes: Int(args[2]) ?? 50)))
default:
    print("usage: render-bench timing [--corpus DIR] [--runs N] | loop COUNT [--nodes N] | sample FILE.json PREFIX | lineage N")
}
