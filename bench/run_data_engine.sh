#!/usr/bin/env bash
# Data-engine benchmark: CSV load and full profile of the 1M-row mixed CSV, the workbench
# and pandas side by side in the same run. Prints JSON lines and ratios; never fails CI.
# usage: bench/run_data_engine.sh [BUILD_DIR] [DATA_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
data="${2:-/tmp/mlwb-bench}"
shared="$here/../shared/bench"
if [ ! -f "$data/cls_1000000.csv" ]; then
  /usr/bin/python3 "$shared/gen_data.py" "$data" 1000000
fi
nproc | sed 's/^/cores: /'
grep -m1 'model name' /proc/cpuinfo || true
# Drop the file from the page cache so that both tools read it as a file read from disk (the
# generator's small writes leave it cached in 4 KB pages, which a file read from disk is not:
# Linux reads it into 2 MB folios). Each tool's first run then includes the disk read.
/usr/bin/python3 -c 'import os, sys
fd = os.open(sys.argv[1], os.O_RDONLY)
os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)' "$data/cls_1000000.csv"
echo "== csv_load (workbench, then pandas.read_csv in the same run)"
"$build/bench/bench_csv_load" "$data/cls_1000000.csv" --repeat 3
echo "== profile (pandas describe+isna+corr, then the workbench on the same file)"
/usr/bin/python3 "$here/bench/profile_anchor.py" "$data" --workbench "$build/bench/bench_profile"
