#!/usr/bin/env bash
# Runs the whole test suite: every Rust test (unit, integration against the in-process
# emulator, doctests) and the spec extractor's Python tests. Installs what the Python tests need
# into a local virtual environment on first use.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.venv-tools
if [[ ! -x "$venv/bin/pytest" ]]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet -r tools/requirements-test.txt
fi

echo "== Rust tests"
cargo test --workspace --all-targets
cargo test --workspace --doc

echo "== spec extractor tests"
"$venv/bin/pytest" -q tools/spec-extractor/tests
