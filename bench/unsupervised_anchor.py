#!/usr/bin/python3
"""Time scikit-learn's KMeans and PCA anchors and, optionally, the workbench's fits in the
same run, and print the ratios and the quality of both sides.

The anchors are the ones in /work/shared/bench/anchors.py, on every row of num_200000.csv
without its target y:
    KMeans(n_clusters=8, n_init=1, random_state=0).fit(X)
    PCA(n_components=10).fit(X)
Both sides take the best of REPEATS fits. The workbench's k-means++ follows numpy's
RandomState, so with the same seed both start from the same centres (up to rounding).

usage: unsupervised_anchor.py [CSV] [--repeats R] [--workbench PATH/bench_unsupervised]
  CSV defaults to /tmp/mlwb-b200/num_200000.csv (made by /work/shared/bench/gen_data.py).
Prints one JSON line per measurement. Benchmarks are not tests: never fail CI on a timing.
"""
import argparse, json, os, subprocess, sys, time
os.environ.setdefault("OMP_NUM_THREADS", "2")
import numpy as np, pandas as pd
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA


def emit(**kw):
    print(json.dumps(kw), flush=True)


def best_of(repeats, f):
    best, result = float("inf"), None
    for _ in range(repeats):
        t = time.perf_counter(); result = f(); best = min(best, time.perf_counter() - t)
    return best, result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", nargs="?", default="/tmp/mlwb-b200/num_200000.csv")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--workbench", help="path to bench_unsupervised, run after sklearn in the same run")
    a = ap.parse_args()
    if not os.path.exists(a.csv):
        sys.exit(f"{a.csv} missing: run /usr/bin/python3 /work/shared/bench/gen_data.py DIR 200000")

    X = pd.read_csv(a.csv).drop(columns="y").to_numpy(np.float64)
    s, km = best_of(a.repeats, lambda: KMeans(n_clusters=8, n_init=1, random_state=0).fit(X))
    emit(task="fit:kmeans8", tool="sklearn", rows=len(X), seconds=round(s, 4), inertia=km.inertia_, n_iter=int(km.n_iter_))
    results = {"kmeans": (s, km.inertia_)}
    s, pca = best_of(a.repeats, lambda: PCA(n_components=10).fit(X))
    ratio = pca.explained_variance_ratio_.tolist()
    emit(task="fit:pca10", tool="sklearn", solver=pca._fit_svd_solver, seconds=round(s, 4), explained_variance_ratio=ratio)
    full = PCA(n_components=10, svd_solver="full").fit(X).explained_variance_ratio_
    emit(task="fit:pca10", note="randomized vs full solver", max_ratio_difference=float(np.abs(full - ratio).max()))
    results["pca"] = (s, ratio)

    if a.workbench:
        out = subprocess.run([a.workbench, a.csv, str(a.repeats)], check=True, capture_output=True, text=True).stdout
        for line in out.splitlines():
            if not line.startswith("{"):
                continue
            print(line, flush=True)
            r = json.loads(line)
            if r["task"] == "fit:kmeans8":
                sk_s, sk_inertia = results["kmeans"]
                emit(task="fit:kmeans8", ratio="sklearn / mlwb", value=round(sk_s / r["seconds"], 2),
                     inertia_relative_difference=(r["inertia"] - sk_inertia) / sk_inertia)
            elif r["task"] == "fit:pca10":
                sk_s, sk_ratio = results["pca"]
                emit(task="fit:pca10", ratio="sklearn / mlwb", value=round(sk_s / r["seconds"], 2),
                     max_ratio_difference=float(np.abs(np.array(r["explained_variance_ratio"]) - sk_ratio).max()))


if __name__ == "__main__":
    main()
