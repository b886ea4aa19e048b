import ArizeOpenAPIDocument

/// Unions (`oneOf`/`anyOf`): cases, discriminated decoding, shared properties.
extension Renderer {
    func renderUnion(_ decl: TypeDecl, _ cases: [UnionCase], _ discriminator: String?, _ shared: [PropertyDecl],
                     _ access: AccessLevel, _ w: inout CodeWriter) {
        w.block("\(access) \(decl.containsItself ? "indirect " : "")enum \(decl.name): \(conformances(decl)), Swift.Sendable, ArizeOpenAPIRuntime.Validatable, ArizeOpenAPIRuntime.JSONReadable") { w in
            for c in cases {
                w.doc(["A `\(c.type.swift)`" + (c.discriminatorValues.isEmpty ? "" : " (`\(discriminator ?? "")`: `" + c.discriminatorValues.joined(separator: "`, `") + "`)") + "."])
                w.line("case \(Naming.escaped(c.name))(\(code(c.type)))")
            }
            if let discriminator {
                w.doc(["A `\(discriminator)` this version of the spec does not know, with the properties every case shares."])
                w.line("case unknown(Unrecognized)")
                w.line()
                renderDiscriminatedCoding(cases, discriminator, decodable: decl.isDecodable, access, &w)
            } else {
                w.line()
                w.line("/// Decodes the first case whose type matches, in the spec's order.")
                w.block("\(access) init(from decoder: any Swift.Decoder) throws") { w in
                    w.line("let container = try decoder.singleValueContainer()")
                    for c in cases {
                        w.line("if let value = try? container.decode(\(code(c.type)).self) { self = .\(Naming.escaped(c.name))(value); return }")
                    }
                    w.line("throw Swift.DecodingError.dataCorruptedError(in: container, debugDescription: \(CodeWriter.literal("the value matches no case of \(decl.name)")))")
                }
                w.line()
                w.line("/// Reads the value through its `Decodable` conformance.")
                w.block("\(access) init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws") { w in
                    w.line("self = try reader.readDecodable(Self.self)")
                }
            }
            let allCases = cases.map { ($0.name, $0.type) } + (discriminator == nil ? [] : [("unknown", TypeRef.named("Unrecognized", .structure))])
            w.line()
            w.line("/// Encodes the wrapped value as it is.")
            w.block("\(access) func encode(to encoder: any Swift.Encoder) throws") { w in
                w.block("switch self") { w in
                    for (name, _) in allCases { w.line("case .\(Naming.escaped(name))(let value): try value.encode(to: encoder)") }
                }
            }
            w.line()
            w.line("/// Checks the wrapped value against the constraints of its schema.")
            w.block("\(access) func validate() throws(ArizeOpenAPIRuntime.ValidationError)") { w in
                w.block("switch self") { w in
                    for (name, type) in allCases {
                        if case .named(_, let kind) = type.underlying, kind == .structure || kind == .union {
                            w.line("case .\(Naming.escaped(name))(let value): try value.validate()")
                        } else {
                            w.line("case .\(Naming.escaped(name)): break")
                        }
                    }
                }
            }
            for p in shared {
                w.line()
                w.doc(p.doc)
                w.block("\(memberAccess(access, p.type)) var \(Naming.escaped(p.name)): \(propertyType(p))") { w in
                    w.block("switch self") { w in
                        for (name, _) in allCases { w.line("case .\(Naming.escaped(name))(let value): value.\(Naming.escaped(p.name))") }
                    }
                }
            }
            renderNested(decl, &w)
        }
    }

    /// Decoding by the discriminator's value: exact tags, then tags spelled differently only in
    /// case or `-`/`_`, then `unknown`. The fast path peeks at the tag and reads the case's type directly.
    func renderDiscriminatedCoding(_ cases: [UnionCase], _ discriminator: String, decodable: Bool, _ access: AccessLevel, _ w: inout CodeWriter) {
        w.line("/// The case a discriminator value selects.")
        w.block("private enum Tag") { w in
            w.line("case " + (cases.map { Naming.escaped($0.name) } + ["unknown"]).joined(separator: ", "))
        }
        w.line()
        w.block("private static func tag(_ value: Swift.String) -> Tag") { w in
            w.block("switch value") { w in
                for c in cases { w.line("case \(c.discriminatorValues.map(CodeWriter.literal).joined(separator: ", ")): return .\(Naming.escaped(c.name))") }
                spellingFallback(subject: "value", cases.map { ($0.name, $0.discriminatorValues) }, assign: "return .",
                                 otherwise: "return .unknown", &w)
            }
        }
        let key = CodeWriter.literal(discriminator)
        if decodable {
            w.line()
            w.doc(["Decodes the case named by `\(discriminator)`; an unknown or missing value decodes as `unknown`."])
            w.block("\(access) init(from decoder: any Swift.Decoder) throws") { w in
                w.line("let container = try decoder.container(keyedBy: ArizeOpenAPIRuntime.AnyCodingKey.self)")
                w.line("let value = (try? container.decodeIfPresent(Swift.String.self, forKey: ArizeOpenAPIRuntime.AnyCodingKey(\(key)))) ?? nil")
                w.block("switch Self.tag(value ?? \"\")") { w in
                    for c in cases { w.line("case .\(Naming.escaped(c.name)): self = .\(Naming.escaped(c.name))(try \(code(c.type))(from: decoder))") }
                    w.line("case .unknown: self = .unknown(try Unrecognized(from: decoder))")
                }
            }
        }
        w.line()
        w.doc(["Reads the case named by `\(discriminator)` straight from JSON, without `JSONDecoder`."])
        w.block("\(access) init(reading reader: inout ArizeOpenAPIRuntime.JSONReader) throws") { w in
            w.block("switch Self.tag(try reader.peekString(forKey: \(key)) ?? \"\")") { w in
                for c in cases { w.line("case .\(Naming.escaped(c.name)): self = .\(Naming.escaped(c.name))(try \(code(c.type))(reading: &reader))") }
                w.line("case .unknown: self = .unknown(try Unrecognized(reading: &reader))")
            }
        }
    }
}
