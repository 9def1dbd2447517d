import Foundation
import KaartModel

/// Writes a B1 summary from a record's fields when no maintainer wrote one: a lead sentence in
/// plain words, then short sentences that answer "Wat is het? Voor wie? Waar en wanneer? Wat kost
/// het? Hoe begin je?". What the record does not know is left out, never guessed; every number,
/// name, phone number, e-mail and web address comes from the record.
public struct B1SummaryWriter: Sendable {
    public let checker: B1Checker
    public let taxonomy: Taxonomy
    /// A free-text field (schedule, fees, how to begin) is quoted only when it is this short.
    public var maximumQuotedWords = 12

    public init(checker: B1Checker, taxonomy: Taxonomy) {
        self.checker = checker
        self.taxonomy = taxonomy
    }

    /// The summary of `entry`, one sentence after another.
    public func summary(for entry: Entry) -> String {
        if entry.kind == .knowledge { return articleSummary(entry) }
        var sentences = [lead(entry)]
        sentences += [forWhom(entry)].compactMap { $0 } + whereAndWhen(entry) + [cost(entry)].compactMap { $0 }
        sentences += howToStart(entry)
        return sentences.joined(separator: " ")
    }

    /// The words of a record that are names: never judged rare or jargon in its summary.
    public static func names(of entry: Entry) -> [String] {
        var names = [entry.name, entry.alternateName, entry.organization?.name, entry.municipality, entry.address?.city, entry.address?.address1]
        names += entry.serviceArea.map(Optional.some)
        return names.compactMap { $0 }
    }

    /// A knowledge article: what it explains, its opening sentences when they read as B1, and
    /// who it is for. An article has no place, price or way in.
    func articleSummary(_ entry: Entry) -> String {
        var sentences = [templateLead(entry)]
        sentences += SentenceSplitter.sentences(entry.description).prefix(2).prefix { isPlainSentence($0, entry) }
        sentences += [forWhom(entry)].compactMap { $0 }
        return sentences.joined(separator: " ")
    }

    // MARK: Wat is het?

    /// The description's first sentence in plain words when it reads as B1; else a sentence
    /// built from the kind and the support types.
    func lead(_ entry: Entry) -> String {
        if let first = SentenceSplitter.firstSentence(entry.description) {
            let plain = replaceJargon(first)
            if isPlainSentence(plain, entry) { return plain }
        }
        return templateLead(entry)
    }

    /// One short sentence without anything the checker would point at.
    func isPlainSentence(_ sentence: String, _ entry: Entry) -> Bool {
        // The cheap condition first: without a final stop the checker need not read it.
        guard sentence.hasSuffix(".") else { return false }
        let report = checker.check(sentence, names: Self.names(of: entry))
        return report.verdict == .b1 && report.sentences.count == 1 && report.figures.wordCount <= 15
            && report.sentences[0].findings.isEmpty
    }

    /// Plain phrases for support types, to fit after "voor".
    static let supportPhrases: [String: String] = [
        "informatie-en-advies": "advies",
        "ontmoeting-en-inloop": "ontmoeting met andere mensen",
        "lotgenotencontact": "contact met mensen die hetzelfde meemaken",
        "ervaringsdeskundige-steun": "steun van mensen die het zelf hebben meegemaakt",
        "cursus-of-training": "een cursus of training",
        "activiteit": "activiteiten",
        "begeleiding-en-coaching": "begeleiding",
        "praktische-hulp": "praktische hulp",
        "behandeling": "behandeling",
        "hulplijn-en-crisis": "hulp via een hulplijn",
        "online-zelfhulp": "hulp op internet die je zelf gebruikt",
        "e-community": "contact met anderen op internet",
        "hulpmiddel": "een hulpmiddel",
    ]

    /// Plain phrases for levensdomeinen, to fit after "over".
    static let domainPhrases: [String: String] = [
        "psychisch-welzijn": "hoe je je voelt",
        "sociale-contacten": "contact met anderen",
        "geld-en-schulden": "geld",
        "wonen": "wonen",
        "werk-en-dagbesteding": "werk",
        "school-en-studie": "school",
        "zingeving": "de zin van je leven",
        "dagelijks-leven": "je dagelijks leven",
        "lichaam-en-leefstijl": "gezond leven",
        "veiligheid": "je veilig voelen",
        "gezin-en-opvoeden": "je gezin",
        "verslaving": "verslaving",
    ]

    func templateLead(_ entry: Entry) -> String {
        let topics = entry.domains.prefix(2).map { code in
            Self.domainPhrases[code] ?? plainLabel(.domains, code)
        }
        let about = topics.isEmpty ? "" : " over " + Self.list(Array(topics))
        switch entry.kind {
        case .knowledge:
            return "Dit is uitleg\(about)."
        case .supportPoint:
            return "Dit is een plek waar je andere mensen ontmoet en steun krijgt."
        case .peerSupport:
            return "Hier heb je contact met mensen die hetzelfde meemaken."
        case .offering, .online:
            let support = entry.supportTypes.prefix(2).map { Self.supportPhrases[$0] ?? plainLabel(.supportTypes, $0) }
            guard !support.isEmpty else { return "Dit is hulp\(about)." }
            return "Je kunt hier terecht voor \(Self.list(Array(support)))."
        }
    }

    // MARK: Voor wie?

    static let groupPhrases: [String: String] = [
        "naasten": "naasten",
        "psychische-kwetsbaarheid": "mensen met psychische klachten",
        "professionals": "hulpverleners",
        "nieuwkomers": "nieuwkomers",
    ]

    func forWhom(_ entry: Entry) -> String? {
        let groups = entry.targetGroups.map { Self.groupPhrases[$0] ?? plainLabel(.targetGroups, $0) }
        let ages: String? = switch (entry.minimumAge, entry.maximumAge) {
        case (let low?, let high?): "van \(low) tot en met \(high) jaar"
        case (let low?, nil): "van \(low) jaar en ouder"
        case (nil, let high?): "tot en met \(high) jaar"
        default: nil
        }
        if groups.isEmpty {
            return ages.map { "Het is voor mensen \($0)." }
        }
        let others = groups.filter { $0 != "iedereen" }
        var sentence: String
        if groups.contains("iedereen") && !others.isEmpty {
            sentence = "Iedereen is welkom, ook \(Self.list(others))"
        } else {
            sentence = "Het is voor \(Self.list(groups))"
        }
        if let ages { sentence += " " + ages }
        return sentence + "."
    }

    // MARK: Waar en wanneer?

    func whereAndWhen(_ entry: Entry) -> [String] {
        var sentences: [String] = []
        if entry.locationType == .virtual {
            let ways = [entry.url != nil ? "internet" : nil, entry.phones.isEmpty ? nil : "de telefoon"].compactMap { $0 }
            let via = ways.isEmpty ? "" : " via " + ways.joined(separator: " of ")
            if entry.servesWholeCountry {
                sentences.append("Je kunt het overal gebruiken\(via).")
            } else if let area = areaSentence(entry) {
                if !via.isEmpty { sentences.append("Je gebruikt het\(via).") }
                sentences.append(area)
            }
        } else if entry.locationPrecision != .none || entry.address?.address1 != nil {
            if let street = entry.address?.address1 {
                let town = [entry.address?.postalCode, entry.address?.city ?? entry.municipality].compactMap { $0 }.joined(separator: " ")
                sentences.append("Het adres is \(street)" + (town.isEmpty ? "" : ", \(town)") + ".")
            } else if let municipality = entry.municipality {
                sentences.append("Het is in de gemeente \(municipality).")
            }
        } else if let area = areaSentence(entry) {
            sentences.append(area)
        }
        if let schedule = entry.schedule, isShort(schedule) {
            sentences.append("Wanneer: \(Self.withoutFinalStop(schedule)).")
        }
        return sentences
    }

    func areaSentence(_ entry: Entry) -> String? {
        let area = entry.serviceArea.isEmpty ? (entry.municipality.map { [$0] } ?? []) : entry.serviceArea
        guard !area.isEmpty else { return nil }
        if area.count <= 4 { return "Het is voor inwoners van \(Self.list(area))." }
        return "Het is voor inwoners van \(area[0]), \(area[1]) en andere gemeenten."
    }

    // MARK: Wat kost het?

    func cost(_ entry: Entry) -> String? {
        if entry.free == true { return "Het is gratis." }
        if let fees = entry.feesDescription, isShort(fees) { return "Kosten: \(Self.withoutFinalStop(fees))." }
        if entry.free == false { return "Het is niet gratis." }
        return nil
    }

    // MARK: Hoe begin je?

    func howToStart(_ entry: Entry) -> [String] {
        var sentences: [String] = []
        switch entry.access {
        case "vrije-inloop":
            sentences.append(entry.locationType == .virtual ? "Je kunt meteen beginnen." : "Je kunt zonder afspraak binnenlopen.")
        case "aanmelden":
            sentences.append("Je meldt je zelf aan.")
        case "verwijzing-nodig":
            sentences.append("Je hebt een verwijzing nodig.")
        default:
            if let process = entry.applicationProcess, isShort(process),
                checker.check(process, names: Self.names(of: entry)).verdict == .b1
            {
                sentences.append(Self.withoutFinalStop(process) + ".")
            }
        }
        let phone = entry.phones.first.map { "Bel \($0.number)." }
        let web = entry.url.map { "Kijk op \($0)." }
        let mail = entry.email.map { "Mail naar \($0)." }
        let contact = entry.locationType == .virtual ? (web ?? phone ?? mail) : (phone ?? mail ?? web)
        if let contact { sentences.append(contact) }
        return sentences
    }

    // MARK: Helpers

    /// `text` with every glossary term that stands as a whole word replaced by its plain words.
    public func replaceJargon(_ text: String) -> String {
        var chunks = TextSplit.split(text, on: .space)
        let glossary = checker.glossary
        // Each chunk's stem (nil for a chunk without letters or digits); kept in step with
        // `chunks` when a window is replaced.
        var chunkStems: [String?] = chunks.map(glossary.chunkStem)
        var index = 0
        while index < chunks.count {
            // Only terms whose first stem is this chunk's can match here; they come in glossary
            // order, so the first match is the one a scan of every term would find.
            guard let first = chunkStems[index], let candidates = glossary.termsByFirstStem[first] else {
                index += 1
                continue
            }
            for termIndex in candidates where index + glossary.keys[termIndex].count <= chunks.count {
                let key = glossary.keys[termIndex]
                let stems = chunkStems[index..<index + key.count]
                guard !stems.contains(where: { $0 == nil }) else { continue }
                guard stems.elementsEqual(key, by: { $0 == $1 }) else { continue }
                let window = chunks[index..<index + key.count]
                var plain = glossary.terms[termIndex].plain
                if index == 0, let first = plain.first {
                    plain = first.uppercased() + plain.dropFirst()
                }
                let leading = String(window.first!.prefix { !$0.isLetter && !$0.isNumber })
                let trailing = String(window.last!.reversed().prefix { !$0.isLetter && !$0.isNumber }.reversed())
                chunks.replaceSubrange(index..<index + key.count, with: [leading + plain + trailing])
                chunkStems.replaceSubrange(index..<index + key.count, with: [nil])
                break
            }
            index += 1
        }
        return chunks.joined(separator: " ")
    }

    static func core(_ chunk: String) -> String {
        String(chunk.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed())
    }

    /// A taxonomy label in running text: lower case, without the part in brackets.
    func plainLabel(_ facet: Taxonomy.Facet, _ code: String) -> String {
        var label = taxonomy.label(facet, code: code, .dutch)
        if let bracket = label.firstIndex(of: "(") { label = String(label[..<bracket]) }
        label = label.trimmingCharacters(in: .whitespaces)
        guard let first = label.first, !(label.dropFirst().first?.isUppercase ?? false) else { return label }
        return first.lowercased() + label.dropFirst()
    }

    func isShort(_ text: String) -> Bool {
        let words = ReadabilityToken.tokens(text).count
        return words > 0 && words <= maximumQuotedWords && SentenceSplitter.sentences(text).count == 1
    }

    static func withoutFinalStop(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = text.last, ".;:".contains(last) { text.removeLast() }
        return text
    }

    /// Text on one line: YAML's folded lines and paragraphs joined by single spaces.
    public static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// "a", "a en b", "a, b en c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " en " + items.last!
    }
}
