#!/usr/bin/python3
"""Times scikit-learn (and xgboost) fits the way ../shared/bench/anchors.py does, best of N.

usage: models_anchor.py NUM_CSV [REPEATS]  -> one JSON line per model, like bench_models:
(BENCH_JOBS=1 times everything on one thread, for busy machines: OpenMP's waiting threads
collapse when another process holds the second core.)
  {"task": "train:rf100", "tool": "sklearn", "seconds": best, "auc": .., "acc": ..}
Same models and settings as anchors.py (75/25 split, random_state=0, n_jobs=2).
"""
import json, os, sys, time
jobs = int(os.environ.get("BENCH_JOBS", "2"))
os.environ["OMP_NUM_THREADS"] = str(jobs)
import numpy as np, pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, accuracy_score
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, HistGradientBoostingClassifier
from sklearn.tree import DecisionTreeClassifier
from sklearn.naive_bayes import GaussianNB

path = sys.argv[1]
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
df = pd.read_csv(path)
X = df.drop(columns="y").to_numpy(np.float64); y = df["y"].to_numpy()
Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.25, random_state=0)

def models():
    yield "logreg", "sklearn", lambda: LogisticRegression(max_iter=1000)
    yield "cart_d12", "sklearn", lambda: DecisionTreeClassifier(max_depth=12, random_state=0)
    yield "rf100", "sklearn", lambda: RandomForestClassifier(n_estimators=100, n_jobs=jobs, random_state=0)
    yield "hgb100", "sklearn", lambda: HistGradientBoostingClassifier(max_iter=100, random_state=0)
    yield "gnb", "sklearn", lambda: GaussianNB()
    try:
        import xgboost as xgb
        yield "hgb100", "xgboost-hist", lambda: xgb.XGBClassifier(n_estimators=100, tree_method="hist", max_depth=6, n_jobs=jobs)
    except ImportError:
        pass

from sklearn.neighbors import KNeighborsClassifier
knn = KNeighborsClassifier(n_neighbors=15, n_jobs=jobs).fit(Xtr[:50000], ytr[:50000])
best = float("inf")
for _ in range(repeats):
    t = time.perf_counter(); knn.predict(Xte[:10000]); best = min(best, time.perf_counter() - t)
print(json.dumps({"task": "predict:knn15_50k_10k", "tool": "sklearn", "seconds": round(best, 3)}), flush=True)

for task, tool, make in models():
    best, model = float("inf"), None
    for _ in range(repeats):
        m = make()
        t = time.perf_counter(); m.fit(Xtr, ytr); best = min(best, time.perf_counter() - t); model = m
    proba = model.predict_proba(Xte)[:, 1]
    print(json.dumps({"task": "train:" + task, "tool": tool, "seconds": round(best, 3),
                      "auc": round(roc_auc_score(yte, proba), 4),
                      "acc": round(accuracy_score(yte, model.predict(Xte)), 4)}), flush=True)
