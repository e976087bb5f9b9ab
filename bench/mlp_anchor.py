#!/usr/bin/python3
"""Time scikit-learn's MLP on num_200000.csv and, optionally, the workbench's side in the same
run, and print the ratio.

Anchor: make_pipeline(StandardScaler(), MLPClassifier(hidden_layer_sizes=(100,), max_iter=20,
random_state=0)) fitted on a 75/25 train_test_split(random_state=0) (the split of
/work/shared/bench/anchors.py); fit time best of R, ROC AUC on the held-out 25%.
bench_mlp holds out 25% with the workbench's own seeded split and reports the same numbers.

usage: mlp_anchor.py [CSV] [--repeats R] [--max-iter N] [--workbench PATH/bench_mlp]
  CSV defaults to /tmp/mlwb-b200/num_200000.csv; make it with
      /usr/bin/python3 /work/shared/bench/gen_data.py /tmp/mlwb-b200 200000
Prints one JSON line per measurement. Benchmarks are not tests: never fail CI on a timing.
"""
import argparse, json, os, subprocess, sys, time, warnings
os.environ.setdefault("OMP_NUM_THREADS", "2")
import numpy as np, pandas as pd
from sklearn.exceptions import ConvergenceWarning
from sklearn.metrics import roc_auc_score, accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", nargs="?", default="/tmp/mlwb-b200/num_200000.csv")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--max-iter", type=int, default=20)
    ap.add_argument("--workbench", help="path to bench_mlp, run after sklearn in the same run")
    a = ap.parse_args()
    if not os.path.exists(a.csv):
        sys.exit(f"{a.csv} missing: run /usr/bin/python3 /work/shared/bench/gen_data.py "
                 f"{os.path.dirname(a.csv)} 200000")

    df = pd.read_csv(a.csv)
    X = df.drop(columns="y").to_numpy(np.float64); y = df["y"].to_numpy()
    Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.25, random_state=0)
    best, model = float("inf"), None
    for _ in range(a.repeats):
        model = make_pipeline(StandardScaler(), MLPClassifier(hidden_layer_sizes=(100,), max_iter=a.max_iter,
                                                               random_state=0))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)  # expected at max_iter=20
            t = time.perf_counter(); model.fit(Xtr, ytr); best = min(best, time.perf_counter() - t)
    auc = roc_auc_score(yte, model.predict_proba(Xte)[:, 1])
    print(json.dumps({"task": "train:mlp100", "tool": "sklearn", "rows": len(Xtr), "max_iter": a.max_iter,
                      "epochs": int(model[-1].n_iter_), "seconds": round(best, 3), "auc": round(auc, 4),
                      "acc": round(accuracy_score(yte, model.predict(Xte)), 4)}), flush=True)

    if a.workbench:
        out = subprocess.run([a.workbench, a.csv, str(a.repeats), str(a.max_iter)], check=True,
                             capture_output=True, text=True).stdout
        for line in out.splitlines():
            if line.startswith("{"):
                print(line, flush=True)
                r = json.loads(line)
                print(json.dumps({"task": "train:mlp100", "ratio": "sklearn / mlwb",
                                  "value": round(best / r["seconds"], 2)}), flush=True)


if __name__ == "__main__":
    main()
