// Loads an edge list, runs one measure, prints wall and CPU seconds (see Package.swift).
import Foundation
import SummitryCentrality
import SummitryGraph

// usage: centrality-bench <edgelist> <measure> [directed|undirected] [threads]; DUMP=<file> writes the scores
let args = CommandLine.arguments
let path = args[1], measure = args[2]
let directed = args.count > 3 && args[3] == "directed"
let threads = args.count > 4 ? Int(args[4]) : nil
let t0 = Date()
let text = try String(contentsOfFile: path, encoding: .utf8)
var builder = GraphBuilder(directed: directed)
var weighted = false
text.withCString { p in
    var ptr = UnsafeMutablePointer(mutating: p)
    var nums: [Double] = []
    var maxNode = -1
    var edges: [(Int32, Int32, Double?)] = []
    while ptr.pointee != 0 {
        nums.removeAll(keepingCapacity: true)
        while ptr.pointee != 0 && ptr.pointee != 10 {
            var end: UnsafeMutablePointer<CChar>? = nil
            let v = strtod(ptr, &end)
            if end == ptr { ptr += 1; continue }
            nums.append(v); ptr = end!
        }
        if ptr.pointee == 10 { ptr += 1 }
        if nums.count >= 2 {
            let u = Int32(nums[0]), v = Int32(nums[1])
            maxNode = max(maxNode, Int(u), Int(v))
            edges.append((u, v, nums.count > 2 ? nums[2] : nil))
            if nums.count > 2 { weighted = true }
        }
    }
    builder.reserveCapacity(nodes: maxNode + 1, edges: edges.count)
    for i in 0 ... maxNode { builder.addNode(String(i)) }
    for (u, v, w) in edges { builder.addEdge(from: NodeID(rawValue: u), to: NodeID(rawValue: v), weight: w) }
}
let g = builder.build()
let t1 = Date()
FileHandle.standardError.write("loaded n=\(g.nodeCount) m=\(g.edgeCount) in \(t1.timeIntervalSince(t0))s\n".data(using: .utf8)!)
let hooks = RunHooks(threads: threads)
var result: [Double] = []
func cpu() -> Double { var r = rusage(); getrusage(RUSAGE_SELF.rawValue, &r); return Double(r.ru_utime.tv_sec) + Double(r.ru_utime.tv_usec) / 1e6 + Double(r.ru_stime.tv_sec) + Double(r.ru_stime.tv_usec) / 1e6 }
let cpu0 = cpu()
let start = Date()
switch measure {
case "betweenness": result = try betweennessCentrality(g, BetweennessOptions(weighted: weighted, hooks: hooks))
case "edge-betweenness": result = try edgeBetweennessCentrality(g, EdgeBetweennessOptions(weighted: weighted, hooks: hooks))
case "closeness": result = try closenessCentrality(g, ClosenessOptions(weighted: weighted, hooks: hooks))
case "harmonic": result = try harmonicCentrality(g, HarmonicOptions(weighted: weighted, hooks: hooks))
case "pagerank": result = try pageRank(g)
case "pagerank-tight": result = try pageRank(g, PageRankOptions(maxIter: 1000, tol: 1e-15))
case "eigenvector": result = try eigenvectorCentrality(g, EigenvectorOptions(weighted: weighted))
case "katz": result = try katzCentrality(g, KatzOptions(alpha: 0.01, weighted: weighted))
case "hits": result = try hits(g).authorities
case "core": result = try coreNumber(g)
case "degree": result = try degreeCentrality(g)
default: fatalError("measure?")
}
let elapsed = Date().timeIntervalSince(start)
let cpuUsed = cpu() - cpu0
print(String(format: "%@ %@ threads=%@ wall=%.3fs cpu=%.3fs sum=%.10g first=%.10g", measure, path, threads.map(String.init) ?? "all", elapsed, cpuUsed, result.reduce(0, +), result.first ?? 0))

if let dump = ProcessInfo.processInfo.environment["DUMP"] {
    try result.map { String($0) }.joined(separator: "\n").write(toFile: dump, atomically: true, encoding: .utf8)
}
