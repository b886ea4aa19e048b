#!/usr/bin/env bash
# How long a consumer's clean build takes, against Apple's swift-openapi-generator for the same spec.
#
#   Scripts/consumer-build-time.sh [rounds]      (default 5; run it on a quiet machine)
#
# Two apps, each making a client and listing keys, built from clean (`rm -rf .build; swift build`) in turn:
#   ours:  depends on this package by path (the plugin generates the code during the build);
#   apple: compiles swift-openapi-generator 1.14.3's output for openapi/ (types and client, public, in a
#          library target), generated once beforehand, with swift-openapi-runtime 1.13.4 and
#          swift-openapi-urlsession 1.4.0.
# Prints every build, then the medians, their ratio and the median of the per-round ratios.
# Needs those three packages from their usual URLs; nothing is written inside this checkout.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
spec="$(ls "$here"/openapi/*.json)"

# Apple's generator, once, and its output for our spec.
mkdir -p "$work/apple-generator/Sources/Unused" "$work/apple/Sources/AppleAPI" "$work/apple/Sources/App"
cat > "$work/apple-generator/Package.swift" <<'SWIFT'
// swift-tools-version:6.1
import PackageDescription
let package = Package(name: "apple-generator",
    dependencies: [.package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3")],
    targets: [.target(name: "Unused")])
SWIFT
echo "// The package only hosts the generator's executable." > "$work/apple-generator/Sources/Unused/Unused.swift"
printf 'generate:\n  - types\n  - client\naccessModifier: public\n' > "$work/apple-generator/config.yaml"
echo "building swift-openapi-generator 1.14.3 (release, once)…"
(cd "$work/apple-generator" && swift build -c release --product swift-openapi-generator > build.log 2>&1) \
    || { tail -30 "$work/apple-generator/build.log"; exit 1; }
(cd "$work/apple-generator" && ./.build/release/swift-openapi-generator generate "$spec" \
    --config config.yaml --output-directory "$work/apple/Sources/AppleAPI" > generate.log 2>&1) \
    || { cat "$work/apple-generator/generate.log"; exit 1; }

cat > "$work/apple/Package.swift" <<'SWIFT'
// swift-tools-version:6.1
import PackageDescription
let package = Package(name: "apple-consumer", platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", exact: "1.4.0"),
    ],
    targets: [
        .target(name: "AppleAPI", dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")]),
        .executableTarget(name: "App", dependencies: ["AppleAPI",
            .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession")]),
    ])
SWIFT
cat > "$work/apple/Sources/App/main.swift" <<'SWIFT'
import AppleAPI
import Foundation
import OpenAPIRuntime
import OpenAPIURLSession
let client = Client(serverURL: URL(string: "https://api.arize.com")!, transport: URLSessionTransport())
let page = try await client.list_api_keys(.init())
print(try page.ok.body.json.api_keys.count)
SWIFT

mkdir -p "$work/ours/Sources/App"
cat > "$work/ours/Package.swift" <<SWIFT
// swift-tools-version:6.1
import PackageDescription
let package = Package(name: "consumer", platforms: [.macOS(.v15)],
    dependencies: [.package(path: "$here")],
    targets: [.executableTarget(name: "App", dependencies: [.product(name: "ArizeAPIKeys", package: "$(basename "$here")")])])
SWIFT
cat > "$work/ours/Sources/App/main.swift" <<'SWIFT'
import ArizeAPIKeys
let client = try ArizeClient(configuration: ArizeConfiguration(apiKey: "unused"))
let page = try await client.apiKeys.list(limit: 1)
print(page.apiKeys.count)
SWIFT

# Resolve Apple's dependencies once, so a failure to fetch them is not timed as a build.
(cd "$work/apple" && swift package resolve > resolve.log 2>&1) || { cat "$work/apple/resolve.log"; exit 1; }

: > "$work/times"
for round in $(seq "$rounds"); do
    for app in ours apple; do
        rm -rf "$work/$app/.build"
        start=$(date +%s.%N)
        (cd "$work/$app" && swift build > build.log 2>&1) || { tail -30 "$work/$app/build.log"; exit 1; }
        seconds=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$start" "$(date +%s.%N)")
        echo "round $round: $app $seconds s"
        echo "$app $seconds" >> "$work/times"
    done
done
python3 - "$work/times" <<'PY'
import statistics, sys
times = {"ours": [], "apple": []}
for line in open(sys.argv[1]):
    app, seconds = line.split()
    times[app].append(float(seconds))
ours, apple = statistics.median(times["ours"]), statistics.median(times["apple"])
pairs = statistics.median(o / a for o, a in zip(times["ours"], times["apple"]))
print(f"clean build, median of {len(times['ours'])}: ours {ours:.1f} s, Apple's pre-generated {apple:.1f} s: "
      f"{ours / apple:.2f}x (per-round median {pairs:.2f}x)")
PY
