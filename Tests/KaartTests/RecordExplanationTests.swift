import Foundation
import Indexing
import KaartModel
import Presentation
import Testing

/// Record text in every language without inventing (issue 18): every real record, explained in
/// every language, states only facts the record holds, and every fact it holds.
@Suite("Records explained from their data")
struct RecordExplanationTests {
    /// A template split at its placeholder: what comes before and after the value.
    struct Template {
        var fact: String
        var prefix: String
        var suffix: String

        init(_ fact: String, _ template: (String) -> String) {
            let marker = "⟦X⟧"
            let parts = template(marker).components(separatedBy: marker)
            self.fact = fact
            prefix = parts[0]
            suffix = parts.count > 1 ? parts[1] : ""
        }

        func value(in line: String) -> String? {
            guard line.hasPrefix(prefix), line.hasSuffix(suffix), line.count >= prefix.count + suffix.count else { return nil }
            return String(line.dropFirst(prefix.count).dropLast(suffix.count))
        }
    }

    /// The facts a record holds, each as the text its template must carry: worked out here
    /// from the record and the label tables, not by the code under test.
    static func expected(_ entry: Entry, _ strings: Strings, _ taxonomy: Taxonomy) -> [String: String] {
        func labels(_ facet: Taxonomy.Facet, _ codes: [String]) -> String {
            codes.map { code in strings.taxonomyLabels["\(facet.rawValue)/\(code)"] ?? taxonomy.label(facet, code: code, strings.language) }
                .joined(separator: ", ")
        }
        var facts: [String: String] = ["kind": strings.kindLabels[entry.kind]!]
        if !entry.supportTypes.isEmpty { facts["supportTypes"] = labels(.supportTypes, entry.supportTypes) }
        if !entry.targetGroups.isEmpty { facts["targetGroups"] = labels(.targetGroups, entry.targetGroups) }
        switch (entry.minimumAge, entry.maximumAge) {
        case (let low?, let high?): facts["ages"] = strings.data.agesBetween(low, high)
        case (let low?, nil): facts["ages"] = strings.data.agesFrom(low)
        case (nil, let high?): facts["ages"] = strings.data.agesUpTo(high)
        default: break
        }
        if let free = entry.free { facts[free ? "free" : "notFree"] = "" }
        if let access = entry.access { facts["access"] = labels(.access, [access]) }
        if !entry.languages.isEmpty { facts["languages"] = entry.languages.map { strings.languageText.names[$0] ?? $0 }.joined(separator: ", ") }
        return facts
    }

    @Test("Every real record, in every other language, states only facts it holds, and each of them", arguments: Language.allCases.filter { $0 != .dutch })
    func explanationsStateOnlyTheRecordsFacts(language: Language) throws {
        let strings = Strings.for(language)
        let taxonomy = sharedReference.taxonomy
        let data = strings.data
        let templates = [
            Template("kind", data.kind), Template("supportTypes", data.supportTypes), Template("targetGroups", data.targetGroups),
            Template("ages", data.ages), Template("access", data.access), Template("online", data.online), Template("place", data.place),
            Template("languages", data.languages), Template("hours", data.hours),
        ]
        let records = RealCorpusTests.load.records
        #expect(records.count > 100)
        for record in records {
            let entry = record.entry
            let facts = EntryFacts(entry, strings: strings, taxonomy: taxonomy)
            let expected = Self.expected(entry, strings, taxonomy)
            var stated: [String: String] = [:]
            for line in facts.explanation {
                if line == data.free { stated["free"] = ""; continue }
                if line == data.notFree { stated["notFree"] = ""; continue }
                let matches = templates.compactMap { template in template.value(in: line).map { (template.fact, $0) } }
                // The most specific template: "Open: …" and "Waar: …" never overlap, but pick the longest prefix.
                guard let (fact, value) = matches.max(by: { a, b in
                    (templates.first { $0.fact == a.0 }!.prefix.count) < (templates.first { $0.fact == b.0 }!.prefix.count)
                }) else {
                    Issue.record("\(record.sourceFile) in \(language): \"\(line)\" is not a sentence from the data")
                    continue
                }
                #expect(stated[fact] == nil, "\(record.sourceFile): \(fact) said twice")
                stated[fact] = value
            }
            for (fact, value) in expected {
                #expect(stated[fact] == value, "\(record.sourceFile) in \(language): \(fact) should be \"\(value)\", is \(stated[fact].map { "\"\($0)\"" } ?? "missing")")
            }
            // Where: online records say so with their area; others their place, never invented.
            if entry.kind != .knowledge {
                if entry.locationType == .virtual {
                    #expect(stated["online"] == facts.area && stated["place"] == nil, "\(record.sourceFile)")
                } else if let place = stated["place"] {
                    #expect(place == facts.place && stated["online"] == nil, "\(record.sourceFile)")
                    for part in [entry.address?.postalCode, entry.address?.city, entry.address?.address1].compactMap({ $0 }) where !place.contains(part) {
                        #expect(entry.locationPrecision == .municipality || entry.locationPrecision == .none, "\(record.sourceFile): \(part)")
                    }
                }
            } else {
                #expect(stated["online"] == nil && stated["place"] == nil, "\(record.sourceFile): a text to read has no place")
            }
            // Hours only from structured schedules, never the free-text schedule.
            #expect((stated["hours"] != nil) == !entry.schedules.isEmpty, "\(record.sourceFile)")
            if let schedule = entry.schedule, let hours = stated["hours"] { #expect(!hours.contains(schedule)) }
            // Nothing the record does not hold.
            let allowed = Set(expected.keys).union(["online", "place", "hours"])
            #expect(Set(stated.keys).isSubset(of: allowed), "\(record.sourceFile) in \(language): \(Set(stated.keys).subtracting(allowed))")
            // No Dutch free text slips in.
            let text = facts.explanation.joined(separator: " ")
            for field in [entry.summaryB1, entry.description, entry.applicationProcess, entry.feesDescription, entry.accessibility].compactMap({ $0 }) where field.count > 20 {
                #expect(!text.contains(field), "\(record.sourceFile): free text in the explanation")
            }
        }
    }

    @Test("A record with no languages reads as unknown, never as Dutch only", arguments: Language.allCases)
    func noLanguagesIsUnknown(language: Language) throws {
        let strings = Strings.for(language)
        let entry = try #require(RealCorpusTests.load.records.first { $0.entry.languages.isEmpty }).entry
        let facts = EntryFacts(entry, strings: strings, taxonomy: sharedReference.taxonomy)
        #expect(facts.helpLanguages == strings.languageText.helpLanguagesUnknown)
        #expect(!facts.explanation.contains { $0.contains(strings.languageText.names["nl"]!) })
    }

    @Test("A translated summary with its translator and date is shown instead of the explanation")
    func translatedSummaryWins() throws {
        var entry = try #require(RealCorpusTests.load.records.first).entry
        entry.translatedSummaries = ["tr": TranslatedSummary(text: "Türkçe özet.", translator: "Ayşe Yılmaz", date: Day("2026-11-01")!)]
        let turkish = EntryFacts(entry, strings: .turkish, taxonomy: sharedReference.taxonomy)
        #expect(turkish.summaryLines.first == "Türkçe özet.")
        #expect(turkish.summaryLines[1].contains("Ayşe Yılmaz") && turkish.summaryLines[1].contains("2026"))
        #expect(turkish.summaryLines.last!.hasSuffix(turkish.summary))
        let polish = EntryFacts(entry, strings: .polish, taxonomy: sharedReference.taxonomy)
        #expect(polish.translatedSummary == nil)
        #expect(polish.summaryLines.contains(Strings.polish.data.madeFromData))
    }
}
