// swift-tools-version:6.0
// Benchmark runner for CiteGraph's algorithms; kept out of `swift test` of the main package.
import PackageDescription

let package = Package(
    name: "graph-bench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "citegraph", path: "../..")],
    targets: [
        .executableTarget(
            name: "graph-bench",
            dependencies: [.product(name: "CiteGraph", package: "citegraph")]
        ),
    ]
)
