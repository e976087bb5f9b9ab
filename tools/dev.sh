#!/usr/bin/env bash
# The two commands of the README's Quick start, and what CI runs.
#   tools/dev.sh run   install missing packages, build (Release), open the sample dataset
#   tools/dev.sh test  install missing packages, build with ASan+UBSan, run every test headless
# Both are safe to re-run: packages already present are skipped and builds are incremental.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

# What a clean Debian 12 root needs for the build, the tests and the window, and nothing
# else: tools/fresh_machine_check.sh proves the list on a bare debootstrap root.
# libqt6opengl6-dev: Qt6Charts' CMake package needs Qt6OpenGL, but qt6-charts-dev does not
# depend on it. fonts-nanum: Korean glyphs for the Korean interface.
packages=(
  build-essential cmake ninja-build
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  libeigen3-dev libspdlog-dev libfmt-dev libsqlite3-dev libfast-float-dev
  xvfb xauth fonts-nanum fonts-dejavu-core
)

install_packages() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {  # build DIR TARGETS [cmake options...]; TARGETS "all" or "a b c"
  local dir="$1" targets="$2"; shift 2
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S . -B "$dir" -G Ninja "$@"
  fi
  # shellcheck disable=SC2086 # the targets are words
  cmake --build "$dir" --parallel "$(nproc)" --target $targets
}

case "${1:-}" in
  run)
    install_packages
    # Only the two programs: the window opens without waiting for the tests and benchmarks.
    build build "mlwb mlwb-cli" -DCMAKE_BUILD_TYPE=Release
    shift
    exec ./build/app/mlwb "${@:-resources/data/customers.csv}"
    ;;
  test)
    install_packages
    build build-asan all -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMLWB_SANITIZE=ON -DMLWB_BUILD_BENCH=OFF
    export QT_QPA_PLATFORM=offscreen
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1"
    export LSAN_OPTIONS="suppressions=$here/tests/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    ctest --test-dir build-asan --output-on-failure --parallel 2 --timeout 600
    ;;
  *)
    echo "usage: tools/dev.sh run [DATASET] | tools/dev.sh test" >&2
    exit 2
    ;;
esac
