import ArizeOpenAPIDocument
/// Builds indented Swift source text.
struct CodeWriter {
    private(set) var text = ""
    private var indentation: Int

    /// A writer whose lines start `indentation` levels in (a declaration inside an extension).
    init(indentation: Int = 0) { self.indentation = indentation }

    mutating func line(_ content: String = "") {
        if content.isEmpty {
            text += "\n"
        } else if content.hasPrefix("//") && Self.needsCleaning(content) {
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

    /// Whether text holds a control character or a line separator (U+0085, U+2028, U+2029):
    /// a byte scan, since nearly every line is clean and this runs for each one.
    static func needsCleaning(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F { return true }
            if previous == 0xC2 && (0x80...0x9F).contains(byte) { return true }
            if beforePrevious == 0xE2 && previous == 0x80 && (byte == 0xA8 || byte == 0xA9) { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
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

    /// A Swift string literal for any text. Control characters and line separators become
    /// `\u{…}` escapes, so the literal stays on its line whatever the text holds.
    static func literal(_ value: String) -> String {
        if !needsCleaning(value) && !value.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + value + "\""
        }
        // Byte by byte: a spec can be embedded whole, and scalar-by-scalar appends are slow.
        let bytes = Array(value.utf8)
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(bytes.count + bytes.count / 8 + 2)
        func escape(_ scalar: UInt32) { out += Array("\\u{\(String(scalar, radix: 16))}".utf8) }
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20, 0x7F: escape(UInt32(byte))
            case 0xC2 where i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]):
                escape(UInt32(bytes[i + 1]))
                i += 1
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                escape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                i += 2
            default: out.append(byte)
            }
            i += 1
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// A number as a Swift literal of the given type.
    /// A number as a Swift literal; integers saturate at the ends of `Int64` instead of trapping.
    static func number(_ value: Double, integer: Bool) -> String {
        if integer {
            guard value.isFinite else { return value > 0 ? String(Int64.max) : String(Int64.min) }
            if value >= 9_223_372_036_854_775_807.0 { return String(Int64.max) }
            if value <= -9_223_372_036_854_775_808.0 { return String(Int64.min) }
            return String(Int64(value))
        }
        guard value.isFinite else { return value > 0 ? "Double.infinity" : "-Double.infinity" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) + ".0" : String(value)
    }
}
