import Foundation

/// A text file of passages to check (`kaart b1`, the calibration fixtures): `#` lines are
/// comments, `# expect: b1` or `# expect: above-b1` says what every passage should be judged,
/// and a line `--- label` starts a passage. A file without `---` lines is one passage.
public struct PassageFile: Hashable, Sendable {
    public struct Passage: Hashable, Sendable {
        public var label: String
        public var text: String
    }

    public var expected: B1Verdict?
    public var passages: [Passage]

    public init(parsing text: String, name: String) {
        var expected: B1Verdict?
        var passages: [Passage] = []
        var label: String?
        var lines: [Substring] = []
        var loose: [Substring] = []
        func flush() {
            if let label { passages.append(Passage(label: label, text: lines.joined(separator: "\n"))) }
            lines = []
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.hasPrefix("#") {
                let comment = line.dropFirst().trimmingCharacters(in: .whitespaces)
                if comment.hasPrefix("expect:") {
                    switch comment.dropFirst("expect:".count).trimmingCharacters(in: .whitespaces).lowercased() {
                    case "b1": expected = .b1
                    case "above-b1": expected = .aboveB1
                    default: break
                    }
                }
            } else if line.hasPrefix("---") {
                flush()
                label = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
            } else if label != nil {
                lines.append(line)
            } else {
                loose.append(line)
            }
        }
        flush()
        if passages.isEmpty {
            passages = [Passage(label: name, text: loose.joined(separator: "\n"))]
        }
        self.expected = expected
        self.passages = passages
    }
}
