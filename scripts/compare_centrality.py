#!/usr/bin/env python3
"""Compares `summitry centrality --format csv` with NetworkX on random graphs.

Usage: scripts/compare_centrality.py [path/to/summitry] [--seeds N]

For each seed it writes a random graph as an edge list (G(n, m), Barabási–Albert, with and without
weights, undirected and directed), runs summitry on it and NetworkX on the same file
(read_edgelist), and prints the largest absolute difference per measure. Exits non-zero when a
difference exceeds 1e-6 (eigenvector and PageRank are iterative: NetworkX stops at its tolerance).
"""
import csv
import io
import random
import subprocess
import sys
import tempfile

import networkx as nx

binary = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else ".build/debug/summitry"
seeds = int(sys.argv[sys.argv.index("--seeds") + 1]) if "--seeds" in sys.argv else 10
measures = ["degree", "closeness", "betweenness", "harmonic", "eigenvector", "pagerank"]


def reference(G, m, w):
    if m == "degree": return nx.degree_centrality(G)
    if m == "closeness": return nx.closeness_centrality(G, distance=w)
    if m == "betweenness": return nx.betweenness_centrality(G, weight=w)
    if m == "harmonic": return nx.harmonic_centrality(G, distance=w)
    if m == "eigenvector": return nx.eigenvector_centrality(G, weight=w)
    if m == "pagerank": return nx.pagerank(G, weight=w)


worst = {}
failures = 0
for seed in range(seeds):
    rng = random.Random(seed)
    kind = seed % 4
    n = rng.randint(5, 80)
    G = nx.gnm_random_graph(n, rng.randint(n, 3 * n), seed=seed) if kind < 2 else nx.barabasi_albert_graph(n, 2, seed=seed)
    weighted = kind % 2 == 1
    directed = seed % 3 == 2
    if directed:
        G = nx.DiGraph([(u, v) if rng.random() < 0.5 else (v, u) for u, v in G.edges()])
    with tempfile.NamedTemporaryFile("w", suffix=".edgelist", delete=False) as f:
        for u, v in G.edges():
            f.write(f"{u} {v} {rng.uniform(0.5, 4):.6f}\n" if weighted else f"{u} {v}\n")
        path = f.name
    H = nx.read_edgelist(path, create_using=nx.DiGraph if directed else nx.Graph, nodetype=str,
                         data=[("weight", float)] if weighted else False)
    w = "weight" if weighted else None
    for m in measures:
        try:
            ref = reference(H, m, w)
        except nx.PowerIterationFailedConvergence:
            continue
        args = [binary, "centrality", path, "--format", "csv", "--measure", m] + (["--weighted"] if weighted else []) + (["--directed"] if directed else [])
        run = subprocess.run(args, capture_output=True, text=True)
        if run.returncode != 0:
            print(f"seed {seed} {m}: summitry failed: {run.stderr.strip()}")
            failures += 1
            continue
        rows = list(csv.DictReader(io.StringIO(run.stdout)))
        diff = max(abs(float(r[m]) - ref[r["id"]]) for r in rows) if rows else 0.0
        if len(rows) != H.number_of_nodes():
            print(f"seed {seed} {m}: {len(rows)} rows for {H.number_of_nodes()} nodes")
            failures += 1
        key = (m, weighted, directed)
        worst[key] = max(worst.get(key, 0.0), diff)
        if diff > 1e-6:
            print(f"seed {seed} {m} weighted={weighted} directed={directed}: max diff {diff:g}")
            failures += 1

for (m, weighted, directed), d in sorted(worst.items()):
    print(f"{m:12s} weighted={weighted!s:5s} directed={directed!s:5s} max |diff| = {d:.3g}")
sys.exit(1 if failures else 0)
