/// Reads a parsed JSON document into a ``Document``, checking types as it goes and
/// following `$ref`s of parameters, bodies, responses and headers.
package struct DocumentReader {
    let root: JSON
    /// Problems found in parts already read (see `attempt`), and constructs read but not fully supported.
    package internal(set) var diagnostics = Diagnostics()

    /// A document read, and what reading it found besides (warnings only: problems are thrown).
    package struct Read {
        package var document: Document
        package var diagnostics: Diagnostics
    }

    /// Parses and reads a document from its bytes.
    /// - Throws: the run's ``Diagnostics/failure`` when anything cannot be read.
    package static func read(_ bytes: [UInt8]) throws(GeneratorError) -> Read {
        // A UTF-8 byte order mark is allowed before the JSON (editors on Windows write one).
        let bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let offset = firstInvalidUTF8(bytes) {
            throw GeneratorError("", "not valid UTF-8 (byte \(offset)); OpenAPI documents are UTF-8 JSON")
        }
        let json: JSON
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw GeneratorError("", error.description)
        }
        var reader = DocumentReader(root: json)
        // Every problem in one run: each reference that leads nowhere, and each schema, path or
        // operation that cannot be read (the rest of the document is still read).
        reader.diagnostics.errors += reader.danglingReferences()
        let document = reader.attempt { try $0.readDocument() }
        guard let document, !reader.diagnostics.hasErrors else { throw reader.diagnostics.failure }
        return Read(document: document, diagnostics: reader.diagnostics)
    }

    /// Reads one independent part of the document (a schema, a path's field); a problem is kept
    /// and reading goes on, so that one run reports every problem.
    mutating func attempt<T>(_ body: (inout DocumentReader) throws -> T) -> T? {
        do {
            return try body(&self)
        } catch let error as GeneratorError {
            diagnostics.errors += [error] + error.others
        } catch {
            diagnostics.errors.append(GeneratorError("", "internal error: \(error)"))
        }
        return nil
    }

    package init(root: JSON) { self.root = root }

    /// Every `$ref` in the document whose target does not exist, in document order. Walks with an
    /// explicit stack (documents can nest deeply).
    func danglingReferences() -> [GeneratorError] {
        // Example and literal values are data: a "$ref" key inside them is not a reference.
        let literals: Set<String> = ["$ref", "example", "examples", "default", "const", "enum"]
        // First a cheap pass: the distinct references, each looked up once. Nearly always they all resolve.
        var refs: Set<String> = []
        var values: [JSON] = [root]
        while let value = values.popLast() {
            switch value {
            case .object(let object):
                if let ref = object["$ref"]?.stringValue { refs.insert(ref) }
                for (key, child) in object.entries where !literals.contains(key) { values.append(child) }
            case .array(let items): values += items
            default: break
            }
        }
        let broken = refs.filter { (try? lookup($0, from: "#")) == nil }
        if broken.isEmpty { return [] }
        // Then, only for a broken document, where each broken reference is.
        var problems: [GeneratorError] = []
        var stack: [(JSON, String)] = [(root, "#")]
        while let (value, pointer) = stack.popLast() {
            switch value {
            case .object(let object):
                if let ref = object["$ref"]?.stringValue, broken.contains(ref) {
                    do { _ = try lookup(ref, from: pointer + "/$ref") } catch {
                        problems.append((error as? GeneratorError) ?? GeneratorError(pointer + "/$ref", "\(error)"))
                    }
                }
                for (key, child) in object.entries.reversed() where !literals.contains(key) { stack.append((child, Pointer.child(pointer, key))) }
            case .array(let items):
                for (i, child) in items.enumerated().reversed() { stack.append((child, "\(pointer)/\(i)")) }
            default:
                break
            }
        }
        return problems
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            let length: Int
            switch byte {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            // Overlong, surrogate and out-of-range forms.
            let second = bytes[i + 1]
            if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second > 0x9F) || (byte == 0xF0 && second < 0x90)
                || (byte == 0xF4 && second > 0x8F) { return i }
            i += length
        }
        return nil
    }

    mutating func warn(_ pointer: String, _ message: String) {
        diagnostics.warn(pointer, message)
    }

    // MARK: Typed access

    /// `json`, or `nil` when it is absent or `null`: YAML writes an empty list or map (`parameters:`
    /// with nothing under it, as in Apple's own petstore) as `null`, and it means "none".
    func present(_ json: JSON?) -> JSON? {
        if case .null? = json { return nil }
        return json
    }

    func object(_ json: JSON?, _ pointer: String) throws -> JSONObject {
        guard let json else { throw GeneratorError(pointer, "missing; expected an object") }
        guard let object = json.objectValue else { throw GeneratorError(pointer, "expected an object, found \(json.typeName)") }
        return object
    }

    func string(_ json: JSON?, _ pointer: String) throws -> String? {
        guard let json else { return nil }
        guard let value = json.stringValue else { throw GeneratorError(pointer, "expected a string, found \(json.typeName)") }
        return value
    }

    func bool(_ json: JSON?, _ pointer: String) throws -> Bool? {
        guard let json else { return nil }
        guard case .bool(let value) = json else { throw GeneratorError(pointer, "expected a boolean, found \(json.typeName)") }
        return value
    }

    func int(_ json: JSON?, _ pointer: String) throws -> Int? {
        guard let json else { return nil }
        switch json {
        case .integer(let value) where value >= 0: return value
        // A bound too large for Int means "no bound" in practice; saturate instead of trapping.
        case .number(let value) where value >= 0 && value == value.rounded(): return value >= 9.2e18 ? Int.max : Int(value)
        default: throw GeneratorError(pointer, "expected a non-negative integer, found \(json.typeName)")
        }
    }

    func number(_ json: JSON?, _ pointer: String) throws -> Double? {
        guard let json else { return nil }
        guard let value = json.doubleValue else { throw GeneratorError(pointer, "expected a number, found \(json.typeName)") }
        return value
    }

    func array(_ json: JSON?, _ pointer: String) throws -> [JSON]? {
        guard let json = present(json) else { return nil }
        guard case .array(let value) = json else { throw GeneratorError(pointer, "expected an array, found \(json.typeName)") }
        return value
    }

    // MARK: References

    /// Looks a local reference up in the document.
    package func lookup(_ ref: String, from pointer: String) throws -> JSON {
        guard ref.hasPrefix("#") else {
            throw GeneratorError(pointer, "external reference \"\(ref)\" is not supported; bundle the document into one file first")
        }
        guard let tokens = Pointer.tokens(of: ref) else { throw GeneratorError(pointer, "malformed reference \"\(ref)\"") }
        var current = root
        for token in tokens {
            switch current {
            case .object(let object):
                guard let next = object[token] else { throw GeneratorError(pointer, "reference \"\(ref)\" points to nothing") }
                current = next
            case .array(let array):
                guard let i = Int(token), array.indices.contains(i) else {
                    throw GeneratorError(pointer, "reference \"\(ref)\" points to nothing")
                }
                current = array[i]
            default:
                throw GeneratorError(pointer, "reference \"\(ref)\" points to nothing")
            }
        }
        return current
    }

    /// Follows `$ref` chains (refs to refs) to the final object, reporting cycles.
    func follow(_ json: JSON, at pointer: String) throws -> (JSONObject, String, [String]) {
        var object = try self.object(json, pointer)
        var location = pointer
        var chain: [String] = []
        while let ref = object["$ref"] {
            guard let target = ref.stringValue else { throw GeneratorError(location + "/$ref", "expected a string") }
            if chain.contains(target) {
                throw GeneratorError(pointer, "reference cycle: " + (chain + [target]).joined(separator: " -> "))
            }
            chain.append(target)
            object = try self.object(try lookup(target, from: location), target)
            location = target
        }
        return (object, location, chain)
    }
}
