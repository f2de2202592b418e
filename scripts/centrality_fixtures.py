#!/usr/bin/env python3
"""Write the NetworkX reference values the SummitryCentrality tests compare against.

Usage: python3 scripts/centrality_fixtures.py [output-dir]
(default: Tests/SummitryCentralityTests/Fixtures). Needs networkx (3.6.1 used), numpy, scipy.

Each fixture is one JSON file:
  {"name", "directed", "multigraph", "nodes": [key, ...], "edges": [[u, v, weight-or-null], ...],
   "cases": [{"measure", "options": {...}, "values": [...]} ...]}
Node keys are str(node) in G's node order; edges are in G.edges(keys=True) order, so Summitry's
EdgeIDs are the positions in "edges". "values" is per node (per edge for edge-betweenness; for hits
{"hubs": [...], "authorities": [...]}). Option names are Summitry's (see CentralityFixtureTests.swift).

Iterative measures are computed with tight tolerances (stated in each case's options) so that a
correct implementation run with the same options agrees to 1e-9.
"""
import json
import math
import os
import random
import sys

import networkx as nx
import numpy as np
from networkx.algorithms.link_analysis.hits_alg import _hits_python

MASK = (1 << 64) - 1


class SplitMixSample(random.Random):
    """A random.Random whose sample() replays SeededGenerator + sampleIndices from SummitryCentrality,
    so NetworkX's k-sampled estimators see exactly the sources Summitry draws."""

    def __init__(self, seed, nodes):
        super().__init__(0)
        self.state = seed & MASK
        self.order = list(nodes)

    def _next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def sample(self, population, k, **_):
        assert list(population) == self.order
        n = len(population)
        pool = list(range(n))
        for i in range(k):
            j = i + self._next() % (n - i)
            pool[i], pool[j] = pool[j], pool[i]
        return [population[i] for i in pool[:k]]


def simple_summed(G, weight):
    """The simple graph whose edge weights sum the parallel edges (what spectral measures see);
    with weight None every edge counts 1."""
    H = nx.DiGraph() if G.is_directed() else nx.Graph()
    H.add_nodes_from(G)
    for u, v, w in G.edges(data=weight, default=1) if weight else ((u, v, 1) for u, v in G.edges()):
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


def inverted(G):
    """A copy whose weights are 1/w (for the WeightKind conversion cases)."""
    H = G.copy()
    for e in H.edges(keys=True) if H.is_multigraph() else H.edges():
        d = H.edges[e]
        d["weight"] = 1.0 / d.get("weight", 1)
    return H


def is_weighted(G):
    return any("weight" in d for _, _, d in G.edges(data=True))


def spectral_radius(G, weight):
    A = nx.to_numpy_array(G, weight=weight) if G.number_of_edges() else np.zeros((1, 1))
    return max(abs(np.linalg.eigvals(A))) if A.size else 0.0


def per_node(G, d):
    return [float(d[v]) for v in G]


def per_edge(G, d):
    out = []
    if G.is_multigraph():
        for u, v, k in G.edges(keys=True):
            out.append(float(d[(u, v, k)] if (u, v, k) in d else d[(v, u, k)]))
    else:
        for u, v in G.edges():
            out.append(float(d[(u, v)] if (u, v) in d else d[(v, u)]))
    return out


def cases_for(G):
    cases = []
    weighted = is_weighted(G)
    directed = G.is_directed()
    n = len(G)
    weights = [None, "weight"] if weighted else [None]

    def add(measure, options, values):
        cases.append({"measure": measure, "options": options, "values": values})

    # degree
    add("degree", {}, per_node(G, nx.degree_centrality(G)))
    if directed:
        add("in-degree", {}, per_node(G, nx.in_degree_centrality(G)))
        add("out-degree", {}, per_node(G, nx.out_degree_centrality(G)))
    if weighted and n > 1:
        s = 1 / (n - 1)
        add("degree", {"weighted": True}, [G.degree(v, weight="weight") * s for v in G])
        if directed:
            add("in-degree", {"weighted": True}, [G.in_degree(v, weight="weight") * s for v in G])
            add("out-degree", {"weighted": True}, [G.out_degree(v, weight="weight") * s for v in G])

    # path measures
    for w in weights:
        opts = {"weighted": w is not None}
        for wf in (True, False):
            add("closeness", {**opts, "wf_improved": wf},
                per_node(G, nx.closeness_centrality(G, distance=w, wf_improved=wf)))
        add("harmonic", opts, per_node(G, nx.harmonic_centrality(G, distance=w)))
        for norm in (True, False):
            for ep in (False, True):
                add("betweenness", {**opts, "normalized": norm, "endpoints": ep},
                    per_node(G, nx.betweenness_centrality(G, normalized=norm, endpoints=ep, weight=w)))
            add("edge-betweenness", {**opts, "normalized": norm},
                per_edge(G, nx.edge_betweenness_centrality(G, normalized=norm, weight=w)))
    if n >= 3:
        for k, seed in ((1, 3), (max(2, n // 3), 11), (n, 5)):
            for ep in (False, True):
                for norm in (True, False):
                    rng = SplitMixSample(seed, G)
                    vals = per_node(G, nx.betweenness_centrality(G, k=k, normalized=norm, endpoints=ep, seed=rng))
                    vals = [None if math.isnan(x) else x for x in vals]
                    add("betweenness", {"k": k, "seed": seed, "normalized": norm, "endpoints": ep}, vals)
            rng = SplitMixSample(seed, G)
            add("edge-betweenness", {"k": k, "seed": seed},
                per_edge(G, nx.edge_betweenness_centrality(G, k=k, seed=rng)))
    if weighted:
        # WeightKind: weights declared as strengths are read as 1/w by path measures, and vice versa.
        Ginv = inverted(G)
        add("betweenness", {"weighted": True, "weight_kind": "strength"},
            per_node(G, nx.betweenness_centrality(Ginv, weight="weight")))
        add("closeness", {"weighted": True, "weight_kind": "strength"},
            per_node(G, nx.closeness_centrality(Ginv, distance="weight")))
        add("harmonic", {"weighted": True, "weight_kind": "strength"},
            per_node(G, nx.harmonic_centrality(Ginv, distance="weight")))
        add("edge-betweenness", {"weighted": True, "weight_kind": "strength"},
            per_edge(G, nx.edge_betweenness_centrality(Ginv, weight="weight")))
        add("pagerank", {"weighted": True, "weight_kind": "distance", "tol": 1e-13, "max_iter": 10000},
            per_node(G, nx.pagerank(Ginv, weight="weight", tol=1e-13, max_iter=10000)))
        add("degree", {"weighted": True, "weight_kind": "distance"},
            [Ginv.degree(v, weight="weight") / (n - 1) for v in G] if n > 1 else [1.0])

    # spectral measures (multigraphs: NetworkX refuses eigenvector/Katz; use the summed simple graph)
    for w in weights:
        S = simple_summed(G, w) if G.is_multigraph() else G
        sw = "weight" if G.is_multigraph() else w
        opts = {"weighted": w is not None}
        start = {v: 1 + (i % 2) for i, v in enumerate(G)}
        try:
            x = nx.eigenvector_centrality(S, max_iter=100000, tol=1e-13, weight=sw)
            add("eigenvector", {**opts, "max_iter": 100000, "tol": 1e-13}, per_node(G, x))
            x = nx.eigenvector_centrality(S, max_iter=100000, tol=1e-13, weight=sw, nstart=start)
            add("eigenvector", {**opts, "max_iter": 100000, "tol": 1e-13, "nstart": [start[v] for v in G]},
                per_node(G, x))
        except nx.PowerIterationFailedConvergence:
            pass
        x = nx.pagerank(G, weight=w, tol=1e-13, max_iter=10000, nstart=start)
        add("pagerank", {**opts, "tol": 1e-13, "max_iter": 10000, "nstart": [start[v] for v in G]}, per_node(G, x))
        lam = spectral_radius(S, sw)
        alpha = 0.1 if 0.1 * lam < 0.9 else round(0.5 / lam, 6)
        for norm in (True, False):
            x = nx.katz_centrality(S, alpha=alpha, max_iter=100000, tol=1e-14, normalized=norm, weight=sw)
            add("katz", {**opts, "alpha": alpha, "max_iter": 100000, "tol": 1e-14, "normalized": norm},
                per_node(G, x))
        beta = {v: 1 + (i % 3) for i, v in enumerate(G)}
        x = nx.katz_centrality(S, alpha=alpha, beta=beta, max_iter=100000, tol=1e-14, weight=sw)
        add("katz", {**opts, "alpha": alpha, "beta_per_node": [beta[v] for v in G], "max_iter": 100000,
                     "tol": 1e-14}, per_node(G, x))
        for alpha_pr in (0.85, 0.5):
            x = nx.pagerank(G, alpha=alpha_pr, weight=w, tol=1e-13, max_iter=10000)
            add("pagerank", {**opts, "alpha": alpha_pr, "tol": 1e-13, "max_iter": 10000}, per_node(G, x))
        pers = {v: (i % 4) for i, v in enumerate(G)}
        if sum(pers.values()) > 0:
            dang = {v: ((i + 1) % 3) for i, v in enumerate(G)}
            x = nx.pagerank(G, personalization=pers, weight=w, tol=1e-13, max_iter=10000)
            add("pagerank", {**opts, "personalization": [pers[v] for v in G], "tol": 1e-13, "max_iter": 10000},
                per_node(G, x))
            if sum(dang.values()) > 0:
                x = nx.pagerank(G, personalization=pers, dangling=dang, weight=w, tol=1e-13, max_iter=10000)
                add("pagerank", {**opts, "personalization": [pers[v] for v in G], "dangling": [dang[v] for v in G],
                                 "tol": 1e-13, "max_iter": 10000}, per_node(G, x))

    # HITS: NetworkX's hits (ARPACK) when the top singular value is simple, else its power iteration.
    if G.number_of_edges() > 0:
        A = nx.to_numpy_array(G, weight="weight")
        sv = np.linalg.svd(A, compute_uv=False)
        if len(sv) < 2 or sv[0] - sv[1] > 1e-3 * sv[0]:
            h, a = nx.hits(G, max_iter=100000, tol=1e-15)
            add("hits", {"max_iter": 100000, "tol": 1e-13}, {"hubs": per_node(G, h), "authorities": per_node(G, a)})
            h, a = nx.hits(G, max_iter=100000, tol=1e-15, normalized=False)
            sign = 1 if sum(a.values()) >= 0 else -1  # ARPACK's sign is arbitrary; Summitry's is positive
            add("hits", {"max_iter": 100000, "tol": 1e-13, "normalized": False},
                {"hubs": [sign * h[v] for v in G], "authorities": [sign * a[v] for v in G]})
        elif not G.is_multigraph():
            h, a = _hits_python(G, max_iter=100000, tol=1e-13)
            add("hits", {"max_iter": 100000, "tol": 1e-13}, {"hubs": per_node(G, h), "authorities": per_node(G, a)})

    # core number (NetworkX refuses self-loops and multigraphs; Summitry collapses parallel edges)
    if nx.number_of_selfloops(G) == 0:
        C = (nx.DiGraph(G) if directed else nx.Graph(G)) if G.is_multigraph() else G
        add("core", {}, per_node(G, nx.core_number(C)))
    return cases


def bipartite_checks(G):
    """On a periodic (bipartite) graph the power iterations must agree with the numpy eigen-solvers."""
    cases = []
    x = nx.eigenvector_centrality_numpy(G)
    cases.append({"measure": "eigenvector", "options": {"max_iter": 100000, "tol": 1e-14, "reference": "numpy"},
                  "values": per_node(G, x)})
    lam = spectral_radius(G, None)
    alpha = round(0.9 / lam, 6)
    x = nx.katz_centrality_numpy(G, alpha=alpha)
    cases.append({"measure": "katz", "options": {"alpha": alpha, "max_iter": 100000, "tol": 1e-14,
                                                 "reference": "numpy"}, "values": per_node(G, x)})
    return cases


def dump(G, name, outdir, extra=()):
    weighted = is_weighted(G)
    if G.is_multigraph():
        edges = [[str(u), str(v), d.get("weight") if weighted else None] for u, v, k, d in G.edges(keys=True, data=True)]
    else:
        edges = [[str(u), str(v), d.get("weight") if weighted else None] for u, v, d in G.edges(data=True)]
    data = {"name": name, "directed": G.is_directed(), "multigraph": G.is_multigraph(),
            "nodes": [str(v) for v in G], "edges": edges, "cases": cases_for(G) + list(extra)}
    with open(os.path.join(outdir, f"{name}.json"), "w") as f:
        json.dump(data, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print(f"{name}: {len(G)} nodes, {G.number_of_edges()} edges, {len(data['cases'])} cases")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "Tests", "SummitryCentralityTests", "Fixtures")
    os.makedirs(outdir, exist_ok=True)

    dump(nx.krackhardt_kite_graph(), "kite", outdir)
    dump(nx.florentine_families_graph(), "florentine", outdir)
    dump(nx.karate_club_graph(), "karate", outdir)  # carries integer interaction weights
    dump(nx.davis_southern_women_graph(), "davis", outdir)  # the bipartite graph read as one-mode
    women = nx.bipartite.weighted_projected_graph(nx.davis_southern_women_graph(),
                                                  nx.davis_southern_women_graph().graph["top"])
    dump(women, "davis_women", outdir)

    D = nx.gnp_random_graph(24, 0.12, seed=7, directed=True)
    D.add_edge(24, 0)  # a source node; gnp leaves some sinks (dangling nodes)
    dump(D, "directed", outdir)

    rng = random.Random(42)
    W = nx.gnm_random_graph(20, 45, seed=42)
    for u, v in W.edges():
        W[u][v]["weight"] = rng.randint(1, 4)  # small integers: many equal-length paths, exact sums
    dump(W, "weighted", outdir)
    WD = nx.gnm_random_graph(18, 50, seed=5, directed=True)
    for u, v in WD.edges():
        WD[u][v]["weight"] = rng.choice([0.5, 1.0, 1.5, 2.0, 3.0])
    dump(WD, "weighted_directed", outdir)

    X = nx.Graph()
    X.add_nodes_from(["iso1"])
    nx.add_path(X, ["a", "b", "c", "d"])
    nx.add_cycle(X, ["p", "q", "r"])
    X.add_edge("r", "s")
    X.add_nodes_from(["iso2"])
    dump(X, "disconnected", outdir)

    M = nx.MultiGraph()
    M.add_nodes_from("abcdef")
    for u, v, w in [("a", "b", 1), ("a", "b", 3), ("b", "c", 2), ("a", "c", 4), ("c", "c", 1), ("c", "d", 1),
                    ("c", "d", 1), ("d", "e", 2), ("b", "e", 5), ("e", "e", 2), ("e", "f", 1)]:
        M.add_edge(u, v, weight=w)
    dump(M, "multigraph", outdir)
    MU = nx.MultiGraph(nx.Graph(M))
    MU.add_edges_from([("a", "b"), ("d", "e"), ("d", "e"), ("f", "f")])
    for _, _, d in MU.edges(data=True):
        d.pop("weight", None)
    dump(MU, "multigraph_unweighted", outdir)
    MD = nx.MultiDiGraph()
    for u, v, w in [(0, 1, 1), (0, 1, 2), (1, 2, 1), (2, 0, 1), (2, 2, 1), (2, 3, 2), (3, 1, 1), (3, 4, 1),
                    (4, 3, 1), (1, 4, 3)]:
        MD.add_edge(u, v, weight=w)
    dump(MD, "multidigraph", outdir)
    L = nx.Graph([(0, 1), (1, 2), (2, 0), (2, 3)])
    L.add_edge(1, 1)
    dump(L, "selfloop", outdir)

    one = nx.Graph()
    one.add_node("solo")
    dump(one, "one_node", outdir)
    dump(nx.Graph([("x", "y")]), "two_nodes", outdir)
    dump(nx.DiGraph([("x", "y")]), "two_nodes_directed", outdir)

    B = nx.complete_bipartite_graph(3, 5)
    B.add_edges_from([(8, 0), (9, 8), (9, 3)])  # longer paths, still bipartite (8, 9 on opposite sides)
    assert nx.is_bipartite(B)
    dump(B, "bipartite", outdir, extra=bipartite_checks(B))
    C = nx.cycle_graph(8)  # periodic: the plain power iteration on A would oscillate
    dump(C, "cycle8", outdir, extra=bipartite_checks(C))


if __name__ == "__main__":
    main()
