import ArizeOpenAPIDocument

/// `validate()` bodies from the spec's constraints.
extension Renderer {
    // MARK: Validation

    func validation(type: TypeRef, constraints c: Constraints, expr: String, field: String, optional: Bool, _ w: inout CodeWriter) {
        var lines = CodeWriter()
        let value = optional ? "value" : expr
        checks(type: type, constraints: c, expr: value, field: CodeWriter.literal(field), &lines)
        guard !lines.text.isEmpty else { return }
        if optional {
            w.block("if let value = \(expr)") { w in
                for line in lines.text.split(separator: "\n") { w.line(String(line)) }
            }
        } else {
            for line in lines.text.split(separator: "\n") { w.line(String(line)) }
        }
    }

    /// Appends the checks for one value; `field` is a Swift string expression.
    func checks(type: TypeRef, constraints c: Constraints, expr: String, field: String, _ w: inout CodeWriter) {
        func lit(_ v: Double?, integer: Bool) -> String { v.map { CodeWriter.number($0, integer: integer) } ?? "nil" }
        switch type.underlying {
        case .string:
            if c.minLength != nil || c.maxLength != nil {
                w.line("try ArizeOpenAPIRuntime.Check.length(\(expr), min: \(c.minLength.map(String.init) ?? "nil"), max: \(c.maxLength.map(String.init) ?? "nil"), field: \(field))")
            }
        case .integer(let name):
            // Bounds are Doubles in the spec; as literals of the property's type they must fit it.
            let ranges: [String: (Double, Double)] = [
                "Int8": (Double(Int8.min), Double(Int8.max)), "Int16": (Double(Int16.min), Double(Int16.max)),
                "Int32": (Double(Int32.min), Double(Int32.max)), "UInt8": (0, Double(UInt8.max)), "UInt16": (0, Double(UInt16.max)),
                "UInt32": (0, Double(UInt32.max)), "UInt64": (0, 18_446_744_073_709_551_615.0),
            ]
            let (low, high) = ranges[name] ?? (-9_223_372_036_854_775_808.0, 9_223_372_036_854_775_807.0)
            let min = c.minimum.map { $0.rounded(.up) }.flatMap { $0 <= low ? nil : Swift.min($0, high) }
            let max = c.maximum.map { $0.rounded(.down) }.flatMap { $0 >= high ? nil : Swift.max($0, low) }
            if min != nil || max != nil {
                w.line("try ArizeOpenAPIRuntime.Check.range(\(expr), min: \(lit(min, integer: true)), max: \(lit(max, integer: true)), field: \(field))")
            }
            if c.exclusiveMinimum != nil || c.exclusiveMaximum != nil {
                w.line("try ArizeOpenAPIRuntime.Check.exclusiveRange(Swift.Double(\(expr)), above: \(lit(c.exclusiveMinimum, integer: false)), below: \(lit(c.exclusiveMaximum, integer: false)), field: \(field))")
            }
        case .floating:
            let isInteger = false
            if c.minimum != nil || c.maximum != nil {
                w.line("try ArizeOpenAPIRuntime.Check.range(\(expr), min: \(lit(c.minimum, integer: isInteger)), max: \(lit(c.maximum, integer: isInteger)), field: \(field))")
            }
            if c.exclusiveMinimum != nil || c.exclusiveMaximum != nil {
                w.line("try ArizeOpenAPIRuntime.Check.exclusiveRange(Swift.Double(\(expr)), above: \(lit(c.exclusiveMinimum, integer: false)), below: \(lit(c.exclusiveMaximum, integer: false)), field: \(field))")
            }
        case .array(let item, let optionalItems):
            if c.minItems != nil || c.maxItems != nil {
                w.line("try ArizeOpenAPIRuntime.Check.count(\(expr).count, min: \(c.minItems.map(String.init) ?? "nil"), max: \(c.maxItems.map(String.init) ?? "nil"), field: \(field))")
            }
            var inner = CodeWriter()
            let itemField = String(field.dropLast()) + "[\\(index)]\""
            checks(type: item, constraints: Constraints(), expr: optionalItems ? "item" : "element", field: itemField, &inner)
            if !inner.text.isEmpty {
                w.block("for (index, element) in \(expr).enumerated()") { w in
                    if optionalItems {
                        w.block("if let item = element") { w in inner.text.split(separator: "\n").forEach { w.line(String($0)) } }
                    } else {
                        inner.text.split(separator: "\n").forEach { w.line(String($0)) }
                    }
                }
            }
        case .map(let valueType):
            var inner = CodeWriter()
            let itemField = String(field.dropLast()) + "[\\(key)]\""
            checks(type: valueType, constraints: Constraints(), expr: "element", field: itemField, &inner)
            if !inner.text.isEmpty {
                w.block("for (key, element) in \(expr)") { w in inner.text.split(separator: "\n").forEach { w.line(String($0)) } }
            }
        case .named(_, .structure), .named(_, .union):
            w.line("try ArizeOpenAPIRuntime.Check.nested(\(expr), field: \(field))")
        case .boxed(let wrapped):
            checks(type: wrapped, constraints: c, expr: expr + ".value", field: field, &w)
        default:
            break
        }
    }
}
