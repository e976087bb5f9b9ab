#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (new strings appear as unfinished, removed
# ones are dropped); translate the new entries with Qt Linguist, then rebuild.
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate -no-obsolete ui app -ts translations/mlwb_ko.ts
