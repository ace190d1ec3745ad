// swift-tools-version:6.0
// Render benchmarks for CiteRender; not part of `swift test`. See README.md.
import PackageDescription

let package = Package(
    name: "render-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "citegraph", path: "../..")],
    targets: [
        .executableTarget(
            name: "render-bench",
            dependencies: [.product(name: "CiteRender", package: "citegraph")],
            path: "Sources/render-bench"
        ),
    ]
)
