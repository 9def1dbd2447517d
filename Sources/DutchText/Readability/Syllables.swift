/// Counts Dutch syllables by vowel groups, which beats a hyphenation dictionary on Dutch
/// compounds: each vowel sound is one syllable, and the Dutch double vowels and diphthongs
/// (aa, ee, oo, uu, ie, oe, eu, ei, ij, au, ou, ui, and ieu, eeu, oei, aai, ooi) count as one.
/// A diaeresis starts a new syllable ("financiële", "geëvalueerd").
public enum Syllables {
    /// Vowel sequences that sound as one, longest first so "ieu" wins over "ie".
    static let units: [String] = [
        "ieu", "eeu", "oei", "aai", "ooi", "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ei", "ij",
        "au", "ou", "ui",
    ]
    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
    static let diaeresis: [Character: Character] = ["ë": "e", "ï": "i", "ü": "u", "ö": "o", "ä": "a"]
    static let accented: [Character: Character] = [
        "á": "a", "à": "a", "â": "a", "é": "e", "è": "e", "ê": "e", "í": "i", "ì": "i", "î": "i",
        "ó": "o", "ò": "o", "ô": "o", "ú": "u", "ù": "u", "û": "u", "ý": "y",
    ]

    /// The number of syllables in `word`; at least 1 for any word with a letter.
    public static func count(_ word: String) -> Int {
        // Letters only, lower case, with a marker before each vowel carrying a diaeresis.
        var letters: [Character] = []
        var breaks = Set<Int>()
        for char in word.lowercased() where char.isLetter {
            if let plain = diaeresis[char] {
                breaks.insert(letters.count)
                letters.append(plain)
            } else {
                letters.append(accented[char] ?? char)
            }
        }
        guard !letters.isEmpty else { return 0 }
        var count = 0
        var index = 0
        while index < letters.count {
            let char = letters[index]
            // "ij" is a vowel sound: the j belongs to the i.
            guard vowels.contains(char) else {
                index += 1
                continue
            }
            var length = 1
            for unit in units where unit.count > 1 {
                let end = index + unit.count
                guard end <= letters.count, String(letters[index..<end]) == unit else { continue }
                // A diaeresis inside the unit breaks it ("coördinatie": co-ör).
                if (index + 1..<end).contains(where: breaks.contains) { continue }
                length = unit.count
                break
            }
            count += 1
            index += length
        }
        return max(count, 1)
    }
}
