#!/usr/bin/env python3
"""Checks that a Summitry node-link JSON file loads in NetworkX unchanged.

Usage: scripts/check_nodelink.py FILE.json [FILE.json ...]
       swift run summitry extract seeds/*.txt | scripts/check_nodelink.py -

Loads each file with networkx.node_link_graph(data, edges="edges") and compares every node and
edge attribute of the graph with the JSON, and the graph attributes; checks the contract of
DESIGN.md (kinds, ISO codes, relation names, evidence fields). Prints one line per file and
exits non-zero on the first difference. Needs networkx >= 3.4 (the `edges=` keyword).
"""
import json
import re
import sys

import networkx as nx

KINDS = {"actor", "country", "organization", "meeting"}
EVIDENCE_FIELDS = {"document", "sentence", "start", "end", "text"}


def fail(name, message):
    print(f"{name}: {message}", file=sys.stderr)
    sys.exit(1)


def check(name, data):
    G = nx.node_link_graph(data, edges="edges")
    if G.is_directed() != data.get("directed", False) or G.is_multigraph() != data.get("multigraph", False):
        fail(name, "directed/multigraph flags not kept")
    if dict(G.graph) != data.get("graph", {}):
        fail(name, f"graph attributes differ: {G.graph!r}")
    if G.number_of_nodes() != len(data["nodes"]):
        fail(name, f"{G.number_of_nodes()} nodes in NetworkX, {len(data['nodes'])} in the JSON")
    for node in data["nodes"]:
        attrs = {k: v for k, v in node.items() if k != "id"}
        if G.nodes[node["id"]] != attrs:
            fail(name, f"node {node['id']}: {G.nodes[node['id']]!r} != {attrs!r}")
        kind = node.get("kind")
        if kind is not None and kind not in KINDS:
            fail(name, f"node {node['id']}: unknown kind {kind!r}")
        for field in ("country", "iso"):
            if field in node and not re.fullmatch(r"[A-Z]{2}", node[field]):
                fail(name, f"node {node['id']}: {field} {node[field]!r} is not an ISO 3166-1 alpha-2 code")
    if G.number_of_edges() != len(data["edges"]):
        fail(name, f"{G.number_of_edges()} edges in NetworkX, {len(data['edges'])} in the JSON")
    for edge in data["edges"]:
        u, v, k = edge["source"], edge["target"], edge["key"]
        attrs = {a: b for a, b in edge.items() if a not in ("source", "target", "key")}
        if G.edges[u, v, k] != attrs:
            fail(name, f"edge {u} -> {v} [{k}]: {G.edges[u, v, k]!r} != {attrs!r}")
        if "relation" not in edge:
            fail(name, f"edge {u} -> {v}: no relation")
        for e in edge.get("evidence", []):
            if set(e) != EVIDENCE_FIELDS:
                fail(name, f"edge {u} -> {v}: evidence fields {sorted(e)}")
    # A round trip through NetworkX gives the same JSON back.
    back = nx.node_link_data(G, edges="edges")
    if sorted(json.dumps(n, sort_keys=True) for n in back["nodes"]) != sorted(json.dumps(n, sort_keys=True) for n in data["nodes"]):
        fail(name, "node-link round trip through NetworkX changes the nodes")
    kinds = {}
    for _, d in G.nodes(data=True):
        kinds[d.get("kind", "untyped")] = kinds.get(d.get("kind", "untyped"), 0) + 1
    print(f"{name}: ok ({G.number_of_nodes()} nodes {kinds}, {G.number_of_edges()} edges)")


def main(paths):
    if not paths:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    for path in paths:
        if path == "-":
            check("<stdin>", json.load(sys.stdin))
        else:
            with open(path, encoding="utf-8") as f:
                check(path, json.load(f))


if __name__ == "__main__":
    main(sys.argv[1:])
