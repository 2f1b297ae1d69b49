#!/usr/bin/env bash
# Regenerates specs/<service>.json from the SDK wheels pinned in packages.txt.
#
#   tools/spec-extractor/extract.sh [--out-dir DIR] [--no-strict]
#
# Downloads the pinned wheels with pip (no dependencies, hashes checked) into a
# temporary directory, unzips them and runs extract_spec.py on each package.
# The SDK is never installed or imported. By default the run fails when any
# item could not be mapped; the spec files are written either way.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out_dir="$here/../../specs"
strict=(--strict)
python="${PYTHON:-python3}"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --out-dir) out_dir="$2"; shift 2 ;;
        --no-strict) strict=(); shift ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "error: unknown argument $1 (expected --out-dir DIR or --no-strict)" >&2; exit 2 ;;
    esac
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$python" -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
    --require-hashes -r "$here/packages.txt" -d "$work/wheels"

mkdir "$work/src"
for wheel in "$work"/wheels/*.whl; do
    "$python" -m zipfile -e "$wheel" "$work/src"
done

packages=()
while read -r name; do
    if [[ ! -d "$work/src/$name" ]]; then
        echo "error: wheel for $name did not contain a $name/ directory" >&2
        exit 1
    fi
    packages+=("$work/src/$name")
done < <(sed -n 's/^\(huaweicloudsdk[a-z0-9]*\)==.*/\1/p' "$here/packages.txt")

"$python" "$here/extract_spec.py" "${packages[@]}" -d "$out_dir" "${strict[@]}"
