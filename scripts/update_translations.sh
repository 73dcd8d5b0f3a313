#!/usr/bin/env bash
# Re-extract the UI strings into the Qt Linguist file and compile it.
# Edit resources/i18n/one_window_zh_CN.ts with pyside6-linguist, then run this again.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
BIN=$(dirname "$PY")
"$BIN/pyside6-lupdate" $(find app/ui -name '*.py' | sort) -no-obsolete -ts resources/i18n/one_window_zh_CN.ts
"$BIN/pyside6-lrelease" resources/i18n/one_window_zh_CN.ts -qm resources/i18n/one_window_zh_CN.qm
