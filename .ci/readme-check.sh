#!/usr/bin/env bash
# Every ```swift block of the README compiles against this package, and the test blocks pass.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
source "$here/.ci/lib.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The README depends on the package by path as ../arize-swift: lay the scratch package out that way.
ln -s "$here" "$work/arize-swift"
python3 "$here/.ci/readme-blocks.py" "$here" "$work/readme"
cd "$work/readme"
retry_on_signal swift build -Xswiftc -suppress-warnings
swift test 2>&1 | tail -5
