/// Groups of words that mean the same to someone searching ("somber", "neerslachtig",
/// "depressie"). A query word matches a group when its stem equals a member's stem.
public struct SynonymTable: Sendable {
    public let groups: [[String]]
    private var groupsByStem: [String: [Int]] = [:]
    private let stemmer = DutchStemmer()

    public init(groups: [[String]]) {
        self.groups = groups.map { $0.map(TextNormalizer.fold) }
        for (index, group) in self.groups.enumerated() {
            for member in group {
                groupsByStem[Self.key(member, stemmer.stem), default: []].append(index)
            }
        }
    }

    /// The other members of every group `word` belongs to.
    public func synonyms(of word: String, stem: (String) -> String) -> [String] {
        let key = Self.key(word, stem)
        var result: [String] = []
        for index in groupsByStem[key] ?? [] {
            for member in groups[index] where Self.key(member, stem) != key && !result.contains(member) {
                result.append(member)
            }
        }
        return result
    }

    private static func key(_ phrase: String, _ stem: (String) -> String) -> String {
        TextNormalizer.words(phrase).map(stem).joined(separator: " ")
    }
}
