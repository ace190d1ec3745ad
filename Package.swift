// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "citegraph",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "CiteCore", targets: ["CiteCore"]),
        .library(name: "CitePDF", targets: ["CitePDF"]),
        .library(name: "CiteGraph", targets: ["CiteGraph"]),
        .library(name: "CiteRender", targets: ["CiteRender"]),
        .library(name: "CiteReport", targets: ["CiteReport"]),
        .executable(name: "citegraph", targets: ["citegraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Documents, canonical symbols, citations, extraction. Pure Swift.
        .target(
            name: "CiteCore",
            resources: [.copy("Resources/gazetteer.json"), .copy("Resources/clause-openers.tsv")]
        ),
        // PDF reading through poppler-glib; the only module that imports CPoppler.
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib",
                       providers: [.apt(["libpoppler-glib-dev"])]),
        .target(name: "CitePDF", dependencies: ["CiteCore", "CPoppler"]),
        // Graph model, store, lineage, centrality, exports.
        .target(
            name: "CiteGraph",
            dependencies: [
                "CiteCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        // Graphviz, reached from CiteRender only.
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc",
                       providers: [.apt(["libgraphviz-dev"])]),
        .target(name: "CiteRender", dependencies: ["CiteCore", "CiteGraph", "CGraphviz"]),
        .target(name: "CiteReport", dependencies: ["CiteGraph", "CiteRender"]),
        // `citegraph serve`: the report's pages on request. Its own target, so nothing else
        // waits for the HTTP server library to build.
        .target(name: "CiteServe", dependencies: ["CiteReport", "CiteGraph", .product(name: "FlyingFox", package: "FlyingFox"),
                                                  .product(name: "FlyingSocks", package: "FlyingFox")]),
        .executableTarget(
            name: "citegraph",
            dependencies: [
                "CiteCore", "CitePDF", "CiteGraph", "CiteRender", "CiteReport", "CiteServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CiteCoreTests", dependencies: ["CiteCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CitePDFTests", dependencies: ["CitePDF", "CiteCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CiteGraphTests", dependencies: ["CiteGraph"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CiteRenderTests", dependencies: ["CiteRender"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CiteReportTests", dependencies: ["CiteReport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CLITests", dependencies: ["CiteCore", "citegraph"], resources: [.copy("Fixtures")]),
    ]
)
