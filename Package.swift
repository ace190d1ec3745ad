// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "citegraph",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "CiteCore", targets: ["CiteCore"]),
        .library(name: "CitePDF", targets: ["CitePDF"]),
        .library(name: "CiteGraph", targets: ["CiteGraph"]),
        .library(name: "CiteStore", targets: ["CiteStore"]),
        .library(name: "CiteRender", targets: ["CiteRender"]),
        .library(name: "CiteReport", targets: ["CiteReport"]),
        .executable(name: "citegraph", targets: ["citegraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // Documents, canonical symbols, citations, extraction. Pure Swift.
        .target(
            name: "CiteCore",
            resources: [.copy("Resources/gazetteer.json"), .copy("Resources/clause-openers.tsv"),
                        .copy("Resources/citation-forms.tsv"), .copy("Resources/clause-openers-extra.tsv"),
                        .copy("Resources/clause-openers-fra.tsv"), .copy("Resources/clause-openers-spa.tsv"),
                        .copy("Resources/clause-openers-rus.tsv"), .copy("Resources/clause-openers-ara.tsv"),
                        .copy("Resources/clause-openers-zho.tsv"), .copy("Resources/organizations.tsv"),
                        .copy("Resources/gazetteer-names.tsv"), .copy("Resources/gazetteer-names-extra.tsv"),
                        .copy("Resources/note-forms.tsv"), .copy("Resources/instrument-notes.tsv")]
        ),
        // PDF reading through poppler-glib; the only module that imports CPoppler.
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib",
                       providers: [.apt(["libpoppler-glib-dev"])]),
        .target(name: "CitePDF", dependencies: ["CiteCore", "CPoppler"]),
        // Graph model, lineage, series, centrality, exports: no files, no SQL.
        .target(
            name: "CiteGraph",
            dependencies: [
                "CiteCore",
                .product(name: "Collections", package: "swift-collections"),
            ]
        ),
        // The SQLite store (GRDB) and the incremental, parallel ingest that fills it.
        .target(
            name: "CiteStore",
            dependencies: [
                "CiteCore", "CiteGraph",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Graphviz, reached from CiteRender only.
        .systemLibrary(name: "CGraphviz", pkgConfig: "libgvc",
                       providers: [.apt(["libgraphviz-dev"])]),
        .target(name: "CiteRender", dependencies: ["CiteCore", "CGraphviz"]),
        // Diagrams of a graph (series, families, ego networks), HTML and Markdown reports, the site.
        .target(name: "CiteReport", dependencies: ["CiteGraph", "CiteStore", "CiteRender",
                                                   .product(name: "Crypto", package: "swift-crypto")]),
        // `citegraph serve`: the report's pages on request. Its own target, so nothing else
        // waits for the HTTP server library to build.
        .target(name: "CiteServe", dependencies: ["CiteReport", "CiteGraph", "CiteStore", .product(name: "FlyingFox", package: "FlyingFox"),
                                                  .product(name: "FlyingSocks", package: "FlyingFox")]),
        .executableTarget(
            name: "citegraph",
            dependencies: [
                "CiteCore", "CitePDF", "CiteGraph", "CiteStore", "CiteRender", "CiteReport", "CiteServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CiteCoreTests", dependencies: ["CiteCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CitePDFTests", dependencies: ["CitePDF", "CiteCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CiteGraphTests", dependencies: ["CiteGraph", "CiteStore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CiteStoreTests", dependencies: ["CiteStore", "CiteGraph",
                                                           .product(name: "GRDB", package: "GRDB.swift"),
                                                           .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "CiteRenderTests", dependencies: ["CiteRender"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CiteReportTests", dependencies: ["CiteReport", "CiteRender", "CiteGraph", "CiteStore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CLITests", dependencies: ["CiteCore", "citegraph"], resources: [.copy("Fixtures")]),
    ]
)
