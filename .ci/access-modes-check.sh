#!/usr/bin/env bash
# The generator's output for the construct fixtures (OpenAPI 3.1: Tests/GeneratedFixtureTests/
# openapi.json; 3.0: Tests/GeneratorTests/Fixtures/openapi-3.0.json) compiles, without a single
# warning, in every access mode: internal, package, public, and internal with --public-types; and the
# documents the generator once refused (Tests/GeneratorTests/Fixtures/once-refused) compile too.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$here" && swift build -q --product arize-openapi-generator)
generator="$here/.build/debug/arize-openapi-generator"
targets=()
for entry in "Constructs:Tests/GeneratedFixtureTests/openapi.json" "OpenAPI30:Tests/GeneratorTests/Fixtures/openapi-3.0.json"; do
    label="${entry%%:*}"
    spec="$here/${entry#*:}"
    # The first two component schemas stand for the models a wrapping module hands its users.
    chosen=$(python3 -c 'import json,sys; print(",".join(list(json.load(open(sys.argv[1]))["components"]["schemas"])[:2]))' "$spec")
    for mode in internal package public public-types; do
        name="${label}_${mode//-/_}"
        mkdir -p "$work/Sources/$name"
        if [ "$mode" = public-types ]; then arguments=(--access internal --public-types "$chosen"); else arguments=(--access "$mode"); fi
        "$generator" "$spec" --output "$work/Sources/$name" "${arguments[@]}" > /dev/null 2> "$work/generator.log" \
            || { cat "$work/generator.log"; echo "FAILED: generating $label ($mode)" >&2; exit 1; }
        targets+=("$name")
    done
done
for spec in "$here"/Tests/GeneratorTests/Fixtures/once-refused/*.json; do
    name="Refused_$(basename "$spec" .json | tr -c 'A-Za-z0-9\n' '_')"
    mkdir -p "$work/Sources/$name"
    "$generator" "$spec" --output "$work/Sources/$name" > /dev/null 2> "$work/generator.log" \
        || { cat "$work/generator.log"; echo "FAILED: generating $(basename "$spec")" >&2; exit 1; }
    targets+=("$name")
done
{
    echo '// swift-tools-version:6.1'
    echo 'import PackageDescription'
    echo "let package = Package(name: \"access-modes\", platforms: [.macOS(.v15)], dependencies: [.package(path: \"$here\")], targets: ["
    for name in "${targets[@]}"; do
        echo "    .target(name: \"$name\", dependencies: [.product(name: \"ArizeOpenAPIRuntime\", package: \"$(basename "$here")\")]),"
    done
    echo '], swiftLanguageModes: [.v6])'
} > "$work/Package.swift"
cd "$work"
if ! swift build > "$work/build.log" 2>&1; then
    grep -E "error:" "$work/build.log" | sort -u | head -20
    echo "FAILED: generated code does not compile in every access mode" >&2
    exit 1
fi
if grep -Eq "\.swift:[0-9]+:[0-9]+: warning:" "$work/build.log"; then
    grep -E "\.swift:[0-9]+:[0-9]+: warning:" "$work/build.log" | sort -u | head -20
    echo "FAILED: generated code has warnings" >&2
    exit 1
fi
echo "access modes: ${#targets[@]} targets (2 fixtures x internal, package, public, public-types; the once-refused documents) compile with no warning"
