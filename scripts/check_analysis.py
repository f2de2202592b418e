#!/usr/bin/env python3
"""Recomputes `summitry analyze`'s centrality.csv for an affiliation table with NetworkX.

Usage: scripts/check_analysis.py TABLE.csv OUT/centrality.csv

Builds the actor × meeting graph from the table (attended and hosted rows; a meeting is its name and
date), projects it onto the actors with networkx.bipartite.weighted_projected_graph, computes the same
measures with NetworkX's defaults and the two-mode measures of networkx.bipartite, and prints the
largest absolute difference. Exits non-zero above 1e-9.
"""
import csv
import re
import sys
import unicodedata

import networkx as nx
from networkx.algorithms import bipartite


def slug(text):
    text = unicodedata.normalize("NFD", text).replace("ß", "ss")
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return "-".join(re.findall(r"[^\W_]+", text))


table, scores = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(table, encoding="utf-8")))
rows = [{k.strip().lower(): (v or "").strip() for k, v in r.items()} for r in rows]
B, actors = nx.Graph(), []
for r in rows:
    a = "actor:" + slug(r["actor"])
    if a not in actors:
        actors.append(a)
        B.add_node(a)
for r in rows:
    if r.get("relation", "attended") in ("", "attended", "hosted"):
        meeting = "meeting:" + slug(" ".join(x for x in (r["meeting"], r.get("date", "")) if x))
        B.add_edge("actor:" + slug(r["actor"]), meeting)
P = bipartite.weighted_projected_graph(B, actors)
reference = {
    "degree": nx.degree_centrality(P), "closeness": nx.closeness_centrality(P),
    "betweenness": nx.betweenness_centrality(P), "eigenvector": nx.eigenvector_centrality(P),
    "pagerank": nx.pagerank(P), "two-mode-degree": bipartite.degree_centrality(B, actors),
    "two-mode-betweenness": bipartite.betweenness_centrality(B, actors),
}
out = list(csv.DictReader(open(scores, encoding="utf-8")))
worst = max(abs(float(r[m]) - reference[m][r["id"]]) for r in out for m in reference if m in r)
print(f"{len(out)} actors, {len(reference)} measures, max |diff| = {worst:.3g}")
sys.exit(0 if worst <= 1e-9 and len(out) == len(actors) else 1)
