// swift-tools-version:6.0
// libFuzzer targets for CiteCore and CitePDF; kept out of `swift test` of the main package.
// Build: swift build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library --scratch-path .build-fuzz
import PackageDescription

let package = Package(
    name: "citegraph-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "citegraph", path: "../..")],
    targets: [
        // Bytes → DocumentReader.parse(data:path:) → CitationExtractor().extract.
        .executableTarget(
            name: "fuzz-text",
            dependencies: [.product(name: "CiteCore", package: "citegraph")]
        ),
        // Bytes as a PDF → PDFReader.text(path:data:) (poppler, page limits) → DocumentReader.parse.
        .executableTarget(
            name: "fuzz-pdf",
            dependencies: [.product(name: "CitePDF", package: "citegraph"), .product(name: "CiteCore", package: "citegraph")]
        ),
        // Footnote text → UNTSParser.matches(in:previous:) and InstrumentMatcher.matches(in:).
        .executableTarget(
            name: "fuzz-footnote",
            dependencies: [.product(name: "CiteCore", package: "citegraph")]
        ),
    ]
)
