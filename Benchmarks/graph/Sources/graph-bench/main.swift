// Times CiteGraph on an edge list: `graph-bench EDGES.tsv [--measures pagerank,hits,betweenness]
// [--sources FILE] [--repeat 5]`. Prints one JSON object per measure, like bench_python.py.
import CiteGraph
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let path = arguments.first else { fail("usage: graph-bench EDGES.tsv [--measures …] [--sources FILE] [--repeat N]") }
arguments.removeFirst()
var measures = ["pagerank", "hits", "betweenness"]
var sourcesPath: String?
var repeats = 5
while !arguments.isEmpty {
    let flag = arguments.removeFirst()
    guard let value = arguments.first else { fail("\(flag) needs a value") }
    arguments.removeFirst()
    switch flag {
    case "--measures": measures = value.split(separator: ",").map(String.init)
    case "--sources": sourcesPath = value
    case "--repeat": repeats = Int(value) ?? repeats
    default: fail("unknown option \(flag)")
    }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func report(_ measure: String, _ times: [Double], extra: String = "") {
    let list = times.map { String(format: "%.6f", $0) }.joined(separator: ", ")
    let line = "{\"tool\": \"citegraph\", \"measure\": \"\(measure)\", \"seconds\": [\(list)]\(extra)}\n"
    FileHandle.standardOutput.write(Data(line.utf8))
}

do {
    var graph = CitationGraph()
    let load = try seconds { graph = try CitationGraph.readEdgeList(path: path) }
    report("load", [load], extra: ", \"nodes\": \(graph.nodeCount), \"edges\": \(graph.edgeCount)")
    var sources: [Int]?
    if let sourcesPath {
        let text = try String(contentsOfFile: sourcesPath, encoding: .utf8)
        sources = try text.split(whereSeparator: \.isWhitespace).map { try graph.index(of: String($0)) }
    }
    var sink = 0.0
    for measure in measures {
        var times: [Double] = []
        for _ in 0..<repeats {
            switch measure {
            case "pagerank": times.append(try seconds { sink += try graph.pageRank(weighted: false)[0] })
            case "pagerank-strict":
                // Converged far beyond NetworkX's rule (L1 change < n × 1e-12), for comparison with
                // igraph's PRPACK, which solves to about 1e-10.
                times.append(try seconds { sink += try graph.pageRank(weighted: false, tolerance: 1e-12, maxIterations: 1000)[0] })
            case "hits": times.append(try seconds { sink += try graph.hits(weighted: false).hubs[0] })
            case "betweenness":
                if let sources {
                    times.append(seconds { sink += graph.betweenness(sources: sources)[0] })
                } else {
                    times.append(seconds { sink += graph.betweenness()[0] })
                }
            default: fail("unknown measure \(measure)")
            }
        }
        report(measure, times, extra: measure == "betweenness" ? ", \"sampled\": \(sources != nil)" : "")
    }
    if sink.isNaN { print("{}") }
} catch {
    fail("\(error)")
}
