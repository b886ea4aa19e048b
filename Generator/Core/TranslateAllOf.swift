import ArizeOpenAPIDocument

/// `allOf`: the properties of an object schema and of the branches it merges in.
extension Translator {
    /// An object schema with its `allOf` branches merged in.
    struct MergedObject {
        /// Every property, in order; a later branch's property replaces an earlier one of that name.
        var properties: [(String, Schema)] = []
        var required = Set<String>()
        /// The schema of additional properties, from the first place that gives one.
        var additional: Schema?
        /// Whether any part forbids additional properties.
        var forbidsAdditional = false
    }

    /// Properties of an object schema with its `allOf` branches merged in, in order.
    mutating func mergedObject(_ schema: Schema, pointer: String, visiting: Set<String> = []) throws -> MergedObject {
        var properties: [(String, Schema)] = []
        var required = Set<String>()
        var additional: Schema? = schema.additionalProperties
        var forbidden = schema.additionalPropertiesForbidden
        func add(_ more: [(String, Schema)]) {
            for (name, s) in more {
                if let i = properties.firstIndex(where: { $0.0 == name }) { properties[i] = (name, s) } else { properties.append((name, s)) }
            }
        }
        for (i, branch) in schema.allOf.enumerated() {
            var target = branch
            var location = "\(pointer)/allOf/\(i)"
            var seen = visiting
            while let ref = target.ref {
                if seen.contains(ref) { throw GeneratorError(location, "allOf reference cycle through \(ref)") }
                seen.insert(ref)
                guard let component = componentSchemas[ref] else {
                    target = try reader.readSchema(try reader.lookup(ref, from: location), ref)
                    location = ref
                    continue
                }
                target = component
                location = ref
            }
            if Self.significant([target]).isEmpty { continue }  // a description or `{properties: {}}`: nothing to merge
            let branchShape = try shape(of: target)
            guard branchShape == .structure || (branchShape == .alias && !target.allOf.isEmpty) else {
                // An enum, a union or a scalar cannot be merged into an object: keep the rest, say so.
                warn("\(pointer)/allOf/\(i)", "this allOf branch is not an object and is left out of the merged type")
                continue
            }
            let merged = try mergedObject(target, pointer: location, visiting: seen)
            add(merged.properties)
            required.formUnion(merged.required)
            if additional == nil { additional = merged.additional }
            forbidden = forbidden || merged.forbidsAdditional
        }
        add(schema.properties)
        required.formUnion(schema.required)
        return MergedObject(properties: properties, required: required, additional: additional, forbidsAdditional: forbidden)
    }
}
