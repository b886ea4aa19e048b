// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "arize-swift",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ArizeAPIKeys", targets: ["ArizeAPIKeys"]),
        .library(name: "ArizeAPIKeysTesting", targets: ["ArizeAPIKeysTesting"]),
        .library(name: "ArizeOpenAPIRuntime", targets: ["ArizeOpenAPIRuntime"]),
        .executable(name: "arize-openapi-generator", targets: ["arize-openapi-generator"]),
        .executable(name: "arize-api-keys-demo", targets: ["arize-api-keys-demo"]),
        .executable(name: "arize-api-keys", targets: ["arize-api-keys"]),
        .plugin(name: "ArizeOpenAPIGeneratorPlugin", targets: ["ArizeOpenAPIGeneratorPlugin"]),
    ],
    targets: [
        // spec → generator. The document model (reader, `$ref` resolution, validation of the
        // document itself) is its own module: the generator and the testing library both read specs.
        .target(name: "ArizeOpenAPIDocument", dependencies: ["ArizeJSON"], path: "Generator/Document"),
        .target(name: "ArizeOpenAPIGeneratorCore", dependencies: ["ArizeOpenAPIDocument", "ArizeJSON"], path: "Generator/Core"),
        .executableTarget(name: "arize-openapi-generator", dependencies: ["ArizeOpenAPIGeneratorCore"], path: "Generator/CLI"),
        .plugin(name: "ArizeOpenAPIGeneratorPlugin", capability: .buildTool(), dependencies: ["arize-openapi-generator"],
                path: "Generator/Plugin"),

        // runtime → generated code + facade
        // The JSON pull parser, shared by the runtime and the generator. One file on purpose: a clean build
        // compiles it twice (for the generator tool, then for the runtime), and a second file is a second job.
        .target(name: "ArizeJSON"),
        // The libcurl binding's calls to C variadic functions (`curl_easy_setopt`, `curl_easy_getinfo`),
        // which Swift cannot make itself; no libcurl header or library is needed to build it.
        .target(name: "CArizeCurl"),
        .target(name: "ArizeOpenAPIRuntime", dependencies: ["ArizeJSON", "CArizeCurl"]),
        // The facade and the code generated from openapi/ share one module: files that use generated
        // types see them directly, so the incremental build follows every spec edit.
        .target(name: "ArizeAPIKeys", dependencies: ["ArizeOpenAPIRuntime"], exclude: ["arize-openapi-generator.json"],
                plugins: ["ArizeOpenAPIGeneratorPlugin"]),
        .target(name: "ArizeAPIKeysTesting", dependencies: ["ArizeAPIKeys", "ArizeOpenAPIRuntime", "ArizeOpenAPIDocument"]),
        .executableTarget(name: "arize-api-keys-demo", dependencies: ["ArizeAPIKeys", "ArizeAPIKeysTesting"]),
        // the command-line tool: its logic is a library so tests drive it in-process
        .target(name: "ArizeAPIKeysCLI", dependencies: ["ArizeAPIKeys", "ArizeAPIKeysTesting", "ArizeOpenAPIRuntime"]),
        .executableTarget(name: "arize-api-keys", dependencies: ["ArizeAPIKeysCLI"]),
        .executableTarget(name: "QuickStartExample", dependencies: ["ArizeAPIKeys"], path: "Examples/QuickStart"),

        // tests
        .testTarget(name: "GeneratorTests", dependencies: ["ArizeOpenAPIGeneratorCore", "ArizeOpenAPIDocument"], exclude: ["Golden", "Fixtures"]),
        // Generated public (its arize-openapi-generator.json): every model is also Decodable, so the
        // tests compare the fast reader with JSONDecoder. The internal flavour is compiled by ArizeAPIKeys
        // and by .ci/large-spec-check.sh.
        .testTarget(name: "GeneratedFixtureTests", dependencies: ["ArizeOpenAPIRuntime"], exclude: ["openapi.json", "arize-openapi-generator.json"],
                    plugins: ["ArizeOpenAPIGeneratorPlugin"]),
        .testTarget(name: "ArizeAPIKeysTests", dependencies: ["ArizeAPIKeys", "ArizeAPIKeysTesting", "ArizeOpenAPIRuntime"]),
        .testTarget(name: "ContractTests", dependencies: ["ArizeAPIKeys", "ArizeAPIKeysTesting", "ArizeOpenAPIRuntime", "ArizeOpenAPIDocument"], exclude: ["Fixtures"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ArizeAPIKeys", "ArizeAPIKeysTesting", "ArizeOpenAPIRuntime", "ArizeAPIKeysCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
