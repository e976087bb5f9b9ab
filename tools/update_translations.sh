#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (new strings appear as unfinished, removed
# ones are dropped); translate the new entries with Qt Linguist, then rebuild.
#   mlwb_ko.ts       the GUI's and the CLI's strings, under their classes' contexts
#   mlwb_core_ko.ts  the core's messages (core::tr/trf), all under the context "mlwb::core"
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate -no-obsolete ui app -ts translations/mlwb_ko.ts
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
/usr/lib/qt6/bin/lupdate -no-obsolete core -tr-function-alias tr+=trf,QT_TR_NOOP+=trNoop -ts "$scratch/core.ts" >/dev/null
python3 tools/core_translations.py "$scratch/core.ts" translations/mlwb_core_ko.ts
