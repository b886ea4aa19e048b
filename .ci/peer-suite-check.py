#!/usr/bin/env python3
"""Every valid input document of Apple's swift-openapi-generator 1.14.3 test suite generates and
compiles with our generator: the YAML snippets of its snippet-based reference tests (each made into
a whole document), its petstore, and its examples' documents. They are read straight from this
machine's git mirror of Swift packages; nothing of them is copied into this project. Fails on any
refusal, crash, compile error or Swift warning in the generated code. Needs PyYAML and a debug
build of arize-openapi-generator (it builds one)."""
import json, os, re, subprocess, sys, tempfile

MIRROR = os.environ.get("APPLE_GENERATOR_MIRROR", "/opt/swift-packages/apple/swift-openapi-generator.git")
TAG = "1.14.3"
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

try:
    import yaml
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "pyyaml"], check=True)
    import yaml

if not os.path.isdir(MIRROR):
    print(f"peer suite: skipped, no mirror of Apple's generator at {MIRROR}")
    sys.exit(0)

def show(path):
    return subprocess.run(["git", "-C", MIRROR, "show", f"{TAG}:{path}"], capture_output=True, text=True, check=True).stdout

# Helpers of SnippetBasedReferenceTests and what their YAML arguments are, in order.
COMPONENTS = {"assertSchemasTranslation", "assertResponsesTranslation", "assertRequestBodiesTranslation",
              "assertParametersTranslation", "assertHeadersTranslation"}
PATHS_THEN_COMPONENTS = {"assertRequestInTypesClientServerTranslation", "assertResponseInTypesClientServerTranslation",
                         "assertPathsTranslation", "assertPathsTranslationExtension", "assertServerRegisterHandlers"}
SERVERS = {"assertServersTranslation"}

def dedent(body, indent):
    lines = [line[len(indent):] if line.startswith(indent) else line.lstrip() for line in body.split("\n")]
    return "\n".join(lines).replace('\\\\', '\\').replace('\\"', '"')

LITERAL = r'"""\n(.*?)\n([ \t]*)"""'

def arguments(call, names):
    """The string arguments of one helper call, in order, with their labels: literals, or names of
    literals the test declared before the call (`let paths = \"\"\"…\"\"\"`)."""
    found = []
    for match in re.finditer(r'(?:(\w+):\s*)?(?:' + LITERAL + r'|\b([A-Za-z_]\w*)\b(?=\s*[,)]))', call, re.S):
        label = match.group(1) or ""
        if match.group(2) is not None:
            found.append((label, dedent(match.group(2), match.group(3))))
        elif match.group(4) in names:
            found.append((label, names[match.group(4)]))
    return found

def snippet_documents():
    source = show("Tests/OpenAPIGeneratorReferenceTests/SnippetBasedReferenceTests.swift")
    documents, expected_failures = [], 0
    for test in source.split("    func test")[1:]:
        names = {m.group(1): dedent(m.group(2), m.group(3)) for m in re.finditer(r'let (\w+) = ' + LITERAL, test, re.S)}
        pieces = re.split(r"try self\.(assert\w+)\(", test)
        for index in range(1, len(pieces), 2):
            helper, call = pieces[index], pieces[index + 1]
            # A call inside XCTAssertThrowsError is a document Apple's generator must refuse: not valid input.
            if pieces[index - 1].rstrip().endswith("XCTAssertThrowsError("):
                expected_failures += 1
                continue
            found = arguments(call, names)
            if not found:
                continue
            number = len(documents) + 1
            document = {"openapi": "3.1.0", "info": {"title": f"snippet {number} ({helper})", "version": "1"}, "paths": {}}
            try:
                if helper in COMPONENTS:
                    document["components"] = yaml.safe_load(found[0][1]) or {}
                elif helper in PATHS_THEN_COMPONENTS:
                    document["paths"] = yaml.safe_load(found[0][1]) or {}
                    for label, body in found[1:]:
                        try:
                            value = yaml.safe_load(body)
                        except yaml.YAMLError:
                            continue  # the expected Swift, not YAML
                        if isinstance(value, dict) and (label == "componentsYAML" or set(value) <= {
                                "schemas", "responses", "parameters", "examples", "requestBodies", "headers",
                                "securitySchemes", "links", "callbacks", "pathItems"}):
                            document["components"] = value
                            break
                elif helper in SERVERS:
                    document["servers"] = yaml.safe_load(found[0][1]) or []
                else:
                    continue
            except yaml.YAMLError:
                continue  # a literal that is Swift, not YAML: not an input document
            if not isinstance(document.get("components", {}), dict) or not isinstance(document["paths"], dict):
                continue
            # The QUERY method and additionalOperations exist only in OpenAPI 3.2.
            if any(isinstance(item, dict) and ("query" in item or "additionalOperations" in item) for item in document["paths"].values()):
                document["openapi"] = "3.2.0"
            documents.append((f"snippet{number:03d}", document))
    return documents, expected_failures

def dangling(document):
    """The local `$ref`s of a document that point to nothing (such a document is not valid input)."""
    missing = []
    def resolve(ref):
        node = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                return False
            node = node[part]
        return True
    def walk(node):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/") and not resolve(ref):
                missing.append(ref)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(document)
    return missing

def file_documents():
    names = subprocess.run(["git", "-C", MIRROR, "ls-tree", "-r", "--name-only", TAG], capture_output=True, text=True, check=True).stdout.split("\n")
    chosen = [n for n in names if n == "Tests/OpenAPIGeneratorReferenceTests/Resources/Docs/petstore.yaml"
              or (n.startswith("Examples/") and n.endswith("/openapi.yaml"))]
    seen, documents = set(), []
    for name in chosen:
        text = show(name)
        if text in seen:
            continue
        seen.add(text)
        label = re.sub(r"[^A-Za-z0-9]", "_", name.split("/")[1] if name.startswith("Examples/") else "petstore")
        documents.append((f"{label}_{len(documents) + 1}", yaml.safe_load(text)))
    return documents

def main():
    snippets, expected_failures = snippet_documents()
    documents, invalid = [], []
    for name, document in snippets + file_documents():
        missing = dangling(document)
        if missing:
            invalid.append(f"{name}: {missing[0]} points to nothing")
        else:
            documents.append((name, document))
    subprocess.run(["swift", "build", "-q", "--product", "arize-openapi-generator"], cwd=here, check=True)
    generator = os.path.join(here, ".build/debug/arize-openapi-generator")
    work = tempfile.mkdtemp()
    refused, targets = [], []
    for name, document in documents:
        target = "Peer_" + name
        folder = os.path.join(work, "Sources", target)
        os.makedirs(folder)
        spec = os.path.join(work, name + ".json")
        with open(spec, "w") as f:
            json.dump(document, f, default=str)
        run = subprocess.run([generator, spec, "--output", folder], capture_output=True, text=True)
        if run.returncode != 0:
            errors = [line for line in run.stderr.split("\n") if ": error: " in line or "fatal" in line.lower()]
            refused.append(f"{name} (exit {run.returncode}): " + ("; ".join(errors[:2]) or run.stderr.strip()[-300:]))
            continue
        targets.append(target)
    with open(os.path.join(work, "Package.swift"), "w") as f:
        f.write("// swift-tools-version:6.1\nimport PackageDescription\n")
        f.write(f'let package = Package(name: "peer-suite", platforms: [.macOS(.v15)], dependencies: [.package(path: "{here}")], targets: [\n')
        for target in targets:
            f.write(f'    .target(name: "{target}", dependencies: [.product(name: "ArizeOpenAPIRuntime", package: "{os.path.basename(here)}")]),\n')
        f.write("], swiftLanguageModes: [.v6])\n")
    build = subprocess.run(["swift", "build"], cwd=work, capture_output=True, text=True)
    output = build.stdout + build.stderr
    errors = sorted({line for line in output.split("\n") if re.search(r"\.swift:\d+:\d+: error:", line)})
    warnings = sorted({line for line in output.split("\n") if re.search(r"\.swift:\d+:\d+: warning:", line)})
    print(f"peer suite: left out as not valid input: {expected_failures} snippets Apple's own tests expect to be refused; "
          + (", ".join(invalid) if invalid else "no dangling references"))
    print(f"peer suite: {len(documents)} documents from Apple's swift-openapi-generator {TAG} "
          f"({len(documents) - len(refused)} generated, {len(refused)} refused); "
          f"compile {'passed' if build.returncode == 0 else 'FAILED'}, {len(warnings)} warnings")
    for line in refused + errors[:20] + warnings[:20]:
        print("  " + line.replace(work, "<work>"))
    if refused or build.returncode != 0 or warnings:
        sys.exit(1)

main()
