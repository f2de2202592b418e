// SummitryBench: times Summitry's centralities on the benchmark graphs of gen_graphs.py, one job per
// process, printing one JSON line in the shape of peers.py's `one` command, so scripts/bench.sh can
// put both side by side.
//
//   SummitryBench --measure betweenness --graph ba-10k --graphs DIR [--runs 3] [--scores DIR]
//   SummitryBench --list            (the measure/graph jobs this benchmark knows)
//
// Build in release mode: swift build -c release --product SummitryBench
import Foundation
import SummitryCentrality
import SummitryFormats
import SummitryGraph

/// Measures and the graphs they run on: peers.py's PLAN plus the two-mode measures on bip-20k.
let plan: [(measure: String, graphs: [String])] = [
    ("betweenness", ["ba-10k", "ba-50k"]), ("betweenness_w", ["ba-10k-w"]), ("closeness", ["ba-10k"]),
    ("harmonic", ["ba-10k"]), ("pagerank", ["er-1m"]), ("eigenvector", ["ba-50k"]), ("degree", ["er-1m"]),
    ("two-mode-degree", ["bip-20k"]), ("two-mode-closeness", ["bip-20k"]), ("two-mode-betweenness", ["bip-20k"]),
    ("two-mode-eigenvector", ["bip-20k"]), ("two-mode-pagerank", ["bip-20k"]),
]

struct Arguments {
    var measure = ""
    var graph = ""
    var graphs = ""
    var runs = 3
    var scores: String?
    var budget = 1500.0

    init(_ argv: [String]) {
        var i = 1
        func value() -> String {
            i += 1
            guard i < argv.count else { fail("missing value after \(argv[i - 1])") }
            return argv[i]
        }
        while i < argv.count {
            switch argv[i] {
            case "--measure": measure = value()
            case "--graph": graph = value()
            case "--graphs": graphs = value()
            case "--runs": runs = Int(value()) ?? 3
            case "--scores": scores = value()
            case "--budget-s": budget = Double(value()) ?? 1500
            case "--list":
                for (measure, graphs) in plan { for g in graphs { print(measure, g) } }
                exit(0)
            default: fail("unknown argument \(argv[i])")
            }
            i += 1
        }
        if measure.isEmpty || graph.isEmpty || graphs.isEmpty { fail("need --measure, --graph and --graphs") }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("SummitryBench: \(message)\n".utf8))
    exit(2)
}

func rssNowKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? -1
    }
    return -1
}

func peakKiB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}

func processCPU() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

func loadAverage() -> Double {
    var values = [Double](repeating: 0, count: 3)
    return getloadavg(&values, 3) > 0 ? values[0] : -1
}

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

func rounded(_ x: Double, _ digits: Int) -> Double {
    let scale = pow(10, Double(digits))
    return (x * scale).rounded() / scale
}

/// Writes `values` as a NumPy `.npy` file (version 1.0, little-endian float64), the format
/// peers.py's `agree` command reads.
func writeNPY(_ values: [Double], to path: String) throws {
    var header = "{'descr': '<f8', 'fortran_order': False, 'shape': (\(values.count),), }"
    let unpadded = 10 + header.utf8.count + 1
    header += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
    var data = Data([0x93] + Array("NUMPY".utf8) + [1, 0])
    let length = UInt16(header.utf8.count)
    data.append(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8)])
    data.append(contentsOf: Array(header.utf8))
    values.withUnsafeBytes { data.append(contentsOf: $0) }
    try data.write(to: URL(fileURLWithPath: path))
}

let args = Arguments(CommandLine.arguments)
guard let manifestData = FileManager.default.contents(atPath: "\(args.graphs)/manifest.json"),
      let manifest = try JSONSerialization.jsonObject(with: manifestData) as? [String: [String: Any]],
      let meta = manifest[args.graph]
else { fail("no graph \(args.graph) in \(args.graphs)/manifest.json (run gen_graphs.py)") }
let n = meta["n"] as! Int
let directed = meta["directed"] as! Bool
let weighted = meta["weighted"] as! Bool
let path = "\(args.graphs)/\(meta["file"] as! String)"

let rssBase = rssNowKiB()
let loadStart = now()
var graph = try EdgeList.read(contentsOf: path, options: EdgeListOptions(directed: directed, weighted: weighted))
if graph.nodeCount < n {  // ids that never occur in an edge, added as peers.py adds them
    var builder = graph.builder()
    for id in 0 ..< n { builder.addNode(String(id)) }
    graph = builder.build()
}
let loadSeconds = now() - loadStart
let rssLoaded = rssNowKiB()
let peakAfterLoad = peakKiB()

/// `position[id]`: the node whose key is the decimal `id`, so scores can be saved by id as peers.py does.
let nodeOfID: [Int] = {
    var table = [Int](repeating: -1, count: n)
    for v in 0 ..< graph.nodeCount { table[Int(graph.keys[v])!] = v }
    return table
}()
let top = (0 ..< ((meta["n_actors"] as? Int) ?? 0)).map { NodeID(nodeOfID[$0]) }

let threads = ProcessInfo.processInfo.activeProcessorCount
let (api, run): (String, () throws -> [Double]) = {
    switch args.measure {
    case "betweenness":
        return ("betweennessCentrality(g, BetweennessOptions(normalized: true))",
                { try betweennessCentrality(graph, BetweennessOptions(normalized: true)) })
    case "betweenness_w":
        return ("betweennessCentrality(g, BetweennessOptions(normalized: true, weighted: true))",
                { try betweennessCentrality(graph, BetweennessOptions(normalized: true, weighted: true)) })
    case "closeness":
        return ("closenessCentrality(g)  # wf_improved", { try closenessCentrality(graph) })
    case "harmonic":
        return ("harmonicCentrality(g)", { try harmonicCentrality(graph) })
    case "pagerank":
        let tol = 1e-6 / Double(graph.nodeCount)
        return ("pageRank(g, alpha: 0.85, maxIter: 1000, tol: 1e-6/n)  # L1 < 1e-6",
                { try pageRank(graph, PageRankOptions(alpha: 0.85, maxIter: 1000, tol: tol)) })
    case "eigenvector":
        // NetworkX's default tol (L1 < n·1e-6) leaves errors near 1e-4 on ba-50k; ARPACK (igraph) and
        // NetworKit (1e-9) are far tighter, so compare at a tolerance that agrees with them.
        return ("eigenvectorCentrality(g, maxIter: 1000, tol: 1e-12)  # L1 < n*1e-12",
                { try eigenvectorCentrality(graph, EigenvectorOptions(maxIter: 1000, tol: 1e-12)) })
    case "degree":
        let scale = Double(graph.nodeCount - 1)
        return ("degreeCentrality(g) * (n-1)  # in+out degree",
                { try degreeCentrality(graph).map { ($0 * scale).rounded() } })
    case "two-mode-degree":
        return ("twoModeDegreeCentrality(g, top: actors)", { try twoModeDegreeCentrality(graph, top: top) })
    case "two-mode-closeness":
        return ("twoModeClosenessCentrality(g, top: actors)", { try twoModeClosenessCentrality(graph, top: top) })
    case "two-mode-betweenness":
        return ("twoModeBetweennessCentrality(g, top: actors)", { try twoModeBetweennessCentrality(graph, top: top) })
    case "two-mode-eigenvector":
        return ("twoModeEigenvectorCentrality(g, top: actors)  # tol 1e-10", {
            try twoModeEigenvectorCentrality(graph, top: top)
        })
    case "two-mode-pagerank":
        return ("twoModePageRank(g, top: actors)  # BiRank, tol 1e-10", { try twoModePageRank(graph, top: top) })
    default:
        fail("unknown measure \(args.measure)")
    }
}()

var times: [Double] = []
var cpuTimes: [Double] = []
var result: [Double] = []
let loadAtStart = loadAverage()
let jobStart = now()
for r in 0 ..< args.runs {
    let c = processCPU()
    let t = now()
    result = try run()
    let dt = now() - t
    times.append(dt)
    cpuTimes.append(processCPU() - c)
    FileHandle.standardError.write(Data(String(
        format: "# summitry %@ %@ run %d: %.3fs wall, %.3fs cpu, load %.2f\n",
        args.measure, args.graph, r + 1, dt, cpuTimes.last!, loadAverage()).utf8))
    if r + 1 < args.runs && now() - jobStart + dt > args.budget { break }
}
let peakTotal = peakKiB()

if let dir = args.scores {
    var byID = [Double](repeating: 0, count: n)
    for id in 0 ..< n { byID[id] = result[nodeOfID[id]] }
    if args.measure == "eigenvector" {  // peers.py's convert(): unit length, positive sum
        let norm = byID.reduce(0) { $0 + $1 * $1 }.squareRoot()
        byID = byID.map { $0 / norm }
    }
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    try writeNPY(byID, to: "\(dir)/\(args.measure)__\(args.graph)__summitry.npy")
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

let record: [String: Any] = [
    "lib": "summitry", "variant": NSNull(), "version": "dev", "measure": args.measure, "graph": args.graph,
    "n": n, "m": meta["m"] as! Int, "threads": threads, "api": api,
    "load_api": "EdgeList.read(contentsOf:options:)", "load_s": rounded(loadSeconds, 4),
    "runs_s": times.map { rounded($0, 6) }, "median_s": rounded(median(times), 6), "n_runs": times.count,
    "cpu_s": cpuTimes.map { rounded($0, 6) }, "median_cpu_s": rounded(median(cpuTimes), 6),
    "loadavg_1m": [rounded(loadAtStart, 2), rounded(loadAverage(), 2)],
    "rss_base_mib": rounded(Double(rssBase) / 1024, 1), "rss_loaded_mib": rounded(Double(rssLoaded) / 1024, 1),
    "peak_after_load_mib": rounded(Double(peakAfterLoad) / 1024, 1),
    "peak_rss_mib": rounded(Double(peakTotal) / 1024, 1),
]
let json = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
print(String(decoding: json, as: UTF8.self))
