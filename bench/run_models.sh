#!/usr/bin/env bash
# Times the workbench's model kinds and their scikit-learn/xgboost anchors in one run on the
# same machine and prints the ratios for docs/PERFORMANCE.md. Never part of the tests.
#   bash bench/run_models.sh [BUILD_DIR] [DATA_DIR] [REPEATS]
# BENCH_JOBS=1 runs both sides on one thread (MLWB_THREADS=1, OMP_NUM_THREADS=1, n_jobs=1).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build}"
data="${2:-/tmp/mlwb-bench}"
repeats="${3:-3}"
csv="$data/num_200000.csv"
[ -f "$csv" ] || /usr/bin/python3 "$here/../shared/bench/gen_data.py" "$data" 200000
out="$(mktemp -d)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${BENCH_JOBS:-2}" = 1 ]; then export MLWB_THREADS=1; fi
"$build/bench/bench_models" "$csv" y "$repeats" logistic tree:max_depth=12 random_forest gbt gaussian_nb knn-predict | tee "$out/mlwb.jsonl"
/usr/bin/python3 "$here/bench/models_anchor.py" "$csv" "$repeats" | tee "$out/anchor.jsonl"
/usr/bin/python3 - "$out/mlwb.jsonl" "$out/anchor.jsonl" <<'PY'
import json, sys
ours = {json.loads(l)["task"]: json.loads(l) for l in open(sys.argv[1])}
pairs = {"train:logistic": "train:logreg", "train:tree:max_depth=12": "train:cart_d12",
         "train:random_forest": "train:rf100", "train:gbt": "train:hgb100", "train:gaussian_nb": "train:gnb",
         "predict:knn15_50k_10k": "predict:knn15_50k_10k"}
anchors = [json.loads(l) for l in open(sys.argv[2])]
print(f"{'workbench':28} {'s':>7} {'auc':>7} | {'anchor':22} {'s':>7} {'auc':>7} | {'speed-up':>8}")
for mine, theirs in pairs.items():
    m = ours.get(mine)
    for a in (a for a in anchors if a["task"] == theirs):
        print(f"{mine:28} {m['seconds']:7.3f} {m.get('auc', 0):7.4f} | {a['tool'] + ' ' + theirs.split(':')[1]:22} "
              f"{a['seconds']:7.3f} {a.get('auc', 0):7.4f} | {a['seconds'] / m['seconds']:7.1f}x")
PY
