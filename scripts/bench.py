#!/usr/bin/env python3
"""Summitry against its peers (igraph, NetworKit, rustworkx, SciPy, NetworkX), side by side in one run.

    python3 scripts/bench.py [SHARED_BENCH_DIR] [--work DIR] [--libs igraph networkit ...]
                             [--only SUBSTR ...] [--runs 3] [--skip-build]

SHARED_BENCH_DIR holds gen_graphs.py and peers.py (default ../shared/bench, relative to the
repository). For every job of peers.py's PLAN, each peer library runs through `peers.py one`
(its conventions: PageRank alpha 0.85 stopping at L1 < 1e-6 for every library, scores converted
to NetworkX's) and then Summitry's release-built `SummitryBench` runs the same job, one process
per job, so load time, algorithm time and peak RSS are measured the same way and close together
in time. Summitry's two-mode measures run on bip-20k as well (their only peer is NetworkX's
bipartite degree; the spectral ones are checked against SciPy here).

Then: our scores are compared with the peers' (reference as peers.py's `agree` picks it), and a
markdown table of median times and ratios (ours / fastest peer) is printed and written to
WORK/report.md. Results accumulate in WORK/results.jsonl; jobs already there are skipped, so an
interrupted run resumes. Graphs are generated into WORK/graphs (outside the repository).
"""
import argparse
import json
import os
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TWO_MODE = ["two-mode-degree", "two-mode-closeness", "two-mode-betweenness", "two-mode-eigenvector",
            "two-mode-pagerank"]
# how close our scores must be to the reference peer's (max abs difference, NetworkX convention)
AGREE = {"pagerank": 1e-6, "eigenvector": 1e-6, "two-mode-eigenvector": 1e-6, "two-mode-pagerank": 1e-8}
GOALS = {("betweenness", "ba-10k"): 0.3, ("betweenness", "ba-50k"): 0.3, ("closeness", "ba-10k"): 0.3,
         ("harmonic", "ba-10k"): 0.3, ("betweenness_w", "ba-10k-w"): 0.5, ("pagerank", "er-1m"): 0.5,
         ("eigenvector", "ba-50k"): 1.0}


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def run_json(cmd, timeout):
    t = time.time()
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return dict(failed=True, reason=f"timeout after {timeout}s")
    if p.returncode != 0:
        return dict(failed=True, rc=p.returncode, wall_s=round(time.time() - t, 1), stderr_tail=p.stderr[-1500:])
    return json.loads(p.stdout.strip().splitlines()[-1])


def key(r):
    return (r["lib"], r["measure"], r["graph"], r.get("variant"))


def two_mode_reference(measure, gdir, scores):
    """SciPy/NetworkX references for the two-mode measures, timed like a peer job."""
    import networkx as nx
    import scipy.sparse as sp
    import scipy.sparse.linalg as sla
    meta = json.load(open(os.path.join(gdir, "manifest.json")))["bip-20k"]
    n, na = meta["n"], meta["n_actors"]
    a = np.loadtxt(os.path.join(gdir, meta["file"]), dtype=np.int64).reshape(-1, 2)
    t0 = time.perf_counter()
    if measure in ("two-mode-closeness", "two-mode-betweenness"):
        pass
    elif measure == "two-mode-degree":
        G = nx.Graph()
        G.add_nodes_from(range(n))
        G.add_edges_from(map(tuple, a))
        t0 = time.perf_counter()
        d = nx.bipartite.degree_centrality(G, range(na))
        x = np.array([d[i] for i in range(n)])
        lib, api = "networkx", "nx.bipartite.degree_centrality(G, actors)"
    else:
        B = sp.csr_matrix((np.ones(len(a)), (a[:, 0], a[:, 1] - na)), shape=(na, n - na))
        B.sum_duplicates()
        B.data[:] = 1.0
        if measure == "two-mode-eigenvector":
            u, s, vt = sla.svds(B, k=1, tol=1e-14)
            x = np.concatenate([np.abs(u[:, 0]), np.abs(vt[0])])
            lib, api = "scipy", "scipy.sparse.linalg.svds(B, k=1)  # leading singular vectors"
        elif measure == "two-mode-pagerank":
            du, dp = np.asarray(B.sum(axis=1)).ravel(), np.asarray(B.sum(axis=0)).ravel()
            iu = np.where(du > 0, 1 / np.sqrt(np.maximum(du, 1e-300)), 0)
            ip = np.where(dp > 0, 1 / np.sqrt(np.maximum(dp, 1e-300)), 0)
            S = sp.diags(iu) @ B @ sp.diags(ip)
            u0, p0 = np.full(na, 1 / na), np.full(n - na, 1 / (n - na))
            A = sla.LinearOperator((na, na), matvec=lambda v: v - 0.85 * 0.85 * (S @ (S.T @ v)))
            u, info = sla.cg(A, 0.85 * 0.15 * (S @ p0) + 0.15 * u0, rtol=1e-14, atol=0, maxiter=10000)
            assert info == 0, info
            p = 0.85 * (S.T @ u) + 0.15 * p0
            x = np.concatenate([u, p])
            lib, api = "scipy", "cg on (I - ab S S^T) u = ...  # BiRank's linear system"
        else:
            return None
    if measure in ("two-mode-closeness", "two-mode-betweenness"):
        # igraph's one-mode values rescaled as networkx.algorithms.bipartite.centrality does
        import igraph as ig
        G = ig.Graph(n=n, edges=a, directed=False)
        G.simplify()
        top = np.arange(n) < na
        nt, nb = na, n - na
        t0 = time.perf_counter()
        if measure == "two-mode-betweenness":
            def bet_max(own, other):
                s_, t_ = divmod(own - 1, other)
                return (other ** 2 * (s_ + 1) ** 2 + other * (s_ + 1) * (2 * t_ - s_ - 1) - t_ * (2 * s_ - t_ + 3)) / 2
            x = np.array(G.betweenness()) / np.where(top, bet_max(nt, nb), bet_max(nb, nt))
            api = "igraph G.betweenness() / Borgatti-Everett maxima"
        else:
            inv = np.nan_to_num(np.array(G.closeness(normalized=False), dtype=float))  # 1 / sum of distances
            size = np.array(G.connected_components().sizes())[G.connected_components().membership]
            best = np.where(top, nb + 2 * (nt - 1), nt + 2 * (nb - 1))
            x = best * inv * (size - 1) / (n - 1)
            api = "igraph G.closeness(normalized=False) rescaled as nx.bipartite"
        lib = "igraph"
    dt = time.perf_counter() - t0
    os.makedirs(scores, exist_ok=True)
    np.save(os.path.join(scores, f"{measure}__bip-20k__{lib}.npy"), x)
    return dict(lib=lib, variant=None, measure=measure, graph="bip-20k", n=n, m=meta["m"], api=api,
                median_s=round(dt, 6), n_runs=1, load_s=None, threads=1, reference_only=lib == "scipy")


def agreement(scores, measure, graph):
    """(reference tag, max abs diff) of our scores against the preferred peer's."""
    ours = os.path.join(scores, f"{measure}__{graph}__summitry.npy")
    if not os.path.exists(ours):
        return None
    a = np.load(ours)
    pref = {"pagerank": ["igraph-prpack", "networkx"], "eigenvector": ["networkx-numpy", "igraph", "networkit"]}
    tags = [f[len(f"{measure}__{graph}__"):-4] for f in os.listdir(scores)
            if f.startswith(f"{measure}__{graph}__") and f.endswith(".npy") and not f.endswith("__summitry.npy")]
    order = pref.get(measure, ["networkx"]) + ["scipy", "igraph", "networkit", "rustworkx"] + sorted(tags)
    ref = next((t for t in order if t in tags), None)
    if ref is None:
        return None
    b = np.load(os.path.join(scores, f"{measure}__{graph}__{ref}.npy"))
    if measure.startswith("eigenvector"):
        a, b = a / np.linalg.norm(a), b / np.linalg.norm(b)
    return ref, float(np.abs(a - b).max()), float(np.abs(b).max())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("shared", nargs="?", default="../shared/bench",
                    help="directory of gen_graphs.py and peers.py (default ../shared/bench)")
    ap.add_argument("--work", default="/tmp/summitry-bench")
    ap.add_argument("--libs", nargs="*", default=None, help="peer libraries (default: all of peers.py's)")
    ap.add_argument("--only", nargs="*", help="run only jobs whose 'measure graph' contains one of these")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--budget-s", type=float, default=1500.0,
                    help="per job: start no further run once elapsed + last run would exceed this (peers.py's rule)")
    ap.add_argument("--timeout-s", type=float, default=3600)
    ap.add_argument("--skip-build", action="store_true")
    ap.add_argument("--peers-only", action="store_true",
                    help="run only the peer jobs (e.g. slow NetworkX ones ahead of the side-by-side run)")
    ap.add_argument("--reference", help=argparse.SUPPRESS)  # internal: one two-mode reference job
    args = ap.parse_args()
    if args.reference:
        r = two_mode_reference(args.reference, os.path.join(args.work, "graphs"), os.path.join(args.work, "scores"))
        print(json.dumps(r or dict(failed=True, reason="no reference for " + args.reference)))
        return

    shared = os.path.abspath(args.shared)
    sys.path.insert(0, shared)
    import peers  # noqa: E402  (the shared peers.py: PLAN, VARIANTS, NOT_AVAILABLE)
    libs = args.libs if args.libs is not None else peers.LIBS
    gdir = os.path.join(args.work, "graphs")
    scores = os.path.join(args.work, "scores")
    results = os.path.join(args.work, "results.jsonl")
    os.makedirs(args.work, exist_ok=True)
    if not os.path.exists(os.path.join(gdir, "manifest.json")):
        subprocess.run([sys.executable, os.path.join(shared, "gen_graphs.py"), gdir], check=True)
    if not args.skip_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "SummitryBench"], cwd=ROOT, check=True)
    bench = os.path.join(ROOT, ".build", "release", "SummitryBench")

    done = {}
    if os.path.exists(results):
        for line in open(results):
            if line.strip():
                r = json.loads(line)
                done[key(r)] = r

    def record(r):
        with open(results, "a") as f:
            f.write(json.dumps(r) + "\n")
        done[key(r)] = r

    jobs = [(m, g) for m, gs in peers.PLAN.items() for g in gs] + [(m, "bip-20k") for m in TWO_MODE]
    jobs.sort(key=lambda j: j == ("betweenness", "ba-50k"))  # the longest job last
    for measure, graph in jobs:
        if args.only and not any(s in f"{measure} {graph}" for s in args.only):
            continue
        log(f"== {measure} {graph}  (load {os.getloadavg()[0]:.2f})")
        if measure in TWO_MODE and not args.peers_only:
            if not any(k[1:3] == (measure, graph) and k[0] != "summitry" for k in done):
                # in a child process, so this one stays small: peak RSS carries over fork and exec
                r = run_json([sys.executable, os.path.abspath(__file__), "--reference", measure, "--work", args.work,
                              "--skip-build"], args.timeout_s)
                if not r.get("failed"):
                    record(dict(r, lib=r.get("lib", "reference"), variant=None, measure=measure, graph=graph))
        elif measure not in TWO_MODE:
            for lib in libs:
                if (lib, measure) in peers.NOT_AVAILABLE:
                    continue
                for variant in peers.VARIANTS.get((lib, measure), []):
                    if (lib, measure, graph, variant) in done:
                        continue
                    if lib == "networkx" and measure == "betweenness" and graph == "ba-50k":
                        ref = done.get(("networkx", "betweenness", "ba-10k", None))
                        if not ref or ref.get("failed") or ref["median_s"] * 25 > 600:  # peers.py's rule: n*m ratio
                            record(dict(lib=lib, variant=None, measure=measure, graph=graph, skipped=True,
                                        reason="estimated > 600 s from ba-10k (peers.py's rule)"))
                            continue
                    cmd = [sys.executable, os.path.join(shared, "peers.py"), "one", "--lib", lib, "--measure",
                           measure, "--graph", graph, "--graphs", gdir, "--runs", str(args.runs), "--scores", scores,
                           "--budget-s", str(args.budget_s)]
                    if variant:
                        cmd += ["--variant", variant]
                    log(f"   {lib} {variant or ''}")
                    r = run_json(cmd, args.timeout_s)
                    r.update(lib=lib, variant=variant, measure=measure, graph=graph)
                    record(r)
        if ("summitry", measure, graph, None) not in done and not args.peers_only:
            log("   summitry")
            r = run_json([bench, "--measure", measure, "--graph", graph, "--graphs", gdir, "--runs", str(args.runs),
                          "--scores", scores, "--budget-s", str(args.budget_s)], args.timeout_s)
            r.update(lib="summitry", variant=None, measure=measure, graph=graph)
            record(r)

    report = make_report(done, scores, jobs, args.only)
    print(report)
    with open(os.path.join(args.work, "report.md"), "w") as f:
        f.write(report + "\n")


def make_report(done, scores, jobs, only):
    lines = ["| measure | graph | Summitry s | fastest peer s (lib) | ratio | goal | other peers s | "
             "load s (ours / igraph) | peak RSS MiB (ours / igraph) | agreement: max abs diff (ref) |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for measure, graph in jobs:
        if only and not any(s in f"{measure} {graph}" for s in only):
            continue
        rows = [r for (lib, m, g, v), r in done.items() if m == measure and g == graph]
        ours = next((r for r in rows if r["lib"] == "summitry"), None)
        peers_ok = [r for r in rows if r["lib"] != "summitry" and not r.get("failed") and not r.get("skipped")
                    and not r.get("reference_only") and "median_s" in r]
        if ours is None:
            continue
        if ours.get("failed"):
            lines.append(f"| {measure} | {graph} | FAILED | | | | | | | {ours.get('stderr_tail', '')[-200:]!r} |")
            continue
        name = lambda r: r["lib"] + (f"-{r['variant']}" if r.get("variant") else "")
        fastest = min(peers_ok, key=lambda r: r["median_s"], default=None)
        ratio = ours["median_s"] / fastest["median_s"] if fastest and fastest["median_s"] > 0 else None
        goal = GOALS.get((measure, graph))
        goal_s = "" if goal is None else f"≤ {goal} {'met' if ratio is not None and ratio <= goal else 'MISSED'}"
        others = ", ".join(f"{name(r)} {r['median_s']:.3g}" for r in sorted(peers_ok, key=lambda r: r["median_s"])
                           if r is not fastest)
        skipped = [f"{name(r)} skipped" for r in rows if r.get("skipped")] + \
                  [f"{name(r)} failed" for r in rows if r.get("failed")]
        if skipped:
            others = ", ".join(filter(None, [others] + skipped))
        ig = next((r for r in peers_ok if r["lib"] == "igraph" and r.get("load_s") is not None), None)
        load = f"{ours['load_s']:.3g} / {ig['load_s']:.3g}" if ig else f"{ours['load_s']:.3g} / –"
        rss = f"{ours['peak_rss_mib']:.0f} / {ig['peak_rss_mib']:.0f}" if ig else f"{ours['peak_rss_mib']:.0f} / –"
        ag = agreement(scores, measure, graph)
        if ag:
            ref, diff, refmax = ag
            bound = AGREE.get(measure, 1e-9 * max(1.0, refmax))
            ag_s = f"{diff:.1e} ({ref}) {'ok' if diff <= bound else 'DISAGREE'}"
        else:
            ag_s = "no reference"
        fast_s = f"{fastest['median_s']:.3g} ({name(fastest)})" if fastest else "–"
        ratio_s = f"{ratio:.2f}" if ratio is not None else "–"
        lines.append(f"| {measure} | {graph} | {ours['median_s']:.3g} | {fast_s} | {ratio_s} | {goal_s} | {others} | "
                     f"{load} | {rss} | {ag_s} |")
    loads = [r.get("loadavg_1m", [None])[0] for r in done.values() if r.get("loadavg_1m")]
    if loads:
        lines.append("")
        lines.append(f"1-minute load average during the jobs: {min(loads):.2f} – {max(loads):.2f} "
                     f"(machine: {os.cpu_count()} cores)")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
