import Foundation

/// Splits Dutch text into the sentences a reader takes in one go: list items are sentences of
/// their own, a blank line ends a sentence, and a full stop after an abbreviation ("bijv.",
/// "o.a."), an initial or inside a number ("10.00") does not.
public enum SentenceSplitter {
    /// Abbreviations that end in a full stop without ending the sentence (folded, without the
    /// final stop).
    public static let abbreviations: Set<String> = [
        "bijv", "bv", "b.v", "o.a", "t/m", "d.w.z", "o.b.v", "incl", "excl", "max", "min", "ca",
        "etc", "enz", "nr", "tel", "m.b.t", "i.p.v", "z.s.m", "e.d", "evt", "dhr", "mevr", "mw", "dr",
        "drs", "ir", "prof", "jl", "resp", "vs", "m.u.v", "i.o.m", "i.s.m", "a.d.h.v", "e.a", "o.l.v",
        "m.n", "t.a.v", "i.v.m", "ivm", "z.o.z", "blz", "st", "mr", "vnl", "gem", "o.m", "n.a.v",
        "t.o.v", "a.s", "j.l", "m.i.v", "p.p", "pag", "e.v", "zgn", "z.g.n",
    ]

    /// Characters that open a list item when they start a line ("• ", "- ", "* ", "1. ", "a) ").
    static let bulletMarks: Set<Character> = ["•", "-", "*", "–", "—", "·", "▪", "◦", "\u{F0B7}", "\\", "○", "►"]

    /// The sentences of `text`, trimmed, in order; empty for a text without words.
    public static func sentences(_ text: String) -> [String] {
        blocks(text).flatMap(splitBlock).filter { sentence in
            sentence.contains { $0.isLetter || $0.isNumber }
        }
    }

    /// Paragraphs and list items: text between blank lines, with each list item on its own.
    static func blocks(_ text: String) -> [String] {
        var blocks: [String] = []
        var current: [String] = []
        func flush() {
            if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
            current = []
        }
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flush()
            } else if let item = listItem(line) {
                flush()
                current = [item]
            } else {
                current.append(line)
            }
        }
        flush()
        return blocks
    }

    /// The text of a list item without its mark, or nil when `line` is not a list item.
    static func listItem(_ line: String) -> String? {
        guard let first = line.first else { return nil }
        let rest = line.dropFirst()
        if bulletMarks.contains(first), rest.first?.isWhitespace == true {
            return rest.trimmingCharacters(in: .whitespaces)
        }
        // "1. ", "12) ", "a) "
        let marker = line.prefix { $0.isNumber }
        if !marker.isEmpty, marker.count <= 2 {
            let after = line.dropFirst(marker.count)
            if let mark = after.first, mark == "." || mark == ")", after.dropFirst().first?.isWhitespace == true {
                return after.dropFirst().trimmingCharacters(in: .whitespaces)
            }
        }
        if first.isLetter, first.isLowercase, rest.first == ")", rest.dropFirst().first?.isWhitespace == true {
            return rest.dropFirst().trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// Splits one paragraph at sentence-ending punctuation.
    static func splitBlock(_ block: String) -> [String] {
        let chars = Array(block)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if ".!?…".contains(char) {
                var end = index + 1
                while end < chars.count, ".!?…\"'’”)".contains(chars[end]) { end += 1 }
                let atEnd = end >= chars.count
                let followedBySpace = !atEnd && chars[end].isWhitespace
                if (atEnd || followedBySpace) && (char != "." || endsSentence(chars, stop: index, next: end)) {
                    sentences.append(String(chars[start..<end]).trimmingCharacters(in: .whitespaces))
                    start = end
                }
                index = end
            } else {
                index += 1
            }
        }
        if start < chars.count {
            sentences.append(String(chars[start...]).trimmingCharacters(in: .whitespaces))
        }
        return sentences.filter { !$0.isEmpty }
    }

    /// Whether the full stop at `stop` ends a sentence: not after an abbreviation or an initial,
    /// and followed by what can start a sentence.
    static func endsSentence(_ chars: [Character], stop: Int, next: Int) -> Bool {
        var wordStart = stop
        while wordStart > 0, !chars[wordStart - 1].isWhitespace { wordStart -= 1 }
        var word = String(chars[wordStart..<stop])
        while let first = word.first, "(\"'‘“".contains(first) { word.removeFirst() }
        let folded = TextNormalizer.fold(word)
        if abbreviations.contains(folded) { return false }
        // An initial ("J. Jansen").
        if word.count == 1, word.first?.isUppercase == true { return false }
        var after = next
        while after < chars.count, chars[after].isWhitespace { after += 1 }
        guard after < chars.count else { return true }
        let following = chars[after]
        // "ca. vijf", "o.a. welzijn": a lower-case word after a stop continues the sentence.
        return !(following.isLetter && following.isLowercase)
    }
}

/// One token of a sentence as the B1 checker sees it.
public struct ReadabilityToken: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// A word of letters (possibly hyphenated: "burn-out", "POH-GGZ").
        case word
        /// Anything with a digit: a number, a time, "65-plussers", a phone number part.
        case number
        /// A web or e-mail address.
        case address
        /// An abbreviation such as "o.a." or "t/m".
        case abbreviation
    }

    public var text: String
    public var kind: Kind

    /// Upper-case first letter.
    public var isCapitalized: Bool { text.first?.isUppercase == true }
    /// Two or more letters, all upper case: an abbreviation like "VVT" or "ZHE-BAR".
    public var isAllCaps: Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }
    /// Lower case, accents folded: the form the lexicon and the glossary use.
    public var folded: String { TextNormalizer.fold(text) }

    /// The tokens of one sentence.
    public static func tokens(_ sentence: String) -> [ReadabilityToken] {
        sentence.split(whereSeparator: \.isWhitespace).flatMap { tokens(chunk: String($0)) }
    }

    static let edgePunctuation: Set<Character> = [
        "(", ")", "[", "]", "{", "}", "\"", "'", "‘", "’", "“", "”", "«", "»", ",", ";", ":", ".",
        "!", "?", "…", "-", "–", "—", "•", "*", "·", "/", "<", ">", "&", "+", "=", "|", "\\",
    ]

    static func tokens(chunk: String) -> [ReadabilityToken] {
        var text = Substring(chunk)
        if chunk.contains("://") || chunk.lowercased().hasPrefix("www.") || (chunk.contains("@") && chunk.contains(".")) {
            while let first = text.first, "(<\"'‘“".contains(first) { text = text.dropFirst() }
            while let last = text.last, ".,;:!?)>\"'’”".contains(last) { text = text.dropLast() }
            return text.isEmpty ? [] : [ReadabilityToken(text: String(text), kind: .address)]
        }
        while let first = text.first, edgePunctuation.contains(first) { text = text.dropFirst() }
        var withStop = text
        while let last = text.last, edgePunctuation.contains(last) { text = text.dropLast() }
        while let last = withStop.last, last != ".", edgePunctuation.contains(last) { withStop = withStop.dropLast() }
        guard !text.isEmpty else { return [] }
        let folded = TextNormalizer.fold(String(text))
        if SentenceSplitter.abbreviations.contains(folded)
            || (withStop.hasSuffix(".") && folded.contains(".") && !folded.contains { $0.isNumber })
        {
            return [ReadabilityToken(text: String(withStop), kind: .abbreviation)]
        }
        if text.contains("/") && !text.contains(where: \.isNumber) {
            return text.split(separator: "/").flatMap { tokens(chunk: String($0)) }
        }
        if text.contains(where: \.isNumber) {
            return [ReadabilityToken(text: String(text), kind: .number)]
        }
        guard text.contains(where: \.isLetter) else { return [] }
        return [ReadabilityToken(text: String(text), kind: .word)]
    }
}
