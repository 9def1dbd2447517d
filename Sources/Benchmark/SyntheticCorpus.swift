import Foundation
import KaartModel

/// A deterministic synthetic corpus for the benchmark: records that look like the real ones in
/// vocabulary, length and taxonomy mix, spread over the real PC4 centroids, and clearly marked
/// synthetic (id prefix `synth-`, a source note that says so). They never go in `Corpus/`.
///
/// Population proxy: a record is placed at a PC4 area drawn uniformly from all PC4 areas, so a
/// place gets records in proportion to its number of postcode areas (Amsterdam many, a village one).
public struct SyntheticCorpus: Sendable {
    public var seed: UInt64
    public var today: Day
    let gazetteer: Gazetteer
    /// Every PC4 area, sorted by digits so the draw does not depend on dictionary order.
    let areas: [Gazetteer.PostcodeArea]
    /// Municipality names, sorted: regional online help serves a few of them.
    let municipalities: [String]
    /// Ordinary Dutch words from the word list, most frequent first: filler text.
    let commonWords: [String]

    /// Rare words: each record mentions one of them with a small probability, so the "rare word"
    /// query class has a few dozen hits at 100,000 records.
    public static let rareWords = [
        "boogschieten", "imkeren", "klompendansen", "beeldhouwen", "vogelspotten",
        "glasblazen", "pottenbakken", "edelsmeden", "zeepkistenrace", "kantklossen",
    ]

    public static let idPrefix = "synth-"
    public static let sourceURL = "https://example.org/synthetisch-benchmarkcorpus"
    public static let sourceNote = "Synthetisch record voor de benchmark (kaart bench); beschrijft geen echte hulp."

    public init(seed: UInt64 = 8, today: Day, gazetteer: Gazetteer, wordFrequencies: [String: Double]) {
        self.seed = seed
        self.today = today
        self.gazetteer = gazetteer
        areas = gazetteer.postcodeAreas.values.sorted { $0.digits < $1.digits }
        municipalities = gazetteer.municipalities.keys.sorted()
        commonWords = wordFrequencies
            .filter { $0.value >= 4.3 && $0.key.count >= 3 && $0.key.allSatisfy { $0.isLetter && $0.isASCII } }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map(\.key)
    }

    /// Record `number` (0-based). Each record depends only on the seed and its number, so any
    /// range can be generated on its own and N = 1,000 is a prefix of N = 100,000.
    public func record(_ number: Int) -> SyntheticRecord {
        var random = SplitMix64(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(number))
        let kind = random.weighted(Self.kindMix)
        var record = SyntheticRecord(
            id: Self.idPrefix + String(format: "%06d", number), kind: kind, name: "", description: "")
        let domainCount = kind == .knowledge ? random.int(in: 0...1) : random.int(in: 1...3)
        record.domains = random.sample(Self.domainCodes, count: max(domainCount, kind == .knowledge ? 0 : 1))
        let topics = record.domains.isEmpty ? [random.element(Self.domainCodes)] : record.domains
        record.targetGroups = random.sample(Self.targetGroupCodes, count: random.int(in: 1...2))
        if kind != .knowledge {
            record.supportTypes = random.sample(Self.supportTypesByKind[kind]!, count: random.int(in: 1...2))
            record.access = random.chance(0.8) ? random.element(["vrije-inloop", "aanmelden", "verwijzing-nodig"]) : nil
            record.free = random.chance(0.7) ? random.chance(0.75) : nil
            record.sector = random.element(["sociale-basis", "welzijn", "sociaal-domein", "ggz", "huisartsenzorg", "landelijk"])
        }
        if random.chance(0.1) { record.languages = ["nl"] + random.sample(["en", "ar", "tr", "pl", "uk"], count: random.int(in: 1...2)) }
        if random.chance(0.15) { record.minimumAge = random.element([12, 16, 18, 55, 65]) }
        record.status = random.chance(0.02) ? .inactive : .active
        // Checked within the last two years, so about half are past the freshness limit.
        let monthsAgo = random.int(in: 0...23)
        let month = (today.year * 12 + today.month - 1) - monthsAgo
        let day = random.int(in: 1...(monthsAgo == 0 ? min(28, today.day) : 28))
        record.assuredDate = Day(year: month / 12, month: month % 12 + 1, day: day)!

        let topic = random.element(Self.topicWords[topics[0]]!)
        switch kind {
        case .online, .knowledge:
            record.isVirtual = true
            // Most online help is national; some serves a region of a few municipalities.
            if kind == .online && random.chance(0.25) {
                let first = random.int(in: 0..<municipalities.count)
                record.serviceArea = (0..<random.int(in: 1...3)).map { municipalities[(first + $0 * 7) % municipalities.count] }
            }
        case .offering, .supportPoint, .peerSupport:
            let area = areas[random.int(in: 0..<areas.count)]
            record.postcode = area.digits
            record.place = area.place
            record.municipality = area.municipality
            // A gemeente's own services serve only its residents.
            if record.sector == "sociaal-domein" { record.serviceArea = [area.municipality] }
        }
        record.name = name(kind, topic: topic, place: record.place, &random)
        record.organization = random.chance(0.6) ? random.element(Self.organisations) + (record.place.map { " " + $0 } ?? "") : nil
        record.description = description(record, topics: topics, &random)
        if random.chance(0.5) {
            record.summaryB1 = "Hier krijg je hulp bij \(topic). Je kunt zelf bellen of langskomen. "
                + random.element(Self.summaryEndings)
        }
        return record
    }

    /// Records 0..<count.
    public func records(_ count: Int) -> [SyntheticRecord] { (0..<count).map(record) }

    func name(_ kind: Entry.Kind, topic: String, place: String?, _ random: inout SplitMix64) -> String {
        let nickname = random.chance(0.4) ? " " + random.element(Self.nicknames) : ""
        switch kind {
        case .offering:
            return random.element(Self.offeringNames) + nickname + (place.map { " " + $0 } ?? "")
        case .supportPoint:
            return random.element(Self.supportPointNames) + nickname + (place.map { " " + $0 } ?? "")
        case .peerSupport:
            return random.element(Self.peerNames) + " " + topic + (place.map { " " + $0 } ?? "")
        case .online:
            return random.element(Self.onlineNames).replacingOccurrences(of: "{}", with: topic)
        case .knowledge:
            return random.element(Self.knowledgeTitles).replacingOccurrences(of: "{}", with: topic)
        }
    }

    func description(_ record: SyntheticRecord, topics: [String], _ random: inout SplitMix64) -> String {
        var sentences: [String] = []
        let group = Self.groupWords[record.targetGroups[0]] ?? "iedereen"
        let count = record.kind == .knowledge ? random.int(in: 6...14) : random.int(in: 2...7)
        for index in 0..<count {
            let topic = random.element(Self.topicWords[random.element(topics)]!)
            if index == 0 || random.chance(0.55) {
                let template = random.element(Self.sentenceTemplates)
                sentences.append(
                    template.replacingOccurrences(of: "{topic}", with: topic)
                        .replacingOccurrences(of: "{group}", with: group)
                        .replacingOccurrences(of: "{place}", with: record.place ?? "heel Nederland"))
            } else {
                sentences.append(filler(&random))
            }
        }
        if random.chance(0.005 * Double(count)) {
            sentences.append("Ook \(random.element(Self.rareWords)) hoort bij het aanbod.")
        }
        return sentences.joined(separator: " ")
    }

    /// A sentence of ordinary words, drawn with a bias to frequent words as in real text.
    func filler(_ random: inout SplitMix64) -> String {
        let length = random.int(in: 5...13)
        let words = (0..<length).map { _ -> String in
            let u = random.unit()
            return commonWords[min(commonWords.count - 1, Int(Double(commonWords.count) * u * u * u))]
        }
        return words.joined(separator: " ").prefix(1).uppercased() + words.joined(separator: " ").dropFirst() + "."
    }

    // MARK: Vocabulary

    static let kindMix: [(Entry.Kind, Double)] = [
        (.offering, 0.50), (.supportPoint, 0.08), (.peerSupport, 0.14), (.online, 0.20), (.knowledge, 0.08),
    ]
    static let domainCodes = [
        "psychisch-welzijn", "sociale-contacten", "geld-en-schulden", "wonen", "werk-en-dagbesteding",
        "school-en-studie", "zingeving", "dagelijks-leven", "lichaam-en-leefstijl", "veiligheid",
        "gezin-en-opvoeden", "verslaving",
    ]
    static let targetGroupCodes = [
        "iedereen", "iedereen", "iedereen", "jongeren", "jongvolwassenen", "volwassenen", "ouderen", "naasten",
        "psychische-kwetsbaarheid", "ouders", "nieuwkomers", "studenten",
    ]
    static let supportTypesByKind: [Entry.Kind: [String]] = [
        .offering: ["informatie-en-advies", "cursus-of-training", "activiteit", "begeleiding-en-coaching", "praktische-hulp", "behandeling"],
        .supportPoint: ["ontmoeting-en-inloop", "ervaringsdeskundige-steun", "informatie-en-advies", "activiteit"],
        .peerSupport: ["lotgenotencontact", "ervaringsdeskundige-steun", "ontmoeting-en-inloop"],
        .online: ["online-zelfhulp", "e-community", "hulplijn-en-crisis", "informatie-en-advies", "hulpmiddel"],
    ]
    static let topicWords: [String: [String]] = [
        "psychisch-welzijn": ["somberheid", "angst", "stress", "piekeren", "burn-out", "psychische klachten", "paniek", "depressie", "spanning", "zelfvertrouwen"],
        "sociale-contacten": ["eenzaamheid", "nieuwe mensen ontmoeten", "sociale contacten", "vriendschap", "samen eten", "een praatje"],
        "geld-en-schulden": ["schulden", "geldzorgen", "de administratie", "rekeningen betalen", "budgetteren", "armoede", "toeslagen"],
        "wonen": ["huisvesting", "een woning zoeken", "dakloosheid", "problemen met de huur", "woonbegeleiding"],
        "werk-en-dagbesteding": ["vrijwilligerswerk", "dagbesteding", "werk zoeken", "re-integratie", "een zinvolle dag"],
        "school-en-studie": ["studiestress", "schooluitval", "huiswerk", "studeren", "examenvrees"],
        "zingeving": ["rouw", "verlies", "levensvragen", "zingeving", "rouwverwerking", "geloof"],
        "dagelijks-leven": ["structuur", "het huishouden", "een dagritme", "zelfstandig wonen", "boodschappen doen"],
        "lichaam-en-leefstijl": ["bewegen", "gezond eten", "slaapproblemen", "sport", "leefstijl", "wandelen"],
        "veiligheid": ["huiselijk geweld", "onveiligheid", "pesten", "een veilige plek", "grensoverschrijdend gedrag"],
        "gezin-en-opvoeden": ["opvoeden", "opvoedingsvragen", "scheiding", "ruzie thuis", "mantelzorg"],
        "verslaving": ["alcohol", "drugs", "gokken", "verslaving", "minderen met drinken"],
    ]
    static let groupWords: [String: String] = [
        "iedereen": "iedereen", "jongeren": "jongeren", "jongvolwassenen": "jongvolwassenen", "volwassenen": "volwassenen",
        "ouderen": "ouderen", "naasten": "naasten en mantelzorgers", "psychische-kwetsbaarheid": "mensen met psychische klachten",
        "ouders": "ouders", "nieuwkomers": "nieuwkomers", "studenten": "studenten",
    ]
    static let offeringNames = [
        "Wandelgroep", "Budgetcursus", "Schuldhulpmaatje", "Taalcafé", "Kookgroep", "Mindfulnesstraining",
        "Rouwverwerkingsgroep", "Opvoedspreekuur", "Sociaal wijkteam", "Formulierenhulp", "Maatjesproject",
        "Huiswerkbegeleiding", "Beweeggroep", "Creatief atelier", "Slaapcursus", "Stressreductietraining",
        "Inloopspreekuur", "Thuisadministratie", "Dagbestedingsproject", "Jongerenwerk", "Welzijn op Recept",
        "Mantelzorgondersteuning", "Budgetcoaching", "Buurtkamer", "Moedergroep",
    ]
    static let supportPointNames = [
        "Herstelcentrum", "Zelfregiecentrum", "Steunpunt", "Inloophuis", "Ontmoetingscentrum", "Herstelwerkplaats",
        "Buurthuis", "Wijkcentrum",
    ]
    static let peerNames = ["Lotgenotengroep", "Praatgroep", "Zelfhulpgroep", "Herstelgroep", "Lotgenotencontact", "Ervaringscafé"]
    static let onlineNames = [
        "Chat over {}", "Online cursus {}", "Forum {}", "Zelftest {}", "App bij {}", "Hulplijn {}",
        "E-community {}", "Online zelfhulp bij {}",
    ]
    static let knowledgeTitles = ["Wat is {}?", "Zo vind je hulp bij {}", "Praten over {}", "Tips bij {}", "Wat doe je bij {}?"]
    static let nicknames = ["De Brug", "Het Anker", "De Horizon", "Samen Sterk", "De Klaproos", "Het Baken", "De Kompas", "Op Koers", "De Schakel", "Zonnebloem"]
    static let organisations = ["Stichting Welzijn", "GGZ", "Sociaal Team", "Humanitas", "Leger des Heils", "Wijkteam", "MEE", "Buurtzorg", "Vrijwilligerscentrale"]
    static let sentenceTemplates = [
        "Wij zijn er voor {group} met vragen over {topic}.",
        "Je kunt hier terecht voor hulp bij {topic}.",
        "Samen met {group} werken we aan {topic}.",
        "De hulp is gratis en je hebt geen verwijzing nodig.",
        "Een vrijwilliger denkt met je mee over {topic}.",
        "Je praat met mensen die zelf ook ervaring hebben met {topic}.",
        "Elke week is er een bijeenkomst in {place}.",
        "Bel of mail om een afspraak te maken, of loop binnen.",
        "Een ervaringsdeskundige helpt je op weg.",
        "Heb je vragen over {topic}? Wij helpen je graag verder.",
        "De groep komt om de week samen en er is altijd koffie.",
        "Ook naasten zijn welkom met hun vragen.",
        "We zoeken samen naar hulp die bij je past.",
        "Soms is praktische hulp genoeg, soms is meer nodig.",
    ]
    static let summaryEndings = ["Het is gratis.", "Je hebt geen verwijzing nodig.", "Je bent welkom, ook met een naaste.", "Er is altijd iemand om mee te praten."]
}

/// One synthetic record, as the generator decides it; written as YAML or turned into an `Entry`.
public struct SyntheticRecord: Sendable, Hashable {
    public var id: String
    public var kind: Entry.Kind
    public var name: String
    public var description: String
    public var summaryB1: String?
    public var organization: String?
    public var status: Entry.Status = .active
    public var isVirtual = false
    public var postcode: String?
    public var place: String?
    public var municipality: String?
    public var serviceArea: [String] = []
    public var languages: [String] = []
    public var free: Bool?
    public var minimumAge: Int?
    public var domains: [String] = []
    public var targetGroups: [String] = []
    public var supportTypes: [String] = []
    public var access: String?
    public var sector: String?
    public var assuredDate = Day(year: 2026, month: 1, day: 1)!

    /// The record as `RecordDecoder` would decode its YAML: placed at its PC4 centroid.
    public func entry(gazetteer: Gazetteer) -> Entry {
        var entry = Entry(
            id: id, kind: kind, name: name, description: description,
            sources: [.init(url: SyntheticCorpus.sourceURL, note: SyntheticCorpus.sourceNote, covers: covers, date: assuredDate)],
            assuredDate: assuredDate)
        entry.status = status
        entry.summaryB1 = summaryB1
        entry.organization = organization.map { .init(name: $0) }
        entry.locationType = isVirtual ? .virtual : .physical
        if let postcode {
            entry.address = .init(postalCode: postcode)
            entry.coordinate = gazetteer.postcodeAreas[postcode]?.coordinate
            entry.locationPrecision = .postcode
        }
        entry.municipality = municipality
        entry.servesWholeCountry = serviceArea.isEmpty && isVirtual
        entry.serviceArea = serviceArea
        entry.languages = languages
        entry.free = free
        entry.minimumAge = minimumAge
        entry.domains = domains
        entry.targetGroups = targetGroups.isEmpty ? ["iedereen"] : targetGroups
        entry.supportTypes = supportTypes
        entry.access = access
        entry.sector = sector
        return entry
    }

    /// The facts the (synthetic) source vouches for.
    var covers: [String] {
        (postcode == nil ? [] : ["address"]) + (free == nil ? [] : ["free"])
    }

    /// The record in the corpus format (docs/corpus-format.md). Strings are written double-quoted
    /// JSON-style, which YAML reads as they are.
    public var yaml: String {
        func quoted(_ text: String) -> String {
            String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
        }
        func list(_ items: [String]) -> String { "[" + items.map(quoted).joined(separator: ", ") + "]" }
        var lines = [
            "# Synthetic benchmark record (kaart bench): describes no real help. Never copy into Corpus/.",
            "id: \(id)", "kind: \(kind.rawValue)", "name: \(quoted(name))",
        ]
        if status != .active { lines.append("status: \(status.rawValue)") }
        lines.append("description: \(quoted(description))")
        if let summaryB1 { lines.append("summary_b1: \(quoted(summaryB1))") }
        if let organization { lines += ["organization:", "  name: \(quoted(organization))"] }
        lines.append("location_type: \(isVirtual ? "virtual" : "physical")")
        if let postcode { lines += ["address:", "  postal_code: \"\(postcode)\""] }
        if let municipality { lines.append("municipality: \(quoted(municipality))") }
        if postcode != nil { lines.append("location_precision: postcode") }
        if !serviceArea.isEmpty { lines.append("service_area: \(list(serviceArea))") }
        if !languages.isEmpty { lines.append("languages: \(list(languages))") }
        if let free { lines.append("free: \(free)") }
        if let minimumAge { lines.append("minimum_age: \(minimumAge)") }
        if !domains.isEmpty { lines.append("domains: \(list(domains))") }
        if !targetGroups.isEmpty { lines.append("target_groups: \(list(targetGroups))") }
        if !supportTypes.isEmpty { lines.append("support_types: \(list(supportTypes))") }
        if let access { lines.append("access: \(access)") }
        if let sector { lines.append("sector: \(sector)") }
        lines += [
            "sources:", "  - url: \(SyntheticCorpus.sourceURL)", "    note: \(quoted(SyntheticCorpus.sourceNote))",
            "    date: \"\(assuredDate)\"",
        ]
        if !covers.isEmpty { lines.append("    covers: [\(covers.joined(separator: ", "))]") }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A small, fast, seeded generator (SplitMix64): the same seed gives the same corpus on every machine.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    mutating func chance(_ p: Double) -> Bool { unit() < p }
    mutating func int(in range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func int(in range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func element<T>(_ items: [T]) -> T { items[int(in: 0..<items.count)] }

    /// `count` distinct items (fewer when there are fewer), in the order drawn.
    mutating func sample<T: Hashable>(_ items: [T], count: Int) -> [T] {
        let wanted = min(count, Set(items).count)
        var chosen: [T] = []
        while chosen.count < wanted {
            let item = element(items)
            if !chosen.contains(item) { chosen.append(item) }
        }
        return chosen
    }

    mutating func weighted<T>(_ items: [(T, Double)]) -> T {
        var u = unit() * items.reduce(0) { $0 + $1.1 }
        for (item, weight) in items {
            if u < weight { return item }
            u -= weight
        }
        return items[items.count - 1].0
    }
}
