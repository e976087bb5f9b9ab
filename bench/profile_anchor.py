#!/usr/bin/python3
"""Time the pandas anchor of the column profile and, optionally, the workbench's side in the
same run, and print the ratios.

The anchor is the one in /work/shared/bench/anchors.py:
    df.describe(include="all"), df.isna().sum(), df.select_dtypes("number").corr()
on cls_ROWS.csv made by /work/shared/bench/gen_data.py (20 float features, 1% missing in
f1/f5/f9/city/plan, categorical city/plan/channel, string label y). bench_profile generates
the same shape in-process (seeded), since the workbench's CSV reader is not part of this timing.

usage: profile_anchor.py [DATADIR] [--rows N] [--repeats R] [--spearman] [--workbench PATH/bench_profile]
  DATADIR defaults to /tmp/mlwb-bench; create it with
      /usr/bin/python3 /work/shared/bench/gen_data.py /tmp/mlwb-bench 1000000
Prints one JSON line per measurement. Benchmarks are not tests: never fail CI on a timing.
"""
import argparse, json, os, subprocess, sys, time
os.environ.setdefault("OMP_NUM_THREADS", "2")
import pandas as pd


def emit(**kw):
    print(json.dumps(kw), flush=True)


def best_of(repeats, f):
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter(); f(); best = min(best, time.perf_counter() - t)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("datadir", nargs="?", default="/tmp/mlwb-bench")
    ap.add_argument("--rows", type=int, default=1000000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--spearman", action="store_true", help="also time df.corr(method='spearman') (slow)")
    ap.add_argument("--workbench", help="path to bench_profile, run after pandas in the same run")
    a = ap.parse_args()

    path = f"{a.datadir}/cls_{a.rows}.csv"
    if not os.path.exists(path):
        sys.exit(f"{path} missing: run /usr/bin/python3 /work/shared/bench/gen_data.py {a.datadir} {a.rows}")
    df = pd.read_csv(path)
    anchor = best_of(a.repeats, lambda: (df.describe(include="all"), df.isna().sum(),
                                         df.select_dtypes("number").corr()))
    emit(task="profile", tool="pandas", variant="describe+isna+pearson", rows=len(df), seconds=round(anchor, 4))
    results = {"pandas": anchor}
    if a.spearman:
        s = best_of(1, lambda: df.select_dtypes("number").corr(method="spearman"))
        emit(task="profile", tool="pandas", variant="spearman-only", rows=len(df), seconds=round(s, 4))
        results["pandas-spearman"] = s

    if a.workbench:
        # Profile the same file pandas read (not a generated look-alike), loaded by the workbench.
        out = subprocess.run([a.workbench, path, str(max(a.repeats, 3))], check=True,
                             capture_output=True, text=True).stdout
        for line in out.splitlines():
            if not line.startswith("{"):
                continue
            r = json.loads(line)
            print(line, flush=True)
            results[r["variant"]] = r["seconds"]
        for variant in ("columns", "columns+pearson", "columns+pearson+spearman"):
            if variant in results:
                emit(task="profile", ratio=f"pandas / mlwb[{variant}]",
                     value=round(anchor / results[variant], 2))
        if "pandas-spearman" in results and "columns+pearson+spearman" in results:
            emit(task="profile", ratio="(pandas describe+pearson+spearman) / mlwb[columns+pearson+spearman]",
                 value=round((anchor + results["pandas-spearman"]) / results["columns+pearson+spearman"], 2))


if __name__ == "__main__":
    main()
