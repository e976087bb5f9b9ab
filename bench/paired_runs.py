#!/usr/bin/python3
"""Times one model kind and its scikit-learn (and xgboost) anchors in alternating pairs.

Timings on a shared virtual machine drift by tens of percent within a minute, so a single
run of run_models.sh can land the two sides in different weather. Here each round times
the workbench (bench_models, best of REPEATS) and then each anchor (best of REPEATS) right
after it, and prints the ratio of every pair; report the range, not the best pair.

usage: paired_runs.py BUILD_DIR NUM_CSV [--kind gbt|random_forest|tree] [--rounds N] [--repeats R]
(BENCH_JOBS=1 runs one thread on both sides, as run_models.sh.) Never part of the tests.
"""
import argparse, json, os, subprocess, sys, time

jobs = int(os.environ.get("BENCH_JOBS", "2"))
os.environ["OMP_NUM_THREADS"] = str(jobs)
import numpy as np, pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.tree import DecisionTreeClassifier


def anchors(kind):
    if kind == "gbt":
        yield "HistGradientBoosting", lambda: HistGradientBoostingClassifier(max_iter=100, random_state=0)
        try:
            import xgboost as xgb
            yield "xgboost hist", lambda: xgb.XGBClassifier(n_estimators=100, tree_method="hist", max_depth=6,
                                                            n_jobs=jobs)
        except ImportError:
            pass
    elif kind == "random_forest":
        yield "RandomForest", lambda: RandomForestClassifier(n_estimators=100, n_jobs=jobs, random_state=0)
    elif kind == "tree":
        yield "DecisionTree", lambda: DecisionTreeClassifier(max_depth=12, random_state=0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("csv")
    ap.add_argument("--kind", default="gbt", choices=["gbt", "random_forest", "tree"])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=3)
    a = ap.parse_args()
    spec = "tree:max_depth=12" if a.kind == "tree" else a.kind
    env = dict(os.environ, **({"MLWB_THREADS": "1"} if jobs == 1 else {}))
    df = pd.read_csv(a.csv)
    X = df.drop(columns="y").to_numpy(np.float64); y = df["y"].to_numpy()
    Xtr, _, ytr, _ = train_test_split(X, y, test_size=0.25, random_state=0)
    for r in range(a.rounds):
        out = subprocess.run([os.path.join(a.build, "bench", "bench_models"), a.csv, "y", str(a.repeats), spec],
                             capture_output=True, text=True, env=env, check=True).stdout
        ours = json.loads(out.strip().splitlines()[-1])["seconds"]
        line = f"round {r + 1}: workbench {ours:.3f} s"
        for name, make in anchors(a.kind):
            best = float("inf")
            for _ in range(a.repeats):
                model = make(); t = time.perf_counter(); model.fit(Xtr, ytr); best = min(best, time.perf_counter() - t)
            line += f" | {name} {best:.3f} s ({best / ours:.2f}x)"
        print(line, flush=True)


if __name__ == "__main__":
    sys.exit(main())
