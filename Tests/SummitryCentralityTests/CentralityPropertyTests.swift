import Testing
import SummitryCentrality
import SummitryGraph

/// Seeded random graphs; a failing expectation names the seed.
enum RandomGraphs {
    static func make(seed: UInt64, nodes n: Int, edgeProbability p: Double, directed: Bool,
                     multigraph: Bool = false, weights: [Double]? = nil, selfLoops: Bool = false) -> Graph {
        var rng = SeededGenerator(seed: seed)
        var b = GraphBuilder(directed: directed, multigraph: multigraph)
        for i in 0 ..< n { b.addNode("v\(i)") }
        for u in 0 ..< n {
            for v in (directed ? 0 : u) ..< n where (u != v || selfLoops) {
                let copies = multigraph ? Int.random(in: 1 ... 2, using: &rng) : 1
                for _ in 0 ..< copies where Double.random(in: 0 ..< 1, using: &rng) < p {
                    b.addEdge(from: NodeID(u), to: NodeID(v), weight: weights?.randomElement(using: &rng))
                }
            }
        }
        return b.build()
    }

    /// The same graph with nodes added in the order `permutation` (new position i holds old node permutation[i]).
    static func relabel(_ g: Graph, _ permutation: [Int]) -> Graph {
        var b = GraphBuilder(directed: g.isDirected, multigraph: g.isMultigraph)
        for old in permutation { b.addNode(g.keys[old]) }
        for e in g.edges { b.addEdge(from: g.key(of: e.source), to: g.key(of: e.target), weight: g.isWeighted ? e.weight : nil) }
        return b.build()
    }
}

/// Betweenness by enumerating every shortest path explicitly (on ≤ 9 nodes): Floyd–Warshall
/// distances, then a depth-first walk along tight edges lists each shortest s–t path, and every
/// interior node receives 1/σ(s, t) (unnormalised, undirected halved, as NetworkX), every step u → v
/// of a path 1/σ(s, t) in `pairs[u][v]` (not halved).
func bruteForcePathShares(_ g: Graph, weighted: Bool) -> (nodes: [Double], pairs: [[Double]]) {
    let n = g.nodeCount
    var d = [[Double]](repeating: [Double](repeating: .infinity, count: n), count: n)
    var length = [[Double]](repeating: [Double](repeating: .infinity, count: n), count: n)
    for i in 0 ..< n { d[i][i] = 0 }
    for e in g.edges where e.source != e.target {
        let w = weighted ? e.weight : 1
        let (u, v) = (e.source.index, e.target.index)
        length[u][v] = min(length[u][v], w)
        if !g.isDirected { length[v][u] = min(length[v][u], w) }
    }
    for u in 0 ..< n { for v in 0 ..< n where length[u][v] < d[u][v] { d[u][v] = length[u][v] } }
    for k in 0 ..< n { for i in 0 ..< n { for j in 0 ..< n where d[i][k] + d[k][j] < d[i][j] { d[i][j] = d[i][k] + d[k][j] } } }
    var score = [Double](repeating: 0, count: n)
    var pairScore = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
    for s in 0 ..< n {
        for t in 0 ..< n where t != s && d[s][t].isFinite {
            var paths: [[Int]] = []
            func walk(_ path: [Int]) {
                let u = path.last!
                if u == t { paths.append(path); return }
                for v in 0 ..< n where length[u][v].isFinite && abs(d[s][u] + length[u][v] + d[v][t] - d[s][t]) < 1e-9
                    && abs(d[s][u] + length[u][v] - d[s][v]) < 1e-9 {
                    walk(path + [v])
                }
            }
            walk([s])
            for path in paths {
                for v in path.dropFirst().dropLast() { score[v] += 1 / Double(paths.count) }
                for (u, v) in zip(path, path.dropFirst()) { pairScore[u][v] += 1 / Double(paths.count) }
            }
        }
    }
    if !g.isDirected { for i in 0 ..< n { score[i] /= 2 } }
    return (score, pairScore)
}

/// Node betweenness by explicit path enumeration (see ``bruteForcePathShares(_:weighted:)``).
func bruteForceBetweenness(_ g: Graph, weighted: Bool) -> [Double] {
    bruteForcePathShares(g, weighted: weighted).nodes
}

/// Edge betweenness by explicit path enumeration: each shortest path gives 1/σ to every pair it
/// steps along; a pair's total is shared by its parallel edges of minimum length (NetworkX's
/// `_add_edge_keys`); undirected totals are halved. Unnormalised.
func bruteForceEdgeBetweenness(_ g: Graph, weighted: Bool) -> [Double] {
    let pair = bruteForcePathShares(g, weighted: weighted).pairs
    var result = [Double](repeating: 0, count: g.edgeCount)
    var groups: [[Int]: [Int]] = [:]
    for (i, e) in g.edges.enumerated() where e.source != e.target {
        let (u, v) = (e.source.index, e.target.index)
        groups[g.isDirected ? [u, v] : [min(u, v), max(u, v)], default: []].append(i)
    }
    for (key, edges) in groups {
        let (u, v) = (key[0], key[1])
        var total = pair[u][v] + (g.isDirected ? 0 : pair[v][u])
        if !g.isDirected { total /= 2 }
        let lengths = edges.map { weighted ? g.edge(EdgeID($0)).weight : 1 }
        let shortest = lengths.min()!
        let carriers = zip(edges, lengths).filter { $0.1 == shortest }.map(\.0)
        for e in carriers { result[e] = total / Double(carriers.count) }
    }
    return result
}

@Suite struct CentralityPropertyTests {
    static let seeds: [UInt64] = Array(1 ... 12)

    @Test(arguments: seeds)
    func brandesEqualsBruteForcePathCounting(_ seed: UInt64) throws {
        for directed in [false, true] {
            for weighted in [false, true] {
                let g = RandomGraphs.make(seed: seed &+ (directed ? 100 : 0), nodes: 3 + Int(seed % 7), edgeProbability: 0.35,
                                          directed: directed, multigraph: seed % 3 == 0,
                                          weights: weighted ? [1, 2, 3] : nil, selfLoops: seed % 4 == 0)
                let fast = try betweennessCentrality(g, BetweennessOptions(normalized: false, weighted: weighted))
                let slow = bruteForceBetweenness(g, weighted: weighted)
                let mismatch = firstMismatch(fast, slow)
                #expect(mismatch == nil, "seed \(seed) directed \(directed) weighted \(weighted): \(mismatch ?? "")")
                let fastEdges = try edgeBetweennessCentrality(g, EdgeBetweennessOptions(normalized: false, weighted: weighted))
                let slowEdges = bruteForceEdgeBetweenness(g, weighted: weighted)
                let edgeMismatch = firstMismatch(fastEdges, slowEdges)
                #expect(edgeMismatch == nil, "seed \(seed) directed \(directed) weighted \(weighted) edges: \(edgeMismatch ?? "")")
            }
        }
    }

    @Test(arguments: seeds)
    func relabellingNodesPermutesScores(_ seed: UInt64) throws {
        let g = RandomGraphs.make(seed: seed, nodes: 14, edgeProbability: 0.2, directed: seed % 2 == 0,
                                  multigraph: seed % 3 == 0, weights: [1, 2, 5])
        var rng = SeededGenerator(seed: seed ^ 0xABCD)
        let permutation = Array(0 ..< g.nodeCount).shuffled(using: &rng)
        let h = RandomGraphs.relabel(g, permutation)
        let tight = MeasureOptions(maxIter: 100_000, tol: 1e-13)
        for measure in CentralityMeasure.allCases where measure.scope == .nodes && !measure.isTwoMode {  // random graphs are not two-mode
            if !g.isDirected && (measure == .inDegree || measure == .outDegree) { continue }
            for weighted in [false, true] {
                var options = tight
                options.weighted = weighted
                options.alpha = measure == .katz ? 0.02 : nil
                let a = try measure.compute(on: g, options: options)
                let b = try measure.compute(on: h, options: options)
                for (ca, cb) in zip(a.columns, b.columns) {
                    let permuted = permutation.map { ca.values[$0] }
                    let mismatch = firstMismatch(cb.values, permuted, tolerance: 1e-8)
                    #expect(mismatch == nil, "seed \(seed) \(measure.rawValue)/\(ca.name) weighted \(weighted): \(mismatch ?? "")")
                }
            }
        }
    }

    @Test(arguments: seeds)
    func sampledWithAllSourcesEqualsExact(_ seed: UInt64) throws {
        let g = RandomGraphs.make(seed: seed, nodes: 12, edgeProbability: 0.25, directed: seed % 2 == 1)
        for endpoints in [false, true] {
            for normalized in [false, true] {
                let exact = try betweennessCentrality(g, BetweennessOptions(normalized: normalized, endpoints: endpoints))
                let sampled = try betweennessCentrality(g, BetweennessOptions(normalized: normalized, endpoints: endpoints,
                                                                              k: g.nodeCount, seed: seed))
                #expect(firstMismatch(sampled, exact) == nil, "seed \(seed)")
            }
            let exactEdges = try edgeBetweennessCentrality(g)
            let sampledEdges = try edgeBetweennessCentrality(g, EdgeBetweennessOptions(k: g.nodeCount, seed: seed))
            #expect(firstMismatch(sampledEdges, exactEdges) == nil, "seed \(seed)")
        }
    }

    @Test(arguments: seeds)
    func normalisedScoresAreInRange(_ seed: UInt64) throws {
        let g = RandomGraphs.make(seed: seed, nodes: 20, edgeProbability: 0.15, directed: seed % 2 == 0, weights: [1, 2])
        let unit = 0.0 ... 1.0 + 1e-12
        for (name, values) in [
            ("betweenness", try betweennessCentrality(g)),
            ("betweenness/endpoints", try betweennessCentrality(g, BetweennessOptions(endpoints: true))),
            ("edge-betweenness", try edgeBetweennessCentrality(g)),
            ("closeness", try closenessCentrality(g)),
            ("closeness/no-wf", try closenessCentrality(g, ClosenessOptions(wfImproved: false))),
            ("harmonic/(n-1)", try harmonicCentrality(g).map { $0 / Double(g.nodeCount - 1) }),
            ("pagerank", try pageRank(g)),
            ("eigenvector", try eigenvectorCentrality(g, EigenvectorOptions(maxIter: 10_000))),
            ("katz", try katzCentrality(g, KatzOptions(alpha: 0.05))),
        ] {
            #expect(values.allSatisfy { unit.contains($0) }, "seed \(seed) \(name): \(values.filter { !unit.contains($0) })")
        }
        if !g.isDirected {
            #expect(try degreeCentrality(g).allSatisfy { unit.contains($0) }, "seed \(seed) degree")
        }
        #expect(abs(try pageRank(g).reduce(0, +) - 1) < 1e-12, "seed \(seed) pagerank sum")
        let x = try eigenvectorCentrality(g, EigenvectorOptions(maxIter: 10_000))
        #expect(abs(x.reduce(0) { $0 + $1 * $1 } - 1) < 1e-12, "seed \(seed) eigenvector norm")
        let h = try hits(g, HITSOptions(maxIter: 10_000))
        #expect(abs(h.hubs.reduce(0, +) - 1) < 1e-12 && abs(h.authorities.reduce(0, +) - 1) < 1e-12, "seed \(seed) hits")
    }

    /// The 64-sources-at-once search (unweighted) against one Dijkstra per source (unit weights), on
    /// graphs spanning several 64-node batches, sparse ones falling apart into components.
    @Test(arguments: seeds)
    func bitParallelSearchEqualsOneSearchPerSource(_ seed: UInt64) throws {
        let g = RandomGraphs.make(seed: seed, nodes: 100 + Int(seed) * 13, edgeProbability: seed % 2 == 0 ? 0.04 : 0.012,
                                  directed: seed % 3 == 0, multigraph: seed % 4 == 0, weights: [1])
        for wf in [true, false] {
            let fast = try closenessCentrality(g, ClosenessOptions(wfImproved: wf))
            let slow = try closenessCentrality(g, ClosenessOptions(wfImproved: wf, weighted: true))
            #expect(firstMismatch(fast, slow, tolerance: 1e-12) == nil, "seed \(seed) closeness")
        }
        let fast = try harmonicCentrality(g)
        let slow = try harmonicCentrality(g, HarmonicOptions(weighted: true))
        #expect(firstMismatch(fast, slow, tolerance: 1e-12) == nil, "seed \(seed) harmonic")
    }

    @Test func bitParallelSearchOnALongPath() throws {
        var b = GraphBuilder(directed: false)
        for i in 0 ..< 299 { b.addEdge(from: "p\(i)", to: "p\(i + 1)") }
        let g = b.build()
        let h = try harmonicCentrality(g)
        func harmonicNumber(_ k: Int) -> Double {
            var sum = 0.0
            for j in stride(from: 1, through: k, by: 1) { sum += 1 / Double(j) }
            return sum
        }
        let expected: [Double] = (0 ..< 300).map { i in harmonicNumber(i) + harmonicNumber(299 - i) }
        #expect(firstMismatch(h, expected, tolerance: 1e-12) == nil)
    }

    @Test func threadCountDoesNotChangeResults() throws {
        let g = RandomGraphs.make(seed: 99, nodes: 60, edgeProbability: 0.08, directed: false, weights: [1, 2, 3])
        let one = try betweennessCentrality(g, BetweennessOptions(weighted: true, hooks: RunHooks(threads: 1)))
        let many = try betweennessCentrality(g, BetweennessOptions(weighted: true, hooks: RunHooks(threads: 7)))
        #expect(firstMismatch(many, one, tolerance: 1e-12) == nil)
    }
}
