// swift-tools-version:6.0
// A stand-alone timing driver for SummitryCentrality (not part of the Summitry package or its tests).
//   cd scripts/centrality-bench && swift build -c release
//   .build/release/centrality-bench /tmp/graphs/ba-10k.txt betweenness [directed|undirected] [threads]
// Graphs: python3 <bench>/gen_graphs.py /tmp/graphs --only ba-10k (edge lists "u v [w]", 0-based ids).
import PackageDescription

let package = Package(
    name: "centrality-bench",
    dependencies: [.package(name: "Summitry", path: "../..")],
    targets: [
        .executableTarget(
            name: "centrality-bench",
            dependencies: [
                .product(name: "SummitryCentrality", package: "Summitry"),
                .product(name: "SummitryGraph", package: "Summitry"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
