// swift-tools-version:6.0
// Store and ingest throughput, outside `swift test`: `swift run -c release store-bench CORPUS DB`.
import PackageDescription

let package = Package(
    name: "store-bench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "citegraph", path: "../..")],
    targets: [
        .executableTarget(
            name: "store-bench",
            dependencies: [
                .product(name: "CiteCore", package: "citegraph"),
                .product(name: "CiteGraph", package: "citegraph"),
                .product(name: "CiteStore", package: "citegraph"),
            ]
        ),
    ]
)
