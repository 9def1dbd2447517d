import Foundation
import Indexing
import KaartModel
import SearchIndex
import Testing

@Suite("Corpus validation")
struct CorpusValidationTests {
    /// Loads one bad file beside one good one and returns the bad file's diagnostics.
    func diagnostics(for yaml: String, named name: String = "kapot") throws -> (CorpusLoad, [Diagnostic]) {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("goed", record("goed", name: "Goed record"))
        try workspace.write(name, yaml)
        let load = try workspace.load()
        return (load, load.diagnostics.filter { $0.file == "Corpus/\(name).yaml" })
    }

    @Test("The full example in docs/corpus-format.md is a valid record")
    func documentedExampleParses() throws {
        let page = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/corpus-format.md"), encoding: .utf8)
        let start = try #require(page.range(of: "```yaml\n"))
        let end = try #require(page.range(of: "```", range: start.upperBound..<page.endIndex))
        let yaml = String(page[start.upperBound..<end.lowerBound])
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("voorbeeld-herstelcentrum-arnhem", yaml)
        let load = try workspace.load()
        #expect(load.diagnostics.isEmpty, "\(load.diagnostics)")
        let entry = try #require(load.records.first?.entry)
        #expect(entry.kind == .supportPoint)
        #expect(entry.address?.postalCode == "6811 AB")
        #expect(entry.serviceArea == ["Arnhem", "Rheden", "Renkum"])
        #expect(entry.coordinate != nil)
        #expect(entry.schedules.count == 2)
        #expect(entry.schedules.last?.validUntil == Day("2026-08-31"))
        #expect(entry.chat == "https://www.example.org/chat")
        #expect(entry.audience == .everyone)
        // Its own page (October 2026) and a news page (September 2026): the newest source wins.
        #expect(entry.assuredDate == Day("2026-10-01"))
        // Every field the page documents is one the decoder knows, and the example uses them all.
        let documented = Set(page.components(separatedBy: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| `") else { return nil }
            return line.dropFirst(3).prefix { $0 != "`" }.description
        })
        #expect(documented.isSubset(of: RecordDecoderFields.known.union(["latitude", "longitude"])))
    }

    @Test("A translated summary needs its text, who translated it and the day; then it is kept per language")
    func translatedSummaries() throws {
        let good = record("vertaald", name: "Vertaald", extra: "summary_b1_tr:\n  text: Türkçe özet.\n  translated_by: Ayşe Yılmaz\n  date: 2026-11-01")
        let (loaded, none) = try diagnostics(for: good, named: "vertaald")
        #expect(none.filter { $0.severity == .error }.isEmpty, "\(none)")
        let entry = try #require(loaded.records.first { $0.entry.id == "vertaald" }).entry
        #expect(entry.translatedSummaries?["tr"] == TranslatedSummary(text: "Türkçe özet.", translator: "Ayşe Yılmaz", date: Day("2026-11-01")!))
        let anonymous = record("kapot", name: "Kapot", extra: "summary_b1_ar:\n  text: نص\n  date: 2026-11-01")
        let (_, found) = try diagnostics(for: anonymous)
        #expect(found.contains { $0.field == "summary_b1_ar.translated_by" && $0.severity == .error })
        let plain = record("kapot", name: "Kapot", extra: "summary_b1_pl: Tylko tekst")
        let (_, text) = try diagnostics(for: plain)
        #expect(text.contains { $0.field == "summary_b1_pl" && $0.line != nil })
    }

    @Test("Malformed YAML is reported with its line, and the good record is still loaded")
    func malformedYAML() throws {
        let (load, found) = try diagnostics(for: "id: kapot\nname: [unclosed\nkind: aanbod\n")
        #expect(load.records.map(\.entry.id) == ["goed"])
        let diagnostic = try #require(found.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.line != nil)
        #expect(diagnostic.message.contains("malformed YAML"))
    }

    @Test("A missing required field names the field")
    func missingField() throws {
        let yaml = record("kapot", name: "Zonder bron").replacingOccurrences(of: recordSources, with: "")
        let (load, found) = try diagnostics(for: yaml)
        #expect(load.records.count == 1)
        #expect(found.contains { $0.field == "sources" && $0.message.contains("sources") })
    }

    @Test("An unknown taxonomy code is an error on its line, with a suggestion")
    func unknownCode() throws {
        let (_, found) = try diagnostics(for: record("kapot", name: "X", domains: "[psychisch-welzijnn]"))
        let diagnostic = try #require(found.first { $0.field == "domains" })
        #expect(diagnostic.line == 5)
        #expect(diagnostic.message.contains("did you mean psychisch-welzijn"))
    }

    @Test("A postcode that is not Dutch, or does not exist, is an error")
    func badPostcode() throws {
        for (postcode, message) in [("68111", "not a Dutch postcode"), ("0000 AB", "not a Dutch postcode"), ("1000 AB", "does not exist")] {
            let extra = "address:\n  postal_code: \"\(postcode)\"\nmunicipality: Arnhem"
            let (_, found) = try diagnostics(for: record("kapot", name: "X", extra: extra))
            #expect(found.contains { $0.field == "address.postal_code" && $0.message.contains(message) }, "\(postcode): \(found)")
        }
    }

    @Test("An unknown place or municipality is an error with a suggestion")
    func unknownPlace() throws {
        let (_, found) = try diagnostics(for: record("kapot", name: "X", extra: "municipality: Roosendaal-Nispen\nlocation_precision: municipality"))
        #expect(found.contains { $0.field == "municipality" && $0.message.contains("not a Dutch municipality") })
        let (_, city) = try diagnostics(for: record("kapot", name: "X", extra: "address:\n  city: Atlantis\nmunicipality: Arnhem"))
        #expect(city.contains { $0.field == "address.city" })
    }

    @Test("Two files with the same id: the second is rejected")
    func duplicateID() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("dubbel", record("dubbel", name: "Eerste"))
        let sub = workspace.corpus.appendingPathComponent("gr")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try record("dubbel", name: "Tweede").write(to: sub.appendingPathComponent("dubbel.yaml"), atomically: true, encoding: .utf8)
        let load = try workspace.load()
        #expect(load.records.count == 1)
        #expect(load.diagnostics.contains { $0.field == "id" && $0.message.contains("duplicate id") })
    }

    @Test("Coordinates outside the Netherlands are an error")
    func coordinatesOutside() throws {
        let (_, found) = try diagnostics(for: record("kapot", name: "X", extra: "latitude: 5.91\nlongitude: 51.98\nmunicipality: Arnhem"))
        #expect(found.contains { $0.field == "latitude" && $0.message.contains("outside the Netherlands") })
    }

    @Test("A URL that is not http or https is an error")
    func nonWebURL() throws {
        let extra = "url: javascript:alert(1)\nsources:\n  - url: ftp://example.org\n    covers: [url]"
        let yaml = record("kapot", name: "X").replacingOccurrences(of: recordSources, with: "") + extra
        let (_, found) = try diagnostics(for: yaml)
        #expect(found.contains { $0.field == "url" && $0.message.contains("http") })
        #expect(found.contains { $0.field == "sources.url" })
    }

    @Test("A phone number without a source that vouches for it is refused")
    func uncoveredContact() throws {
        let (load, found) = try diagnostics(for: record("kapot", name: "X", extra: "phones:\n  - number: \"026 123 45 67\""))
        #expect(!load.records.contains { $0.entry.id == "kapot" })
        #expect(found.contains { $0.field == "phones" && $0.message.contains("covers: [phones]") })
    }

    @Test("Crisis numbers are refused as corpus data")
    func crisisNumbersRefused() throws {
        let extra = "phones:\n  - number: \"0800-0113\"\nsources:\n  - url: https://www.113.nl\n    covers: [phones]"
        let yaml = record("kapot", name: "X").replacingOccurrences(of: recordSources, with: "") + extra
        let (_, found) = try diagnostics(for: yaml)
        #expect(found.contains { $0.field == "phones" && $0.message.contains("crisis numbers") })
    }

    @Test("An id that differs from the file name is an error")
    func idMatchesFileName() throws {
        let (_, found) = try diagnostics(for: record("iets-anders", name: "X"))
        #expect(found.contains { $0.field == "id" && $0.message.contains("file name") })
    }

    @Test("An unknown field is a warning that suggests the right name, and the record still loads")
    func unknownFieldWarns() throws {
        let (load, found) = try diagnostics(for: record("kapot", name: "X", extra: "summry_b1: Kort."))
        #expect(load.records.contains { $0.entry.id == "kapot" })
        #expect(found.contains { $0.severity == .warning && $0.message.contains("summary_b1") })
    }

    @Test("Diagnostics read as file:line: severity: field: message")
    func diagnosticFormat() {
        let diagnostic = Diagnostic(.error, file: "Corpus/x.yaml", line: 4, field: "phones", "fix it")
        #expect(diagnostic.description == "Corpus/x.yaml:4: error: phones: fix it")
    }
}
