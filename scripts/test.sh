#!/usr/bin/env bash
# Runs the whole test suite: every Rust test (unit, integration against the in-process
# emulator, doctests), the spec extractor's Python tests, and every example against the
# emulator. Installs what the Python tests need into a local virtual environment on first use.
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

echo "== examples (each against its own in-process emulator)"
# Unset every HUAWEICLOUD_SDK_* variable, so that each example starts the emulator and none
# reaches Huawei Cloud with the caller's keys.
unset_sdk_vars=()
for var in $(compgen -e); do
    if [[ $var == HUAWEICLOUD_SDK_* ]]; then
        unset_sdk_vars+=(-u "$var")
    fi
done
examples=$(grep -A1 '^\[\[example\]\]' examples/Cargo.toml | sed -n 's/^name = "\(.*\)"$/\1/p')
if [[ -z $examples ]]; then
    echo "error: no [[example]] entries with a name line found in examples/Cargo.toml" >&2
    exit 1
fi
for example in $examples; do
    echo "-- $example"
    env ${unset_sdk_vars[@]+"${unset_sdk_vars[@]}"} \
        cargo run -q -p huaweicloud-sdk-examples --example "$example"
done
