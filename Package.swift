// swift-tools-version:6.0
import PackageDescription

// Layers as ../DESIGN.md lays them out: each module imports only those below it.
//   CGraphviz ─┐
//   SummitryGraph ─▶ SummitryCentrality
//         │   └────▶ SummitryModel ─▶ SummitryExtraction
//         │                 └──────▶ SummitryFormats
//         └─────────────────────────▶ SummitryGraphviz (the only importer of CGraphviz)
//   Summitry (pipeline) imports all of the above; SummitryCLI (`summitry`) imports Summitry.
let package = Package(
    name: "Summitry",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Summitry", targets: ["Summitry"]),
        .library(name: "SummitryGraph", targets: ["SummitryGraph"]),
        .library(name: "SummitryCentrality", targets: ["SummitryCentrality"]),
        .library(name: "SummitryModel", targets: ["SummitryModel"]),
        .library(name: "SummitryExtraction", targets: ["SummitryExtraction"]),
        .library(name: "SummitryFormats", targets: ["SummitryFormats"]),
        .library(name: "SummitryGraphviz", targets: ["SummitryGraphviz"]),
        .executable(name: "summitry", targets: ["SummitryCLI"]),
        .executable(name: "summitry-extraction-benchmark", targets: ["ExtractionBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "SummitryGraph"),
        .target(name: "SummitryCentrality", dependencies: ["SummitryGraph"]),
        .target(name: "SummitryModel", dependencies: ["SummitryGraph"]),
        .target(
            name: "SummitryExtraction",
            dependencies: ["SummitryModel"],
            resources: [.copy("Resources/Lexicons")]
        ),
        .target(name: "SummitryFormats", dependencies: ["SummitryModel", "SummitryGraph"]),
        .target(name: "SummitryGraphviz", dependencies: ["SummitryModel", "SummitryGraph", "CGraphviz"]),
        .target(
            name: "Summitry",
            dependencies: [
                "SummitryGraph", "SummitryCentrality", "SummitryModel",
                "SummitryExtraction", "SummitryFormats", "SummitryGraphviz",
            ]
        ),
        .executableTarget(
            name: "SummitryCLI",
            dependencies: [
                "Summitry",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "SummitryBench", dependencies: ["SummitryGraph", "SummitryCentrality", "SummitryFormats"],
            path: "Benchmarks/SummitryBench"
        ),
        .executableTarget(
            name: "ExtractionBenchmark", dependencies: ["SummitryExtraction", "SummitryModel"],
            path: "Benchmarks/ExtractionBenchmark"
        ),
        .testTarget(name: "SummitryGraphTests", dependencies: ["SummitryGraph"]),
        .testTarget(
            name: "SummitryCentralityTests",
            dependencies: ["SummitryCentrality", "SummitryGraph"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SummitryModelTests", dependencies: ["SummitryModel", "SummitryCentrality"]),
        .testTarget(
            name: "SummitryExtractionTests",
            dependencies: ["SummitryExtraction", "SummitryModel", "SummitryCentrality"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "SummitryFormatsTests", dependencies: ["SummitryFormats"]),
        .testTarget(name: "SummitryGraphvizTests", dependencies: ["SummitryGraphviz", "SummitryCentrality"]),
        .testTarget(name: "SummitryTests", dependencies: ["Summitry"]),
        .testTarget(name: "SummitryCLITests", dependencies: ["SummitryCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
