#!/usr/bin/env python3
"""Counts the public top-level names `import ArizeAPIKeys` reaches (the module's own and the runtime
types it re-exports), fails above the limit, and fails on any public symbol without a doc comment.
Needs a debug build (`swift build`) and the toolchain's swift-symbolgraph-extract."""
import glob, json, os, subprocess, sys, tempfile

# 30 until the generated models moved into one namespace (`Components.Schemas`, so that a schema can
# never collide with a facade type): publishing them needs `Components` public too, one more name.
LIMIT = 31
modules = ".build/debug/Modules"
out = tempfile.mkdtemp()
triple = subprocess.run(["swift", "-print-target-info"], capture_output=True, text=True, check=True)
target = json.loads(triple.stdout)["target"]["triple"]
# The runtime imports the C module of the libcurl binding, whose module map is in the build folder.
subprocess.run(["swift-symbolgraph-extract", "-module-name", "ArizeAPIKeys", "-I", modules, "-target", target,
                "-Xcc", "-fmodule-map-file=.build/debug/CArizeCurl.build/module.modulemap",
                "-minimum-access-level", "public", "-output-dir", out,
                "-experimental-allowed-reexported-modules=ArizeOpenAPIRuntime"], check=True)
symbols = []
for path in glob.glob(os.path.join(out, "ArizeAPIKeys*.symbols.json")):
    symbols += json.load(open(path))["symbols"]
top = sorted({s["pathComponents"][0] for s in symbols if len(s["pathComponents"]) == 1})
print(f"public top-level names reachable from `import ArizeAPIKeys`: {len(top)} (limit {LIMIT})")
print("  " + ", ".join(top))
# Members the compiler synthesizes or protocols provide (hash(into:), filter(_:)…) carry no comment of ours.
undocumented = sorted({".".join(s["pathComponents"]) for s in symbols
                       if not s.get("docComment") and "SYNTHESIZED" not in s["identifier"]["precise"]})
failed = False
if len(top) > LIMIT:
    print(f"error: more than {LIMIT} public top-level names", file=sys.stderr)
    failed = True
if undocumented:
    print(f"error: {len(undocumented)} public symbols have no doc comment:\n  " + "\n  ".join(undocumented), file=sys.stderr)
    failed = True
sys.exit(1 if failed else 0)
