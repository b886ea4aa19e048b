#!/usr/bin/env bash
# How long a consumer's clean build takes, against Apple's swift-openapi-generator for the same spec.
#
#   Scripts/consumer-build-time.sh [rounds]      (default 5; run it on a quiet machine)
#   Scripts/consumer-build-time.sh --timeline    (one clean build of ours: when each compile job ran)
#
# Two apps, each making a client and listing keys, built from clean (`rm -rf .build; swift build`) in turn:
#   ours:  depends on this package by path (the plugin generates the code during the build);
#   apple: compiles swift-openapi-generator 1.14.3's output for openapi/ (types and client, public, in a
#          library target), generated once beforehand, with swift-openapi-runtime 1.13.4 and
#          swift-openapi-urlsession 1.4.0.
# Prints every build, then the medians, their ratio, the median of the per-round ratios and the means.
# Needs those three packages from their usual URLs; nothing is written inside this checkout.
#
# --timeline shows where a clean build of ours spends its time: every swift-frontend job (module, kind,
# files, start and end), through the driver's SWIFT_DRIVER_SWIFT_FRONTEND_EXEC hook. A module's second
# compile job that starts only when its first one ends, long after the module's emit-module job, is marked:
# that is the driver's scheduling (see the README), not this package's code.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
mode="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
spec="$(ls "$here"/openapi/*.json)"

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

if [ "$mode" = "--timeline" ]; then
    date +%s.%N > "$work/start"
    (cd "$work/ours" && FRONTEND_TIMING_LOG="$work/jobs" \
        FRONTEND_TIMING_REAL="$(dirname "$(readlink -f "$(command -v swiftc)")")/swift-frontend" \
        SWIFT_DRIVER_SWIFT_FRONTEND_EXEC="$here/Scripts/frontend-timing.sh" swift build > build.log 2>&1) \
        || { tail -30 "$work/ours/build.log"; exit 1; }
    echo "$(tail -1 "$work/ours/build.log") (timed through the wrapper, so a little slower than usual)"
    python3 - "$work/start" "$work/jobs" <<'PY'
import sys
zero = float(open(sys.argv[1]).read())
jobs = []
for line in open(sys.argv[2]):
    start, end, module, kind, *files = line.split()
    jobs.append((float(start) - zero, float(end) - zero, module, kind, files))
jobs.sort()
print(f"{'start':>6} {'end':>6} {'s':>5}  module / job")
for start, end, module, kind, files in jobs:
    note = ""
    if kind == "compile":
        emits = [e for s, e, m, k, _ in jobs if m == module and k == "emit"]
        earlier = [e for s, e, m, k, _ in jobs if m == module and k == "compile" and s < start]
        # Started as another compile job of its module ended, well after the module's emit-module job:
        # it waited for a free slot that the finished emit-module job should have given back.
        if earlier and emits and abs(start - max(earlier)) < 0.05 and start - max(emits) > 0.1:
            note = "   <- waited for the first job"
    listed = " ".join(files[:4]) + (f" (+{len(files) - 4})" if len(files) > 4 else "")
    print(f"{start:6.2f} {end:6.2f} {end - start:5.2f}  {module} {kind} {listed}{note}")
PY
    exit 0
fi
case "$mode" in
    ''|*[!0-9]*|0) echo "usage: $0 [rounds] | --timeline" >&2; exit 2 ;;
esac
rounds="$mode"

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
means = statistics.mean(times["ours"]) / statistics.mean(times["apple"])
print(f"clean build, median of {len(times['ours'])}: ours {ours:.1f} s, Apple's pre-generated {apple:.1f} s: "
      f"{ours / apple:.3f}x (per-round median {pairs:.3f}x, ratio of means {means:.3f}x)")
PY
