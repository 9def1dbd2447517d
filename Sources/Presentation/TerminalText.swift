/// Text from outside (reports, records) made safe to print on a terminal: control characters
/// and bidirectional overrides are shown as `\u{…}` instead of acting. A report holding U+202E
/// could otherwise turn the rest of a maintainer's line around, and an escape sequence could
/// recolour or clear the screen.
public enum TerminalText {
    public static func neutralised(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if isHazard(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Controls (C0, DEL, C1), bidi embeddings, overrides, isolates and marks, and line and
    /// paragraph separators.
    static func isHazard(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C, 0x2028, 0x2029: true
        default: false
        }
    }
}
