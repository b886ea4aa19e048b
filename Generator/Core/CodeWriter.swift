/// Builds indented Swift source text.
struct CodeWriter {
    private(set) var text = ""
    private var indentation = 0

    mutating func line(_ content: String = "") {
        if content.isEmpty {
            text += "\n"
        } else {
            text += String(repeating: "    ", count: indentation) + content + "\n"
        }
    }

    mutating func doc(_ lines: [String]) {
        for line in lines { self.line(line.isEmpty ? "///" : "/// " + line) }
    }

    /// `opener {`, the body indented, `}`. A `switch` keeps its cases at its own level (Swift style).
    mutating func block(_ opener: String, _ body: (inout CodeWriter) throws -> Void) rethrows {
        line(opener + " {")
        let step = opener.hasPrefix("switch ") ? 0 : 1
        indentation += step
        try body(&self)
        indentation -= step
        line("}")
    }

    /// A trailing closure: `opener` already ends with `{ … in`; the body indented, then `}`.
    mutating func closure(_ opener: String, _ body: (inout CodeWriter) throws -> Void) rethrows {
        line(opener)
        indentation += 1
        try body(&self)
        indentation -= 1
        line("}")
    }

    /// A Swift string literal for any text.
    static func literal(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 { out += "\\u{\(String(scalar.value, radix: 16))}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// A number as a Swift literal of the given type.
    static func number(_ value: Double, integer: Bool) -> String {
        if integer { return String(Int64(value)) }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) + ".0" : String(value)
    }
}
