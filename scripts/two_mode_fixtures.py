#!/usr/bin/env python3
"""Writes the two-mode fixtures of Tests/SummitryCentralityTests/Fixtures/two_mode_*.json.

For each graph: NetworkX's bipartite degree, closeness (normalized and not) and betweenness
(networkx.algorithms.bipartite.centrality); the two-mode eigenvector from numpy's SVD of the
biadjacency matrix (Bonacich 1991); BiRank (He et al. 2017) from a dense linear solve; and every
NetworkX bipartite projection onto each side. The SVD and the solve are independent of the
power iterations the Swift code runs.

Usage: python3 scripts/two_mode_fixtures.py [OUTDIR]   (networkx 3.x, numpy)
"""
import json
import os
import sys

import networkx as nx
import numpy as np
from networkx.algorithms import bipartite

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(__file__), "..", "Tests", "SummitryCentralityTests", "Fixtures")


def davis():
    G = nx.davis_southern_women_graph()
    top = [n for n in G if G.nodes[n]["bipartite"] == 0]
    return "davis", G, top


def meetings():
    """A hand-made actor x meeting graph; weights = sessions attended."""
    edges = [("a1", "m1", 3), ("a1", "m2", 1), ("a2", "m1", 2), ("a2", "m3", 1), ("a3", "m1", 1),
             ("a3", "m2", 2), ("a3", "m4", 1), ("a4", "m4", 4), ("a5", "m4", 1), ("a5", "m5", 2),
             ("a6", "m5", 1), ("a7", "m3", 5), ("a2", "m2", 1)]
    G = nx.Graph()
    G.add_nodes_from(["a%d" % i for i in range(1, 8)] + ["m%d" % i for i in range(1, 6)])
    for u, v, w in edges:
        G.add_edge(u, v, weight=float(w))
    return "meetings", G, ["a%d" % i for i in range(1, 8)]


def disconnected():
    """Two components of different spectral radius, an isolated actor and an isolated event."""
    G = nx.Graph()
    G.add_nodes_from(["p1", "p2", "p3", "q1", "q2", "z", "e1", "e2", "f1", "y"])
    G.add_edges_from([("p1", "e1"), ("p2", "e1"), ("p3", "e1"), ("p1", "e2"), ("p2", "e2"),
                      ("q1", "f1"), ("q2", "f1")])
    return "disconnected", G, ["p1", "p2", "p3", "q1", "q2", "z"]


def directed():
    """Directed actor -> meeting -> actor graph (for the measures NetworkX defines on digraphs)."""
    G = nx.DiGraph()
    G.add_nodes_from(["a", "b", "c", "d", "M", "N", "O"])
    G.add_edges_from([("a", "M"), ("M", "b"), ("b", "N"), ("N", "a"), ("N", "c"), ("c", "M"),
                      ("d", "O"), ("O", "a"), ("M", "d")])
    return "directed", G, ["a", "b", "c", "d"]


def biadjacency(G, top, weighted):
    bottom = [n for n in G if n not in set(top)]
    B = bipartite.biadjacency_matrix(G, top, bottom, weight="weight" if weighted else None).toarray()
    return B, bottom


def eigenvector(G, top, weighted):
    """Leading singular vectors of B, unit length per side, non-negative."""
    B, bottom = biadjacency(G, top, weighted)
    U, s, Vt = np.linalg.svd(B)
    assert s[0] > s[1] * (1 + 1e-6), "leading singular value must be simple"
    x, y = np.abs(U[:, 0]), np.abs(Vt[0, :])
    out = {n: float(v) for n, v in zip(top, x)}
    out.update({n: float(v) for n, v in zip(bottom, y)})
    if nx.is_connected(G):  # cross-check: one-mode eigenvector = (x, y)/sqrt(2)
        ev = nx.eigenvector_centrality_numpy(G, weight="weight" if weighted else None)
        for n in G:
            assert abs(ev[n] - out[n] / np.sqrt(2)) < 1e-8, (n, ev[n], out[n])
    return out


def birank(G, top, weighted, alpha=0.85, beta=0.85, prior=None):
    """Solves (I - ab S S^T) u = b(1-a) S p0 + (1-b) u0, then p = a S^T u + (1-a) p0."""
    B, bottom = biadjacency(G, top, weighted)
    du, dp = B.sum(axis=1), B.sum(axis=0)
    iu = np.where(du > 0, 1 / np.sqrt(np.where(du > 0, du, 1)), 0)
    ip = np.where(dp > 0, 1 / np.sqrt(np.where(dp > 0, dp, 1)), 0)
    S = iu[:, None] * B * ip[None, :]
    if prior is None:
        u0 = np.full(len(top), 1 / len(top))
        p0 = np.full(len(bottom), 1 / len(bottom))
    else:
        u0 = np.array([prior[n] for n in top], float)
        p0 = np.array([prior[n] for n in bottom], float)
        u0, p0 = u0 / u0.sum(), p0 / p0.sum()
    u = np.linalg.solve(np.eye(len(top)) - alpha * beta * S @ S.T, beta * (1 - alpha) * S @ p0 + (1 - beta) * u0)
    p = alpha * S.T @ u + (1 - alpha) * p0
    assert np.allclose(u, beta * S @ p + (1 - beta) * u0, atol=1e-13)
    out = {n: float(v) for n, v in zip(top, u)}
    out.update({n: float(v) for n, v in zip(bottom, p)})
    return out


def projections(G, nodes):
    def edges(P, weighted):
        rows = []
        for u, v, d in P.edges(data=True):
            rows.append([u, v, float(d["weight"])] if weighted else [u, v])
        return {"nodes": list(P.nodes), "edges": rows}
    return {
        "none": edges(bipartite.projected_graph(G, nodes), False),
        "count": edges(bipartite.weighted_projected_graph(G, nodes), True),
        "ratio": edges(bipartite.weighted_projected_graph(G, nodes, ratio=True), True),
        "collaboration": edges(bipartite.collaboration_weighted_projected_graph(G, nodes), True),
        "jaccard": edges(bipartite.overlap_weighted_projected_graph(G, nodes), True),
        "overlap": edges(bipartite.overlap_weighted_projected_graph(G, nodes, jaccard=False), True),
    }


def record(name, G, top):
    weighted = any("weight" in d for _, _, d in G.edges(data=True))
    bottom = [n for n in G if n not in set(top)]
    rec = {
        "name": name, "directed": G.is_directed(), "weighted": weighted,
        "nodes": list(G.nodes), "top": top,
        "edges": [[u, v, d["weight"]] if weighted else [u, v] for u, v, d in G.edges(data=True)],
        "degree": bipartite.degree_centrality(G, top),
        "closeness": bipartite.closeness_centrality(G, top),
        "closeness_unnormalized": bipartite.closeness_centrality(G, top, normalized=False),
        "betweenness": bipartite.betweenness_centrality(G, top),
        "projections": {"top": projections(G, top), "bottom": projections(G, bottom)},
    }
    if not G.is_directed():
        rec["eigenvector"] = eigenvector(G, top, weighted)
        rec["birank"] = birank(G, top, weighted)
        rec["birank_a05_b09"] = birank(G, top, weighted, alpha=0.5, beta=0.9)
        prior = {n: float(i % 3 + (1 if n in set(top) else 0)) for i, n in enumerate(G)}
        rec["birank_prior"] = {"prior": prior, "scores": birank(G, top, weighted, prior=prior)}
        if weighted:
            rec["eigenvector_unweighted"] = eigenvector(G, top, False)
            rec["birank_unweighted"] = birank(G, top, False)
    return rec


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, G, top in (davis(), meetings(), disconnected(), directed()):
        path = os.path.join(OUT, f"two_mode_{name}.json")
        with open(path, "w") as f:
            json.dump(record(name, G, top), f, indent=1, sort_keys=True)
            f.write("\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
