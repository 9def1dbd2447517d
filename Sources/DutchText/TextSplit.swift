/// Splitting text into lines, chunks between spaces and the like, as `split(whereSeparator:)`
/// on Characters does, but on UTF-8 bytes when that is sure to give the same answer. Grapheme
/// breaking and Unicode property lookups were the largest cost of the B1 checker.
enum TextSplit {
    enum Separator {
        /// `Character.isWhitespace`.
        case whitespace
        /// `Character.isNewline`.
        case newline
        /// The Character " ".
        case space

        func matches(_ byte: UInt8) -> Bool {
            switch self {
            case .whitespace: byte == 0x20 || (0x09...0x0D).contains(byte)
            case .newline: (0x0A...0x0D).contains(byte)
            case .space: byte == 0x20
            }
        }

        func matches(_ character: Character) -> Bool {
            switch self {
            case .whitespace: character.isWhitespace
            case .newline: character.isNewline
            case .space: character == " "
            }
        }
    }

    /// `text.split(omittingEmptySubsequences:whereSeparator:)` with `separator`, as Strings.
    static func split(_ text: Substring, on separator: Separator, omittingEmpty: Bool = true) -> [String] {
        if let pieces = splitBytes(text, on: separator, omittingEmpty: omittingEmpty) { return pieces }
        return text.split(omittingEmptySubsequences: omittingEmpty, whereSeparator: separator.matches).map(String.init)
    }

    static func split(_ text: String, on separator: Separator, omittingEmpty: Bool = true) -> [String] {
        split(Substring(text), on: separator, omittingEmpty: omittingEmpty)
    }

    /// The byte answer, or nil when a Character could span a separator byte or a non-ASCII
    /// scalar could be a separator. Graphemes only join across an ASCII separator by "\r\n"
    /// (one separator here too) or by a combining mark after it; the scalars let through are
    /// ASCII, Latin, Greek, Cyrillic, Hebrew letters and marks (below U+0600, except U+0085 and
    /// U+00A0), general punctuation and currency signs, none of them a separator or able to
    /// join a grapheme except the marks, which are refused right after a separator.
    static func splitBytes(_ text: Substring, on separator: Separator, omittingEmpty: Bool) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var pieces: [String] = []
            var start = 0
            var index = 0
            var afterSeparator = false
            func end(at stop: Int) {
                if !omittingEmpty || stop > start {
                    pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self))
                }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if separator.matches(byte) {
                        end(at: index)
                        // "\r\n" is one Character, so one separator.
                        if byte == 0x0D, separator != .space, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                        index += 1
                        start = index
                        afterSeparator = true
                    } else {
                        index += 1
                        afterSeparator = false
                    }
                    continue
                }
                // A multi-byte scalar: decode it to see what it is.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                guard index + length <= bytes.count else { return nil }
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                switch value {
                case 0x85, 0xA0: return nil
                case 0x300..<0x600 where afterSeparator: return nil
                case 0x80..<0x600, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF: break
                default: return nil
                }
                index += length
                afterSeparator = false
            }
            end(at: bytes.count)
            return pieces
        }
    }
}
