#!/usr/bin/env python3
"""Writes every ```swift block of README.md and of the DocC articles into a scratch package that depends on this one:
blocks with `@Test` become a test target (run by `swift test`), manifest fragments are checked as
part of the scratch Package.swift, and every other block becomes the body of its own function in
an executable target (compiled, not run: they talk to a real account). Names a block uses without
declaring (`client`, `keys`, `id`) are declared before it."""
import os, re, sys

root, out = sys.argv[1], sys.argv[2]   # `out` sits beside a link named arize-swift to `root`, as the README's path expects
import glob
# The README and the user guide's DocC articles: every Swift block a user may copy.
sources = [os.path.join(root, "README.md")] + sorted(glob.glob(os.path.join(root, "Sources/ArizeAPIKeys/ArizeAPIKeys.docc/*.md")))
blocks = [block for path in sources for block in re.findall(r"```swift\n(.*?)```", open(path).read(), re.S)]
imports, bodies, tests, manifest = set(), [], [], []
for index, block in enumerate(blocks):
    lines = block.splitlines()
    imports |= {l.strip() for l in lines if l.startswith("import ")}
    code = "\n".join(l for l in lines if not l.startswith("import "))
    if code.lstrip().startswith("// Package.swift"):
        manifest.append(code)
    elif "@Test" in code:
        tests.append(f"// README block {index}\n{code}")
    else:
        preamble = []
        def uses(name): return re.search(rf"\b{name}\b", code) and not re.search(rf"\blet {name}\b", code)
        if uses("client") or uses("keys"): preamble.append('let client = try ArizeClient(apiKey: "k")')
        if uses("keys"): preamble.append("let keys = client.apiKeys")
        if uses("id"): preamble.append('let id = "QXBpS2V5OjE="')
        body = "\n".join("    " + l for l in preamble + code.splitlines())
        bodies.append(f"// README block {index}\n@Sendable func readmeBlock{index}() async throws {{\n{body}\n}}")

os.makedirs(os.path.join(out, "Sources/ReadmeBlocks"), exist_ok=True)
os.makedirs(os.path.join(out, "Tests/ReadmeTests"), exist_ok=True)
# Manifest fragments are lines of a `dependencies:` or `targets:` list; checked in place.
fragment = "\n".join(manifest)
dependency = re.findall(r"^\.package\(.*\),$", fragment, re.M)
target = re.findall(r"^\.(?:executableTarget|target)\(.*\),$", fragment, re.M)
if manifest and (len(dependency) != 1 or len(target) != 1):
    sys.exit("error: the README's Package.swift fragment should have one .package and one .target line")
package = f'''// swift-tools-version:6.1
import PackageDescription
let package = Package(name: "readme", platforms: [.macOS(.v15)],
    dependencies: [{dependency[0] if dependency else ""}],
    targets: [
        {target[0].replace('"YourApp"', '"YourAppLib"') if target else ""}
        .executableTarget(name: "ReadmeBlocks", dependencies: [.product(name: "ArizeAPIKeys", package: "arize-swift")]),
        .testTarget(name: "ReadmeTests", dependencies: [.product(name: "ArizeAPIKeys", package: "arize-swift"),
                                                        .product(name: "ArizeAPIKeysTesting", package: "arize-swift")]),
    ],
    swiftLanguageModes: [.v6])
'''
open(os.path.join(out, "Package.swift"), "w").write(package)
os.makedirs(os.path.join(out, "Sources/YourAppLib"), exist_ok=True)
# main.swift: the fragment may declare an executable target.
open(os.path.join(out, "Sources/YourAppLib/main.swift"), "w").write("import ArizeAPIKeys\n")
code_imports = sorted(i for i in imports if "Testing" not in i) + ["import Foundation"]
open(os.path.join(out, "Sources/ReadmeBlocks/main.swift"), "w").write(
    "\n".join(sorted(set(code_imports))) + "\n\n" + "\n\n".join(bodies) + "\n\nprint(\"compiled \\(" + str(len(bodies)) + ") README blocks\")\n")
open(os.path.join(out, "Tests/ReadmeTests/ReadmeTests.swift"), "w").write(
    "\n".join(sorted(imports | {"import ArizeAPIKeys", "import ArizeAPIKeysTesting", "import Testing", "import Foundation"})) + "\n\n" + "\n\n".join(tests) + "\n")
print(f"README: {len(bodies)} blocks compiled, {len(tests)} test blocks run, {len(manifest)} manifest fragment checked")
