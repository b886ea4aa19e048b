#!/usr/bin/env bash
# Editing the spec must never need a clean build. In a copy of this package, and in a consumer
# package that depends on the copy by path: build, then for each edit (add a property, add a query
# parameter, add an enum value, remove an optional property, add schemas named like facade types)
# change the spec, build incrementally,
# and compile and run a small check that uses the change; then revert and build again.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
source "$here/.ci/lib.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pkg="$work/arize-swift"
mkdir -p "$pkg"
(cd "$here" && git ls-files -z | xargs -0 -I{} cp --parents {} "$pkg/")
spec="$pkg/openapi/arize-api-keys.json"
cp "$spec" "$work/spec.orig"

# A check inside the package (it may use the generated code's package-level types)…
mkdir -p "$pkg/Sources/SpecEditCheck"
cat >> "$pkg/Package.swift" <<'SWIFT'
package.targets.append(.executableTarget(name: "SpecEditCheck", dependencies: ["ArizeAPIKeys", "ArizeAPIKeysTesting", "ArizeOpenAPIRuntime"]))
SWIFT
# …and a consumer outside it (public API only).
consumer="$work/consumer"
mkdir -p "$consumer/Sources/Consumer"
cat > "$consumer/Package.swift" <<SWIFT
// swift-tools-version:6.1
import PackageDescription
let package = Package(name: "consumer", platforms: [.macOS(.v15)],
    dependencies: [.package(path: "$pkg")],
    targets: [.executableTarget(name: "Consumer", dependencies: [.product(name: "ArizeAPIKeys", package: "arize-swift"),
                                                              .product(name: "ArizeAPIKeysTesting", package: "arize-swift")])],
    swiftLanguageModes: [.v6])
SWIFT

edit() { python3 - "$spec" "$1" <<'PY'
import json, sys, collections
path, step = sys.argv[1], sys.argv[2]
d = json.load(open(path), object_pairs_hook=collections.OrderedDict)
S = d["components"]["schemas"]
if step == "add-property":
    S["UserApiKey"]["properties"]["rotation_count"] = {"type": "integer", "description": "How often the key was rotated."}
elif step == "add-query-parameter":
    d["paths"]["/v2/api-keys"]["get"]["parameters"].append(
        {"name": "name_contains", "in": "query", "description": "Only keys whose name contains this.", "schema": {"type": "string"}})
elif step == "add-enum-value":
    S["ApiKeyStatus"]["enum"].append("EXPIRED")
elif step == "remove-optional-property":
    del S["Space"]["properties"]["gradient_end_color"]
elif step == "add-schemas-named-like-facade-types":
    # Schemas named like the facade's own types, the runtime's and Swift's: none may collide.
    for name in ["BotUser", "ArizeClient", "CreatedAPIKey", "JSONReader", "Secret", "String"]:
        S[name] = {"type": "object", "description": "Named like a type the SDK already has.",
                   "properties": {"label": {"type": "string"}, "count": {"type": "integer"}}}
json.dump(d, open(path, "w"), indent=2, ensure_ascii=False)
open(path, "a").write("\n")
PY
}

# The checks: each prints "ok <step>" or fails to compile/run.
check_source() {
  case "$1" in
  baseline) echo 'import ArizeAPIKeys
import ArizeAPIKeysTesting
// The contract checks work outside this package, with no path to the spec.
let checked = try SpecCheckingTransport()
let client = try ArizeClient(configuration: ArizeConfiguration(apiKey: "fake-api-key", prereleaseWarnings: .silent, environment: [:]), transport: checked)
_ = try await client.apiKeys.create(name: "consumer")
guard checked.problems.isEmpty, checked.exchanges == 1 else { fatalError("\(checked.problems)") }
print("ok baseline", APIKeyStatus.allCases.count)' ;;
  add-property) echo 'import ArizeAPIKeys
import Foundation
let decoder = JSONDecoder()
decoder.dateDecodingStrategy = .iso8601
let key = try decoder.decode(APIKey.self, from: Data(#"{"id":"a","name":"n","key_type":"USER","status":"ACTIVE","redacted_key":"r","created_at":"2026-01-01T00:00:00Z","created_by_user_id":"u","rotation_count":3}"#.utf8))
guard case .user(let user) = key, user.rotationCount == 3 else { fatalError("rotation_count not decoded") }
print("ok add-property")' ;;
  add-query-parameter) echo 'import ArizeAPIKeys
let request = try Operations.ListAPIKeys.makeRequest(.init(nameContains: "ci"))
guard request.query.contains(where: { $0.name == "name_contains" && $0.value == "ci" }) else { fatalError("no name_contains") }
print("ok add-query-parameter")' ;;
  add-enum-value) echo 'import ArizeAPIKeys
guard APIKeyStatus.expired.rawValue == "EXPIRED", APIKeyStatus(rawValue: "EXPIRED") == .expired else { fatalError("no EXPIRED") }
print("ok add-enum-value")' ;;
  remove-optional-property) echo 'import ArizeAPIKeys
import Foundation
let decoder = JSONDecoder()
decoder.dateDecodingStrategy = .iso8601
let space = try decoder.decode(Space.self, from: Data(#"{"id":"s","name":"n","description":"","created_at":"2026-01-01T00:00:00Z","is_private":false,"gradient_end_color":"white"}"#.utf8))
guard !Mirror(reflecting: space).children.contains(where: { $0.label == "gradientEndColor" }) else { fatalError("still there") }
print("ok remove-optional-property")' ;;
  add-schemas-named-like-facade-types) echo 'import ArizeAPIKeys
import ArizeAPIKeysTesting
// The facade types keep their meaning; the new schemas sit in Components.Schemas.
let fake = FakeArize()
let client = try ArizeClient(configuration: ArizeConfiguration(apiKey: fake.apiKey, prereleaseWarnings: .silent, environment: [:]), transport: fake)
let created: CreatedAPIKey = try await client.apiKeys.create(name: "collide")
let bot = Components.Schemas.BotUser(label: "b", count: 1)
let text: String = Components.Schemas.String(label: "s").label ?? ""
guard created.key.revealed.hasPrefix("ak-"), bot.count == 1, text == "s", Components.Schemas.JSONReader().label == nil else { fatalError("collision") }
print("ok add-schemas-named-like-facade-types")' ;;
  esac
}

run_step() {  # $1 step name; builds both packages incrementally and runs both checks
  local step="$1" consumer_step="$1"
  check_source "$step" > "$pkg/Sources/SpecEditCheck/main.swift"
  # The consumer sees only public API: the query parameter lives in package-level operations.
  [ "$step" = add-query-parameter ] && consumer_step=baseline
  [ "$step" = add-schemas-named-like-facade-types ] && consumer_step=baseline
  check_source "$consumer_step" > "$consumer/Sources/Consumer/main.swift"
  (cd "$pkg" && retry_on_signal swift build --product SpecEditCheck > "$work/build.log" 2>&1) || { cat "$work/build.log"; echo "FAILED: package build after $step"; exit 1; }
  (cd "$pkg" && ./.build/debug/SpecEditCheck)
  (cd "$consumer" && retry_on_signal swift build > "$work/build.log" 2>&1) || { cat "$work/build.log"; echo "FAILED: consumer build after $step"; exit 1; }
  (cd "$consumer" && ./.build/debug/Consumer | sed 's/^/consumer: /')
}

echo "spec-edit check in $work (no clean builds from here on)"
run_step baseline
for step in add-property add-query-parameter add-enum-value remove-optional-property add-schemas-named-like-facade-types; do
  cp "$work/spec.orig" "$spec"
  edit "$step"
  run_step "$step"
done
cp "$work/spec.orig" "$spec"
run_step baseline
echo "spec-edit check: every edit built incrementally, in the package and in a consumer"
