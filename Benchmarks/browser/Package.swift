// swift-tools-version:6.0
// Builds demo reports for the headless-browser check (check.sh); not part of `swift test`.
import PackageDescription

let package = Package(
    name: "report-browser-check",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "citegraph", path: "../..")],
    targets: [
        .executableTarget(
            name: "report-demo",
            dependencies: [
                .product(name: "CiteCore", package: "citegraph"),
                .product(name: "CiteReport", package: "citegraph"),
            ],
            path: "Sources/report-demo"
        ),
    ]
)
