#!/usr/bin/env python3
"""Cross-check SummitryCentrality against NetworkX on a larger graph than the test fixtures.

Usage: python3 scripts/centrality_crosscheck.py EDGELIST [--weighted]
Needs scripts/centrality-bench built (cd scripts/centrality-bench && swift build -c release).
EDGELIST holds "u v [w]" lines with 0-based integer ids covering 0..n-1 (e.g. the first 2,000 nodes
of a Barabási–Albert graph). Runs each measure through centrality-bench (DUMP=file) with NetworkX's
defaults and prints the largest relative difference from NetworkX (default options on both sides).
"""
import os
import subprocess
import sys
import tempfile

import networkx as nx
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.join(HERE, "centrality-bench", ".build", "release", "centrality-bench")


def ours(path, measure):
    with tempfile.NamedTemporaryFile(suffix=".txt") as out:
        subprocess.run([BENCH, path, measure, "undirected"], check=True, capture_output=True,
                       env={**os.environ, "DUMP": out.name})
        return np.array([float(x) for x in open(out.name).read().split()])


def main():
    path, weighted = sys.argv[1], "--weighted" in sys.argv
    G = nx.Graph()
    for line in open(path):
        p = line.split()
        G.add_edge(int(p[0]), int(p[1]), **({"weight": float(p[2])} if weighted else {}))
    n = max(G) + 1
    W = "weight" if weighted else None
    reference = {
        "betweenness": nx.betweenness_centrality(G, weight=W),
        "closeness": nx.closeness_centrality(G, distance=W),
        "harmonic": nx.harmonic_centrality(G, distance=W),
        "pagerank": nx.pagerank(G),
        "eigenvector": nx.eigenvector_centrality(G, weight=W),
        "hits": nx.hits(G)[1],
        "core": nx.core_number(G),
    }
    if not weighted:
        reference["katz"] = nx.katz_centrality(G, alpha=0.01)
    for measure, values in reference.items():
        expected = np.array([values[i] for i in range(n)])
        got = ours(path, measure)
        print(f"{measure}: max relative difference {np.max(np.abs(got - expected) / np.maximum(1, np.abs(expected))):.2e}")
    eb = nx.edge_betweenness_centrality(G, weight=W)
    edges = [tuple(map(int, line.split()[:2])) for line in open(path)]
    expected = np.array([eb[(u, v)] if (u, v) in eb else eb[(v, u)] for u, v in edges])
    print(f"edge-betweenness: max difference {np.max(np.abs(ours(path, 'edge-betweenness') - expected)):.2e}")


if __name__ == "__main__":
    main()
