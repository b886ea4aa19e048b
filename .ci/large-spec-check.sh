#!/usr/bin/env bash
# A document in the size and style of large public APIs (hundreds of operations, a thousand schemas,
# deep allOf/oneOf/anyOf, punctuation in names, multipart and form bodies) is valid OpenAPI, generates
# through the build plugin as users run it, and its output compiles in minutes within 4 GiB.
# Prints the figures: generated lines per operation, compile time per 100 operations, peak memory.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
operations="${LARGE_SPEC_OPERATIONS:-480}"
max_seconds=900
max_kib=$((4 * 1024 * 1024))
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/Sources/Big"
(cd "$here" && swift run -q arize-openapi-generator --synthetic-spec "$operations") > "$work/Sources/Big/openapi.json"
python3 -m openapi_spec_validator "$work/Sources/Big/openapi.json" > /dev/null
schemas=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["components"]["schemas"]))' "$work/Sources/Big/openapi.json")
bytes=$(wc -c < "$work/Sources/Big/openapi.json")

# The target's own Swift file uses the generated code (the plugin needs at least one).
cat > "$work/Sources/Big/Smoke.swift" <<'SWIFT'
import ArizeOpenAPIRuntime
import Foundation

/// Builds one request of every kind of body the document has, so the check uses the generated code.
func smoke() throws -> [TransportRequest] {
    [try Operations.Resource5Create.makeRequest(.init(body: .init(name: "n"))),
     try Operations.Resource5Upload.makeRequest(.init(id: "1", body: .init(file: Data([1, 2, 3])))),
     try Operations.Resource5Token.makeRequest(.init(id: "1", body: .init(grantType: "client_credentials")))]
}
SWIFT
cat > "$work/Package.swift" <<SWIFT
// swift-tools-version:6.1
import PackageDescription
let package = Package(name: "large-spec", platforms: [.macOS(.v15)],
    dependencies: [.package(path: "$here")],
    targets: [.target(name: "Big", dependencies: [.product(name: "ArizeOpenAPIRuntime", package: "$(basename "$here")")],
                      exclude: ["openapi.json"], plugins: [.plugin(name: "ArizeOpenAPIGeneratorPlugin", package: "$(basename "$here")")])],
    swiftLanguageModes: [.v6])
SWIFT

cd "$work"
# The runtime and the generator first, so the timing below is the generated module alone.
swift build --target ArizeOpenAPIRuntime > "$work/deps.log" 2>&1 || { cat "$work/deps.log"; exit 1; }
swift build --product arize-openapi-generator > "$work/deps.log" 2>&1 || { cat "$work/deps.log"; exit 1; }
start=$(date +%s.%N)
if ! /usr/bin/time -f "%M" -o "$work/rss" swift build --target Big > "$work/build.log" 2>&1; then
    cat "$work/build.log"
    echo "large spec: the generated code does not compile" >&2
    exit 1
fi
seconds=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$start" "$(date +%s.%N)")
kib=$(tail -1 "$work/rss")
lines=$(cat "$work"/.build/plugins/outputs/*/Big/destination/ArizeOpenAPIGeneratorPlugin/GeneratedSources/*.swift | wc -l)
if grep -q "warning:" "$work/build.log"; then grep "warning:" "$work/build.log" | head -20; echo "large spec: warnings" >&2; exit 1; fi
python3 - "$operations" "$schemas" "$bytes" "$lines" "$seconds" "$kib" <<'PY'
import sys
ops, schemas, size, lines, seconds, kib = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
print(f"large spec: {ops} operations, {schemas} schemas, {size / 1e6:.2f} MB -> {lines} lines ({lines / ops:.0f} per operation); "
      f"debug compile {seconds:.0f} s ({seconds * 100 / ops:.1f} s per 100 operations), peak RSS {kib / 1024:.0f} MiB")
PY
if python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) > $max_seconds else 1)" "$seconds"; then
    echo "large spec: compiling took longer than $max_seconds s" >&2; exit 1
fi
if [ "$kib" -gt "$max_kib" ]; then echo "large spec: the compiler used more than 4 GiB" >&2; exit 1; fi
