#!/usr/bin/env bash
# Builds the documentation of ArizeAPIKeys (its DocC catalog) and ArizeAPIKeysTesting with the
# toolchain's swift-symbolgraph-extract and docc (no plugin), failing on any warning. Needs `swift build`.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
triple=$(swift -print-target-info | python3 -c 'import json,sys; print(json.load(sys.stdin)["target"]["triple"])')
for module in ArizeAPIKeys ArizeAPIKeysTesting; do
    mkdir -p "$work/$module-symbols"
    # The runtime imports the C module of the libcurl binding: its module map is in the build folder.
    swift-symbolgraph-extract -module-name "$module" -I .build/debug/Modules -target "$triple" -minimum-access-level public \
        -Xcc -fmodule-map-file=.build/debug/CArizeCurl.build/module.modulemap \
        -output-dir "$work/$module-symbols" -experimental-allowed-reexported-modules=ArizeOpenAPIRuntime
    catalog="Sources/$module/$module.docc"
    [ -d "$catalog" ] || { catalog="$work/$module.docc"; mkdir -p "$catalog"; }
    docc convert "$catalog" --additional-symbol-graph-dir "$work/$module-symbols" --output-path "$work/$module.doccarchive" \
        --fallback-display-name "$module" --fallback-bundle-identifier "com.arize.$module" --warnings-as-errors > "$work/$module.log" 2>&1 \
        || { cat "$work/$module.log"; echo "FAILED: documentation of $module"; exit 1; }
    echo "documentation of $module: built with no warnings"
done
