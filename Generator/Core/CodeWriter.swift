/// Builds indented Swift source text.
struct CodeWriter {
    private(set) var text = ""
    private var indentation = 0

    mutating func line(_ content: String = "") {
        if content.isEmpty {
            text += "\n"
        } else if content.hasPrefix("//") {
            // A comment may carry text from the spec: it must not be able to end its line.
            let marker = content.hasPrefix("///") ? "///" : "//"
            for (i, piece) in Self.commentLines(content.dropFirst(marker.count)).enumerated() {
                let body = i == 0 ? piece : (piece.isEmpty ? "" : " " + piece)
                text += String(repeating: "    ", count: indentation) + marker + body + "\n"
            }
        } else {
            text += String(repeating: "    ", count: indentation) + content + "\n"
        }
    }

    mutating func doc(_ lines: [String]) {
        for line in lines { self.line(line.isEmpty ? "///" : "/// " + line) }
    }

    /// Every scalar a Swift lexer, an editor or a documentation tool may take as the end of a line.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Splits comment text at every line break (CR LF counts once); other control characters become spaces.
    static func commentLines(_ text: Substring) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if isLineBreak(scalar) {
                if !(scalar == "\n" && previousWasCR) {
                    lines.append(String(current))
                    current = String.UnicodeScalarView()
                }
                previousWasCR = scalar == "\r"
                continue
            }
            previousWasCR = false
            current.append(scalar.value < 0x20 || scalar.value == 0x7F ? " " : scalar)
        }
        lines.append(String(current))
        return lines
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
                // Control characters and line separators are written as escapes, so the literal stays on its line.
                if scalar.value < 0x20 || scalar.value == 0x7F || isLineBreak(scalar) || (0x80...0x9F).contains(scalar.value) {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
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
