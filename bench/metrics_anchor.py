"""The anchor of bench_metrics: scikit-learn's metrics of a binary classifier on the same
kind of rows (one million, seeded), timed as a user would compute them after a fit.

usage: /usr/bin/python3 bench/metrics_anchor.py [ROWS] [REPEATS]   -> one JSON line
"""
import json
import sys
import time

import numpy as np
from sklearn import metrics

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
rng = np.random.default_rng(11)
y = rng.integers(0, 2, rows)
score = rng.integers(0, 10000, rows) / 10000.0 * 0.8 + 0.2 * y
proba = np.column_stack([1 - score, score])
pred = (score >= 0.5).astype(int)
best = float("inf")
for _ in range(repeats):
    start = time.perf_counter()
    out = {
        "accuracy": metrics.accuracy_score(y, pred),
        "balanced_accuracy": metrics.balanced_accuracy_score(y, pred),
        "f1_macro": metrics.f1_score(y, pred, average="macro"),
        "f1_weighted": metrics.f1_score(y, pred, average="weighted"),
        "precision": metrics.precision_score(y, pred),
        "recall": metrics.recall_score(y, pred),
        "mcc": metrics.matthews_corrcoef(y, pred),
        "roc_auc": metrics.roc_auc_score(y, score),
        "pr_auc": metrics.average_precision_score(y, score),
        "log_loss": metrics.log_loss(y, proba),
        "brier": metrics.brier_score_loss(y, score),
    }
    best = min(best, time.perf_counter() - start)
print(json.dumps({"task": "metrics:classification_binary", "rows": rows, "seconds": round(best, 4),
                  "roc_auc": round(out["roc_auc"], 6)}))
