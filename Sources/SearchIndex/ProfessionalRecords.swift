import Foundation
import GRDB
import KaartModel

extension SearchIndex {
    /// Running records only professionals may use (the slim verwijzen dashboard, consultation
    /// lines, the Overlegtafel) that fit a search, for the professional view alone: residents'
    /// searches never reach them (`CandidateTable` leaves them out). A record fits when it holds
    /// one of the needs as the search reads them (the same analysed words, in full text), serves
    /// the search's place (or the whole country, or names no area), and has a chosen
    /// levensdomein. They are few, so they are read directly, ordered by name.
    public func professionalOnly(matching asked: SearchQuery) throws -> [Entry] {
        let reading = try read(asked)
        let query = reading.query
        let origin = try resolveOrigin(query.near)
        let professional = "SELECT rowid FROM entry WHERE audience = 'professionals' AND status = 'active'"
        return try database.read { db in
            var matched: Set<Int64>?
            if let phrases = Phrases(reading.analyzed) {
                var found = Set<Int64>()
                for term in phrases.terms {
                    // Any spelling of the need; all tokens of one spelling. Quoted: user text never reaches MATCH raw.
                    let expression = term.map { "(" + $0.map(FullTextPhrase.quote).joined(separator: " ") + ")" }.joined(separator: " OR ")
                    found.formUnion(try Int64.fetchAll(
                        db, sql: "SELECT rowid FROM entry_text WHERE entry_text MATCH ? AND rowid IN (\(professional))",
                        arguments: [expression]))
                }
                matched = found
            }
            let rows = try Row.fetchAll(db, sql: "SELECT rowid, record FROM entry WHERE rowid IN (\(professional))")
            return try rows.compactMap { row -> Entry? in
                if let matched, !matched.contains(row[0] as Int64) { return nil }
                let entry = try decodeEntry(row[1])
                if !query.domains.isEmpty && Set(query.domains).isDisjoint(with: entry.domains) { return nil }
                if let municipality = origin?.municipality, !entry.servesWholeCountry {
                    let area = entry.serviceArea.isEmpty ? (entry.municipality.map { [$0] } ?? []) : entry.serviceArea
                    if !area.isEmpty && !area.contains(municipality) { return nil }
                }
                return entry
            }.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        }
    }
}
