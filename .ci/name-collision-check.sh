#!/usr/bin/env bash
# A document's names never collide with anything: a document whose schemas, operations, properties,
# parameters, enum values and nested types are named after every public top-level name of this
# package's modules (read from their symbol graphs, SPI included) and the common names of Swift,
# Foundation and generated code, generates and compiles without a warning, in a module that also
# declares every one of those names at its top level (as the facade does beside its generated code).
# Needs `swift build` (the modules' symbol graphs come from .build/debug/Modules).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
swift build -q --product arize-openapi-generator
triple=$(swift -print-target-info | python3 -c 'import json, sys; print(json.load(sys.stdin)["target"]["triple"])')
mkdir -p "$work/graphs"
for module in ArizeAPIKeys ArizeAPIKeysTesting ArizeOpenAPIRuntime ArizeJSON; do
    swift-symbolgraph-extract -module-name "$module" -I .build/debug/Modules -target "$triple" \
        -Xcc -fmodule-map-file=.build/debug/CArizeCurl.build/module.modulemap \
        -minimum-access-level public -include-spi-symbols -output-dir "$work/graphs" > /dev/null
done
python3 - "$work/graphs" > "$work/names.txt" <<'PY'
import glob, json, os, sys
names = set()
for path in glob.glob(os.path.join(sys.argv[1], "*.symbols.json")):
    names |= {s["pathComponents"][0] for s in json.load(open(path))["symbols"] if len(s["pathComponents"]) == 1}
print("\n".join(sorted(names)))
PY
count=$(wc -l < "$work/names.txt")
[ "$count" -ge 40 ] || { echo "FAILED: only $count public names read from the symbol graphs"; exit 1; }
mkdir -p "$work/pkg/Sources/Collisions"
python3 .ci/name-collision-document.py "$work/names.txt" "$work/collisions.json" "$work/pkg/Sources/Collisions/Shadows.swift"
.build/debug/arize-openapi-generator "$work/collisions.json" --output "$work/pkg/Sources/Collisions" --access public \
    > /dev/null 2> "$work/generator.log" || { cat "$work/generator.log"; echo "FAILED: the collision document does not generate"; exit 1; }
cat > "$work/pkg/Package.swift" <<SWIFT
// swift-tools-version:6.1
import PackageDescription
let package = Package(name: "collisions", platforms: [.macOS(.v15)], dependencies: [.package(path: "$here")],
    targets: [.target(name: "Collisions", dependencies: [.product(name: "ArizeOpenAPIRuntime", package: "$(basename "$here")")])],
    swiftLanguageModes: [.v6])
SWIFT
cd "$work/pkg"
if ! swift build > "$work/build.log" 2>&1; then
    grep -E "error:" "$work/build.log" | sort -u | head -20
    echo "FAILED: generated code for the collision document does not compile (document: kept at $work/collisions.json)"
    trap - EXIT
    exit 1
fi
if grep -Eq "\.swift:[0-9]+:[0-9]+: warning:" "$work/build.log"; then
    grep -E "\.swift:[0-9]+:[0-9]+: warning:" "$work/build.log" | sort -u | head -20
    echo "FAILED: generated code for the collision document has warnings"
    exit 1
fi
echo "name collisions: $count public names of this package's modules plus common Swift and Foundation names," \
     "as schemas, operations, properties and nested types, compile without a warning"
