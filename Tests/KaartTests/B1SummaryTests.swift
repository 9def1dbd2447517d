import DutchText
import Foundation
import Indexing
import KaartModel
import Testing

@Suite("B1 summaries")
struct B1SummaryTests {
    static func writer() throws -> B1SummaryWriter {
        let reference = try #require(B1TestSupport.reference)
        return B1SummaryWriter(checker: reference.b1Checker, taxonomy: reference.taxonomy)
    }

    static func entry(_ description: String, kind: Entry.Kind = .supportPoint) throws -> Entry {
        Entry(
            id: "test", kind: kind, name: "Inloophuis De Brug", description: description,
            sources: [.init(seed: "002", lines: "333")], assuredDate: try #require(Day("2026-11-24")))
    }

    @Test("A generated summary answers who, where, when, cost and how to begin from the fields")
    func answersTheQuestions() throws {
        var entry = try Self.entry("Een inloophuis met een ingewikkelde geschiedenis die we hier niet in één korte zin kunnen vertellen, want dat is te lang.")
        entry.targetGroups = ["volwassenen", "naasten"]
        entry.minimumAge = 18
        entry.address = .init(address1: "Brugstraat 4", postalCode: "6811 AB", city: "Arnhem")
        entry.municipality = "Arnhem"
        entry.locationPrecision = .address
        entry.schedule = "Dinsdag en donderdag van 10.00 tot 15.00 uur"
        entry.free = true
        entry.access = "vrije-inloop"
        entry.phones = [.init(number: "026 123 45 67")]
        let summary = try Self.writer().summary(for: entry)
        #expect(summary == "Dit is een plek waar je andere mensen ontmoet en steun krijgt. "
            + "Het is voor volwassenen en naasten van 18 jaar en ouder. "
            + "Het adres is Brugstraat 4, 6811 AB Arnhem. "
            + "Wanneer: Dinsdag en donderdag van 10.00 tot 15.00 uur. "
            + "Het is gratis. Je kunt zonder afspraak binnenlopen. Bel 026 123 45 67.")
        #expect(try B1TestSupport.checker().check(summary, names: B1SummaryWriter.names(of: entry)).verdict == .b1)
    }

    @Test("What the record does not know is left out, not guessed")
    func unknownsAreLeftOut() throws {
        let entry = try Self.entry("Een plek om samen koffie te drinken.")
        let summary = try Self.writer().summary(for: entry)
        #expect(summary == "Een plek om samen koffie te drinken.")
    }

    @Test("Jargon in the description's first sentence is replaced by the glossary's plain words")
    func jargonIsReplaced() throws {
        let writer = try Self.writer()
        #expect(writer.replaceJargon("De POH-GGZ helpt je verder.") == "De praktijkondersteuner bij de huisarts helpt je verder.")
        #expect(writer.replaceJargon("Ggz, Wmo en psycho-educatie.") == "Hulp bij psychische klachten, hulp van de gemeente en uitleg over psychische klachten.")
        let entry = try Self.entry("Het steunpunt is laagdrempelig.")
        #expect(writer.summary(for: entry) == "Het steunpunt is makkelijk te bereiken.")
    }

    @Test("A description too hard to use gives a lead built from the kind and support types")
    func templateLead() throws {
        var entry = try Self.entry("Ggz-aanbieder die deelneemt aan de uitvoering van het netwerk.", kind: .offering)
        entry.supportTypes = ["behandeling", "informatie-en-advies"]
        entry.access = "verwijzing-nodig"
        let summary = try Self.writer().summary(for: entry)
        #expect(summary == "Je kunt hier terecht voor behandeling en advies. Je hebt een verwijzing nodig.")
    }

    // MARK: The whole corpus

    static func corpusRecords() throws -> [(Entry, String)] {
        let reference = try #require(B1TestSupport.reference)
        guard FileManager.default.fileExists(atPath: B1TestSupport.corpus.path) else { return [] }
        let load = try CorpusLoader.load(
            directory: B1TestSupport.corpus, reference: reference, today: try #require(Day("2999-12-31")),
            relativeTo: B1TestSupport.root)
        let writer = try writer()
        return load.records.map { ($0.entry, writer.summary(for: $0.entry)) }
    }

    /// Everything a resident could read in a record, facts included; sources and ids are not.
    static func factText(_ entry: Entry) -> String {
        var parts = [entry.name, entry.alternateName, entry.description, entry.organization?.name,
                     entry.organization?.url, entry.url, entry.email, entry.address?.address1,
                     entry.address?.postalCode, entry.address?.city, entry.municipality, entry.schedule,
                     entry.feesDescription, entry.applicationProcess, entry.accessibility, entry.whenToRefer]
        parts += entry.phones.map { Optional($0.number) } + entry.serviceArea.map(Optional.some)
        parts += [entry.minimumAge, entry.maximumAge].map { $0.map(String.init) }
        return parts.compactMap { $0 }.joined(separator: " \n ")
    }

    @Test("Facts survive: every number, name, phone, e-mail and URL in a generated summary is in the record")
    func factsSurvive() throws {
        let lexicon = try B1TestSupport.checker().lexicon
        for (entry, summary) in try Self.corpusRecords() {
            let facts = Self.factText(entry)
            let factNumbers = Set(facts.split { !$0.isNumber }.map(String.init))
            let factWords = Set(facts.split { !$0.isLetter && $0 != "-" }.map(String.init))
            for sentence in SentenceSplitter.sentences(summary) {
                for (index, token) in ReadabilityToken.tokens(sentence).enumerated() {
                    switch token.kind {
                    case .address:
                        #expect(facts.contains(token.text), "\(entry.id): \(token.text)")
                    case .number:
                        for number in token.text.split(whereSeparator: { !$0.isNumber }) {
                            #expect(factNumbers.contains(String(number)), "\(entry.id): \(token.text)")
                        }
                    case .word where token.isCapitalized:
                        // A capital opens a sentence or a name; a sentence may open with a plain word.
                        if index == 0, (lexicon.zipf(token.folded) ?? 0) >= 4 { continue }
                        #expect(factWords.contains(token.text), "\(entry.id): name \"\(token.text)\" is not in the record")
                    default:
                        continue
                    }
                }
            }
        }
    }

    @Test("Every summary generated for the corpus is B1")
    func corpusSummariesAreB1() throws {
        let checker = try B1TestSupport.checker()
        for (entry, summary) in try Self.corpusRecords() {
            let report = checker.check(summary, names: B1SummaryWriter.names(of: entry))
            #expect(report.verdict == .b1, "\(entry.id): \(summary) — \(report.problems)")
        }
    }

    // MARK: Maintainers' summaries

    @Test("A maintainer's summary above B1 is reported with file, line and field, and still shown")
    func maintainerSummaryIsReportedNotReplaced() throws {
        let root = try B1TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("Corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let hard = "Ontsluiting van het complete zorgaanbod voor de regio, formeel en informeel, voor inwoners met een indicatie."
        try """
            id: test-steunpunt
            kind: steunpunt
            name: Steunpunt Test
            description: Een plek om samen koffie te drinken.
            municipality: Arnhem
            summary_b1: >
              \(hard)
            domains: [sociale-contacten]
            support_types: [ontmoeting-en-inloop]
            sources:
              - {seed: "002", lines: "333"}
              - {url: "https://example.org/bron", date: 2026-11-24}
            """.write(to: corpus.appendingPathComponent("test-steunpunt.yaml"), atomically: true, encoding: .utf8)
        let paths = IndexPaths(corpus: corpus, indexer: B1TestSupport.indexer, index: root.appendingPathComponent("kaart.sqlite"), root: root)
        let (load, review) = try IndexBuild.checkSummaries(paths, today: try #require(Day("2026-12-01")))
        #expect(load.errorCount == 0)
        let warning = try #require(review.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.file == "Corpus/test-steunpunt.yaml")
        #expect(warning.line == 6)
        #expect(warning.field == "summary_b1")
        #expect(review.records[0].shown.origin == .maintainer)
        #expect(review.records[0].shown.text == hard)
        let lines = B1Review.lines(review)
        #expect(lines.contains { $0.contains("jargon: \"indicatie\"") })
    }
}
