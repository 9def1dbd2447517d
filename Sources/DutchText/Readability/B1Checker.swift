import Foundation

/// Whether a text is Dutch at level B1, with the figures and the reasons.
public enum B1Verdict: String, Codable, Hashable, Sendable, CustomStringConvertible {
    case b1 = "b1"
    case aboveB1 = "above-b1"
    /// Nothing to read: an empty text is not judged.
    case noText = "no-text"

    public var description: String {
        switch self {
        case .b1: "B1"
        case .aboveB1: "above B1"
        case .noText: "no text"
        }
    }
}

/// Something a reader may stumble over in one sentence.
public struct SentenceFinding: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable {
        case long, rareWord = "rare word", jargon, stigmatising, passive, nominal = "nominal style"
    }

    public var kind: Kind
    /// The words concerned, as written.
    public var words: [String]
    /// What to do instead (for jargon: the plain words).
    public var advice: String?

    public var description: String {
        let words = self.words.map { "\"\($0)\"" }.joined(separator: ", ")
        switch kind {
        case .long: return "long sentence: \(words)"
        case .rareWord: return "rare word: \(words)"
        case .jargon: return "jargon: \(words)" + (advice.map { "; write \"\($0)\"" } ?? "")
        case .stigmatising: return "stigmatising: \(words) must not appear in text for residents" + (advice.map { "; write \"\($0)\"" } ?? "")
        case .passive: return "passive: \(words); say who does it"
        case .nominal: return "nominal style: \(words); use a verb"
        }
    }
}

/// One sentence as the checker read it.
public struct SentenceReport: Hashable, Sendable {
    public var text: String
    public var wordCount: Int
    public var findings: [SentenceFinding]
}

/// The figures of a text: what the index stores and the summary line prints.
public struct ReadabilityFigures: Codable, Hashable, Sendable {
    public var wordCount: Int
    public var sentenceCount: Int
    public var meanSentenceLength: Double
    public var longestSentence: Int
    /// 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence; nil without words.
    public var fleschDouma: Double?
    public var rareWordCount: Int
    public var jargonCount: Int
    public var stigmatisingCount: Int
    public var passiveSentenceCount: Int
    public var nominalWordCount: Int
    public var verdict: B1Verdict

    public init(
        wordCount: Int, sentenceCount: Int, meanSentenceLength: Double, longestSentence: Int,
        fleschDouma: Double?, rareWordCount: Int, jargonCount: Int, stigmatisingCount: Int,
        passiveSentenceCount: Int, nominalWordCount: Int, verdict: B1Verdict
    ) {
        self.wordCount = wordCount
        self.sentenceCount = sentenceCount
        self.meanSentenceLength = meanSentenceLength
        self.longestSentence = longestSentence
        self.fleschDouma = fleschDouma
        self.rareWordCount = rareWordCount
        self.jargonCount = jargonCount
        self.stigmatisingCount = stigmatisingCount
        self.passiveSentenceCount = passiveSentenceCount
        self.nominalWordCount = nominalWordCount
        self.verdict = verdict
    }

    public var rareWordShare: Double { wordCount == 0 ? 0 : Double(rareWordCount) / Double(wordCount) }
}

/// A passage-level reason why a text is above B1.
public struct B1Problem: Hashable, Sendable, CustomStringConvertible {
    public var description: String
}

/// The checker's full answer for one text.
public struct ReadabilityReport: Hashable, Sendable {
    public var sentences: [SentenceReport]
    public var figures: ReadabilityFigures
    /// Why the text is above B1; empty when it is B1.
    public var problems: [B1Problem]
    public var verdict: B1Verdict { figures.verdict }
}

/// Judges whether Dutch text is at level B1: sentence length, word commonness (compound parts
/// judged separately), jargon from the glossary, passive and nominal style, and Flesch-Douma.
public struct B1Checker: Sendable {
    public let lexicon: any Lexicon
    public let glossary: Glossary
    public let thresholds: B1Thresholds
    let decompounder: Decompounder
    /// What the checker needs to know of a word, by the word as written: the same words come
    /// back in every summary, and folding, stemming, splitting and looking up cost far more
    /// than the lookup. Everything it holds depends only on the word and the `let`s above.
    let wordFacts = Memo<String, WordFacts>()
    /// Each chunk of text between spaces as the checker reads it (its tokens, folded, stemmed,
    /// with a word's facts), so a chunk seen before costs one lookup.
    let chunks = Memo<String, [CheckedToken]>()

    public init(lexicon: any Lexicon, glossary: Glossary, thresholds: B1Thresholds = .standard) {
        self.lexicon = lexicon
        self.glossary = glossary
        self.thresholds = thresholds
        self.decompounder = Decompounder(lexicon: lexicon)
    }

    /// One word token, judged once.
    struct WordFacts: Sendable {
        /// Folded, with "’" as "'".
        var folded: String
        var stem: String
        /// The glossary term it is or contains (`singleTerm`), by index.
        var termIndex: Int?
        var isCommon: Bool
        var isParticiple: Bool
        var isNominal: Bool
        var syllables: Int
        var isAllCaps: Bool
        var isCapitalized: Bool
    }

    /// The facts of a token of kind `.word`.
    func facts(_ text: String) -> WordFacts {
        wordFacts.value(text) {
            let folded = Self.comparable(TextNormalizer.fold(text))
            let stem = glossary.stem(folded)
            return WordFacts(
                folded: folded, stem: stem, termIndex: singleTermIndex(folded, stem: stem),
                isCommon: isCommon(folded), isParticiple: Self.isParticiple(folded),
                isNominal: Self.isNominal(folded), syllables: Syllables.count(text),
                isAllCaps: ReadabilityToken(text: text, kind: .word).isAllCaps,
                isCapitalized: ReadabilityToken(text: text, kind: .word).isCapitalized)
        }
    }

    /// One token of a chunk with what the checker compares: folded (with "’" as "'") and
    /// stemmed; a word's facts, nil for other tokens.
    struct CheckedToken: Sendable {
        var token: ReadabilityToken
        var folded: String
        var stem: String
        var facts: WordFacts?
    }

    /// The tokens of `sentence`, chunk by chunk (as `ReadabilityToken.tokens` splits them).
    func checkedTokens(_ sentence: String) -> [CheckedToken] {
        var result: [CheckedToken] = []
        for chunk in TextSplit.split(sentence, on: .whitespace) {
            result += chunks.value(chunk) {
                ReadabilityToken.tokens(chunk: chunk).map { token in
                    if token.kind == .word {
                        let facts = self.facts(token.text)
                        return CheckedToken(token: token, folded: facts.folded, stem: facts.stem, facts: facts)
                    }
                    // Numbers and addresses are folded and stemmed too: a multi-word term is
                    // matched on every token's stem.
                    let folded = Self.comparable(token.folded)
                    return CheckedToken(token: token, folded: folded, stem: glossary.stem(folded), facts: nil)
                }
            }
        }
        return result
    }

    /// A folded token as the checker compares it: a typographic apostrophe as a plain one.
    static func comparable(_ folded: String) -> String {
        folded.utf8.contains(0xE2) ? folded.replacingOccurrences(of: "’", with: "'") : folded
    }

    /// Checks `text`. Words of `names` (the record's own name, its organisation, its places) are
    /// counted but never judged rare or jargon: a reader needs the name to find the place.
    public func check(_ text: String, names: [String] = []) -> ReadabilityReport {
        let nameKeys = names.map { ReadabilityToken.tokens($0).map(\.folded) }.filter { !$0.isEmpty }
        let sentences = SentenceSplitter.sentences(text).map { analyse($0, names: nameKeys) }
        return judge(sentences.map(\.0), syllables: sentences.map(\.1).reduce(0, +), letterWords: sentences.map(\.2).reduce(0, +))
    }

    /// One sentence: its report, its syllables and its count of letter words.
    func analyse(_ sentence: String, names: [[String]]) -> (SentenceReport, Int, Int) {
        // Read straight from the checked tokens: projecting them into arrays of tokens, folded
        // forms and stems cost more than the checks.
        let checked = checkedTokens(sentence)
        let count = checked.count
        var isName = [Bool](repeating: false, count: count)
        for name in names where name.count <= count {
            for start in 0...(count - name.count) where checked[start..<start + name.count].lazy.map(\.folded).elementsEqual(name) {
                for index in start..<start + name.count { isName[index] = true }
            }
        }
        var findings: [SentenceFinding] = []
        if count > thresholds.longSentenceWords {
            findings.append(SentenceFinding(kind: .long, words: ["\(count) words"]))
        }

        // Jargon: multi-word terms first, then words, hyphen parts and compound parts.
        var isJargon = [Bool](repeating: false, count: count)
        for termIndex in glossary.multiWordTerms where glossary.keys[termIndex].count <= count {
            let key = glossary.keys[termIndex]
            let term = glossary.terms[termIndex]
            for start in 0...(count - key.count)
            where checked[start].stem == key[0] && checked[start..<start + key.count].lazy.map(\.stem).elementsEqual(key) {
                let range = start..<start + key.count
                if !term.stigmatising && range.allSatisfy({ isName[$0] }) { continue }
                range.forEach { isJargon[$0] = true }
                findings.append(jargonFinding(term, checked[range].map(\.token.text).joined(separator: " ")))
            }
        }
        for (index, item) in checked.enumerated() where item.token.kind == .word && !isJargon[index] {
            guard let term = item.facts!.termIndex.map({ glossary.terms[$0] }) else { continue }
            if isName[index] && !term.stigmatising { continue }
            isJargon[index] = true
            findings.append(jargonFinding(term, item.token.text))
        }

        // Rare words: names and capitalised words inside a sentence (proper names) are not
        // judged, but an unexplained abbreviation ("VVT") is hard for anyone.
        var rare: [String] = []
        for (index, item) in checked.enumerated() where item.token.kind == .word && !isName[index] && !isJargon[index] {
            let facts = item.facts!
            if facts.isAllCaps {
                rare.append(item.token.text)
            } else if facts.isCapitalized && index > 0 {
                continue
            } else if !facts.isCommon {
                rare.append(item.token.text)
            }
        }
        if !rare.isEmpty { findings.append(SentenceFinding(kind: .rareWord, words: rare)) }

        if let passive = Self.passive(checked) {
            findings.append(SentenceFinding(kind: .passive, words: passive))
        }
        // A heading ("Scholing en ondersteuning") is a noun phrase by nature, not nominal style.
        let isHeading = count < Self.headingWords
        let nominal = isHeading ? [] : checked.indices.filter { checked[$0].token.kind == .word && !isName[$0] && checked[$0].facts!.isNominal }
        if !nominal.isEmpty { findings.append(SentenceFinding(kind: .nominal, words: nominal.map { checked[$0].token.text })) }

        var syllables = 0
        var letterWords = 0
        for item in checked {
            guard let facts = item.facts else { continue }
            syllables += facts.syllables
            letterWords += 1
        }
        return (SentenceReport(text: sentence, wordCount: count, findings: findings), syllables, letterWords)
    }

    func jargonFinding(_ term: Glossary.Term, _ text: String) -> SentenceFinding {
        SentenceFinding(kind: term.stigmatising ? .stigmatising : .jargon, words: [text], advice: term.plain)
    }

    /// The glossary term a word is, or contains as a hyphen part or a compound part.
    func singleTerm(_ folded: String, stem: String) -> Glossary.Term? {
        singleTermIndex(folded, stem: stem).map { glossary.terms[$0] }
    }

    func singleTermIndex(_ folded: String, stem: String) -> Int? {
        if let term = glossary.singleWordTermIndex(stem: stem) { return term }
        if let term = glossary.singleWordTermIndex(folded: folded) { return term }
        let hyphenParts = folded.split(separator: "-").map(String.init)
        for part in hyphenParts {
            if hyphenParts.count > 1, let term = glossary.singleWordTermIndex(stem: glossary.stem(part)) { return term }
            for piece in decompounder.split(part) ?? [] {
                if let term = glossary.singleWordTermIndex(stem: glossary.stem(piece)) { return term }
            }
        }
        return nil
    }

    /// Common enough for a B1 reader: the word itself, or each of its hyphen or compound parts.
    public func isCommon(_ folded: String) -> Bool {
        let parts = folded.split(separator: "-").map(String.init)
        return parts.allSatisfy { part in
            if part.count <= 2 { return true }
            if let zipf = lexicon.zipf(part), zipf >= thresholds.commonWordZipf { return true }
            guard let pieces = decompounder.split(part) else { return false }
            return pieces.allSatisfy { (lexicon.zipf($0) ?? 0) >= thresholds.commonWordZipf }
        }
    }

    // MARK: Style signals

    /// Sentences shorter than this are headings or list items for the nominal-style signal.
    static let headingWords = 5
    static let wordenForms: Set<String> = ["word", "wordt", "worden", "werd", "werden", "geworden"]
    /// Separable particles that come before "ge" in a participle ("uitgesteld", "opgenomen").
    static let particles = [
        "samen", "terug", "door", "over", "voor", "mee", "toe", "uit", "aan", "bij", "weg", "vast",
        "op", "in", "af", "na", "om",
    ]
    static let inseparablePrefixes = ["be", "ver", "ont", "her", "er"]
    /// Nouns that look like participles ("gemeenten", "gebied"): never a passive.
    static let participleLookalikes: Set<String> = [
        "gemeenten", "gesprekken", "gebied", "gebieden", "gevolgen", "gevoelens", "gezinnen",
        "gebouwen", "gedachten", "gevallen", "gewoonten", "genoegen", "geweld", "gebouwd", "gemiddeld",
        "geleden", "gelden", "gezegden", "geheugen", "getallen", "gereedschap", "gezelschap",
    ]
    static let nominalEndings = ["ingen", "ing", "heden", "heid", "aties", "atie", "iteiten", "iteit"]
    /// Everyday nouns that name a thing or a service, not an action turned into a noun: a B1
    /// reader knows them and no verb says it better.
    static let everydayNouns: Set<String> = [
        "informatie", "organisatie", "organisaties", "activiteit", "activiteiten", "behandeling",
        "begeleiding", "verwijzing", "woning", "woningen", "opleiding", "opleidingen", "vereniging",
        "rekening", "rekeningen", "verzekering", "uitnodiging", "vergadering", "training", "trainingen",
        "oefening", "oefeningen", "ervaring", "ervaringen", "situatie", "relatie", "relaties",
        "vakantie", "locatie", "opvoeding", "verslaving", "gezondheid", "veiligheid", "eenzaamheid",
        "mogelijkheid", "mogelijkheden", "beperking", "beperkingen", "meeting", "beweging", "omgeving", "wachttijd", "aanmelding",
        "regering", "leerling", "leerlingen", "tekening", "afdeling", "medicatie", "stichting",
        "bijeenkomst", "uitkering", "toeslag", "woonplaats", "scheiding", "vrijheid", "waarheid",
    ]

    /// The passive in a sentence: a form of "worden" and a past participle, or nil. A word's
    /// facts say whether it is a participle, so that is judged once per word.
    static func passive(_ checked: [CheckedToken]) -> [String]? {
        guard let auxiliary = checked.firstIndex(where: { wordenForms.contains($0.folded) }) else { return nil }
        for (index, item) in checked.enumerated() where index != auxiliary && item.token.kind == .word {
            if item.facts!.isParticiple { return [checked[auxiliary].token.text, item.token.text] }
        }
        return nil
    }

    /// A past participle by its shape: ge…d/t/en ("gebruikt", "geholpen"), be/ver/ont/her…d/t
    /// ("verdeeld"), or one of those after a separable particle ("uitgesteld").
    static func isParticiple(_ word: String) -> Bool {
        guard word.count >= 6, word.allSatisfy(\.isLetter), !participleLookalikes.contains(word) else { return false }
        if nominalEndings.contains(where: word.hasSuffix) || word.hasSuffix("teit") || word.hasSuffix("schap") { return false }
        var stem = Substring(word)
        if let particle = particles.first(where: { word.hasPrefix($0 + "ge") || word.hasPrefix($0 + "ver") || word.hasPrefix($0 + "be") }) {
            stem = stem.dropFirst(particle.count)
        }
        if stem.hasPrefix("ge") && stem.count >= 5 {
            return stem.hasSuffix("d") || stem.hasSuffix("t") || stem.hasSuffix("en")
        }
        if let prefix = inseparablePrefixes.first(where: { stem.hasPrefix($0) }), stem.count >= prefix.count + 3 {
            return stem.hasSuffix("d") || stem.hasSuffix("t")
        }
        return false
    }

    /// A noun made from a verb or adjective (-ing, -heid, -atie, -iteit): nominal style.
    static func isNominal(_ word: String) -> Bool {
        word.count >= 7 && word.allSatisfy(\.isLetter) && !everydayNouns.contains(word)
            && nominalEndings.contains(where: word.hasSuffix)
    }

    // MARK: Verdict

    func judge(_ sentences: [SentenceReport], syllables: Int, letterWords: Int) -> ReadabilityReport {
        let words = sentences.map(\.wordCount).reduce(0, +)
        func count(_ kind: SentenceFinding.Kind) -> Int {
            sentences.flatMap(\.findings).filter { $0.kind == kind }.map(\.words.count).reduce(0, +)
        }
        let mean = sentences.isEmpty ? 0 : Double(words) / Double(sentences.count)
        let flesch: Double? = letterWords == 0
            ? nil : 206.84 - 0.77 * (100 * Double(syllables) / Double(letterWords)) - 0.93 * mean
        var figures = ReadabilityFigures(
            wordCount: words, sentenceCount: sentences.count, meanSentenceLength: mean,
            longestSentence: sentences.map(\.wordCount).max() ?? 0, fleschDouma: flesch,
            rareWordCount: count(.rareWord), jargonCount: count(.jargon),
            stigmatisingCount: count(.stigmatising),
            passiveSentenceCount: sentences.filter { $0.findings.contains { $0.kind == .passive } }.count,
            nominalWordCount: count(.nominal), verdict: .b1)
        guard words > 0 else {
            figures.verdict = .noText
            return ReadabilityReport(sentences: [], figures: figures, problems: [])
        }
        let t = thresholds
        var problems: [String] = []
        if figures.stigmatisingCount > 0 {
            problems.append("stigmatising words (\(figures.stigmatisingCount)) must not appear in text for residents")
        }
        if mean > t.maximumMeanSentenceLength {
            problems.append("mean sentence length \(Self.format(mean)) words is above \(Self.format(t.maximumMeanSentenceLength))")
        }
        if figures.longestSentence > t.maximumSentenceWords {
            problems.append("a sentence of \(figures.longestSentence) words is longer than \(t.maximumSentenceWords)")
        }
        if let flesch, words >= t.minimumWordsForFleschDouma, flesch < t.minimumFleschDouma {
            problems.append("Flesch-Douma \(Self.format(flesch)) is below \(Self.format(t.minimumFleschDouma))")
        }
        let rareAllowed = max(t.minimumRareWordsAllowed, Int(t.rareWordsPer100Words * Double(words) / 100))
        if figures.rareWordCount > rareAllowed {
            problems.append("\(figures.rareWordCount) rare words; at most \(rareAllowed) in \(words) words")
        }
        let jargonAllowed = Int(t.jargonPer100Words * Double(words) / 100)
        if figures.jargonCount > jargonAllowed {
            problems.append("\(figures.jargonCount) jargon words; at most \(jargonAllowed) in \(words) words")
        }
        let passiveAllowed = max(1, Int(t.passiveSentenceShare * Double(sentences.count)))
        if figures.passiveSentenceCount > passiveAllowed {
            problems.append("\(figures.passiveSentenceCount) sentences in the passive; at most \(passiveAllowed) of \(sentences.count)")
        }
        let nominalAllowed = max(t.minimumNominalWordsAllowed, Int(t.nominalWordsPer100Words * Double(words) / 100))
        if figures.nominalWordCount > nominalAllowed {
            problems.append("\(figures.nominalWordCount) nominal-style words; at most \(nominalAllowed) in \(words) words")
        }
        figures.verdict = problems.isEmpty ? .b1 : .aboveB1
        return ReadabilityReport(sentences: sentences, figures: figures, problems: problems.map(B1Problem.init))
    }

    /// "14.3": one decimal, a full stop, the same on every machine.
    public static func format(_ value: Double) -> String {
        String(format: "%.1f", locale: Locale(identifier: "en_US_POSIX"), value)
    }
}
