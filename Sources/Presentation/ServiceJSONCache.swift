import Foundation
import KaartModel
import SearchIndex

/// The JSON API's search page, assembled from each record's JSON encoded once. Records do not
/// change while an index is loaded, and encoding them with `JSONEncoder` was most of the time
/// a search request took; so a record's `HSDSService` JSON (`HSDSMapping`) is encoded on first use and kept,
/// per language, and a page is the cached pieces joined. The bytes equal
/// `APIJSON.encode(HSDSSearchPage(…))`; a test compares the two. One cache per loaded index:
/// a reloaded index gets a new one.
public final class ServiceJSONCache: Sendable {
    /// A record's JSON split where the search-only fields go, so each hit adds its own.
    struct Fragment: Sendable {
        /// Up to the key before `distance_km`; then up to the key before `opening`; then up to
        /// the key before `possibly_outdated`; the rest.
        var head: [UInt8]
        var middle: [UInt8]
        var beforeOutdated: [UInt8]
        var tail: [UInt8]
    }

    struct Key: Hashable, Sendable {
        var id: String
        var language: Language
    }

    /// The API's mapping (our record ids), in Dutch; `speaking` gives the other languages.
    let mapping: HSDSMapping
    var taxonomy: Taxonomy { mapping.taxonomy }
    /// Enough for every record a busy region is searched for, in both languages; past it the
    /// cache starts over, which bounds its memory on a country-sized index.
    let capacity: Int
    private let fragments = Locked([Key: Fragment]())

    /// How many records' JSON is held.
    var count: Int { fragments.withLock { $0.count } }

    public init(mapping: HSDSMapping, capacity: Int = 4_096) {
        self.mapping = mapping
        self.capacity = capacity
    }

    /// What `APIJSON.encode(HSDSSearchPage(results, mapping: mapping.speaking(strings.language)))` gives, faster.
    public func searchPage(_ results: SearchResults, strings: Strings) throws -> [UInt8] {
        let query = results.query
        var out: [UInt8] = []
        out.reserveCapacity(4_096 * (results.local.count + results.online.count + results.knowledge.count + results.further.count + 1))
        // Keys in `sortedKeys` order, as JSONEncoder writes them.
        out += #"{"contents":"#.utf8
        try append(results.local, to: &out, strings: strings)
        out += #","crisis":["#.utf8
        for (i, route) in CrisisRoutes.all.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out += #"{"number":"#.utf8
            JSONText.appendString(route.number, to: &out)
            out += #","text":"#.utf8
            JSONText.appendString(strings.crisis.line(route), to: &out)
            out.append(UInt8(ascii: "}"))
        }
        out += #"],"empty":"#.utf8
        out += (results.local.isEmpty ? "true" : "false").utf8
        out += #","first_page":"#.utf8
        out += (query.page == 1 ? "true" : "false").utf8
        out += #","further":"#.utf8
        try append(results.further, to: &out, strings: strings)
        out += #","knowledge":"#.utf8
        try append(results.knowledge, to: &out, strings: strings)
        out += #","last_page":"#.utf8
        out += (query.page >= results.pageCount ? "true" : "false").utf8
        out += #","matched_any_word":"#.utf8
        out += (results.matchedAnyWord ? "true" : "false").utf8
        out += #","online":"#.utf8
        try append(results.online, to: &out, strings: strings)
        if results.outsideCoverage, let origin = results.origin {
            out += #","outside_coverage":{"message":"#.utf8
            JSONText.appendString(strings.practical.outsideCoverage(origin.label, results.coverageNames(strings)), to: &out)
            out += #","regions":["#.utf8
            for (i, region) in results.coverage.regions.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONText.appendString(region.name, to: &out)
            }
            out += "]}".utf8
        }
        if let origin = results.origin {
            out += #","origin":{"label":"#.utf8
            JSONText.appendString(origin.label, to: &out)
            out += #","latitude":"#.utf8
            out += JSONText.number(origin.coordinate.latitude).utf8
            out += #","longitude":"#.utf8
            out += JSONText.number(origin.coordinate.longitude).utf8
            if let municipality = origin.municipality {
                out += #","municipality":"#.utf8
                JSONText.appendString(municipality, to: &out)
            }
            out += #","radius_km":"#.utf8
            out += JSONText.number(query.radius.kilometres).utf8
            out.append(UInt8(ascii: "}"))
        }
        out += #","page_number":"#.utf8
        out += String(query.page).utf8
        out += #","size":"#.utf8
        out += String(query.perPage).utf8
        out += #","total_items":"#.utf8
        out += String(results.localTotal).utf8
        out += #","total_pages":"#.utf8
        out += String(results.pageCount).utf8
        out += #","understood":"#.utf8
        Self.append(HSDSSearchPage.Understood(results, strings: strings, taxonomy: taxonomy), to: &out)
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// `understood` as `APIJSON.encode` writes it (sorted snake_case keys, nil left out), by
    /// hand: through `JSONEncoder` it was a twentieth of a search request.
    static func append(_ understood: HSDSSearchPage.Understood, to out: inout [UInt8]) {
        func strings(_ values: [String]) {
            out.append(UInt8(ascii: "["))
            for (i, value) in values.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONText.appendString(value, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "{"))
        var first = true
        func key(_ name: String) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            JSONText.appendString(name, to: &out)
            out.append(UInt8(ascii: ":"))
        }
        if let age = understood.age { key("age"); out += String(age).utf8 }
        key("corrections")
        out.append(UInt8(ascii: "["))
        for (i, correction) in understood.corrections.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out += #"{"replaced":"#.utf8
            out += (correction.replaced ? "true" : "false").utf8
            out += #","suggested":"#.utf8
            JSONText.appendString(correction.suggested, to: &out)
            out += #","typed":"#.utf8
            JSONText.appendString(correction.typed, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        if let hint = understood.hint { key("hint"); JSONText.appendString(hint, to: &out) }
        key("left_out"); strings(understood.leftOut)
        if let message = understood.message { key("message"); JSONText.appendString(message, to: &out) }
        key("needs")
        out.append(UInt8(ascii: "["))
        for (i, need) in understood.needs.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "{"))
            if let concept = need.concept {
                out += #""concept":"#.utf8
                JSONText.appendString(concept, to: &out)
                out.append(UInt8(ascii: ","))
            }
            if let label = need.label {
                out += #""label":"#.utf8
                JSONText.appendString(label, to: &out)
                out.append(UInt8(ascii: ","))
            }
            out += #""words":"#.utf8
            JSONText.appendString(need.words, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        if let place = understood.place { key("place"); JSONText.appendString(place, to: &out) }
        if let suggestion = understood.placeSuggestion { key("place_suggestion"); JSONText.appendString(suggestion, to: &out) }
        key("target_groups"); strings(understood.targetGroups)
        out.append(UInt8(ascii: "}"))
    }

    func append(_ hits: [Hit], to out: inout [UInt8], strings: Strings) throws {
        out.append(UInt8(ascii: "["))
        for (i, (hit, fragment)) in zip(hits, try fragments(hits.map(\.entry), strings: strings)).enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out += fragment.head
            if let distance = hit.distance {
                out += #","distance_km":"#.utf8
                out += JSONText.number(HSDSMapping.roundedKilometres(distance)).utf8
            }
            out += fragment.middle
            if let opening = hit.openness {
                out += #","opening":"#.utf8
                JSONText.appendString(opening.rawValue, to: &out)
            }
            out += fragment.beforeOutdated
            out += #","possibly_outdated":"#.utf8
            out += (hit.stale ? "true" : "false").utf8
            out += fragment.tail
        }
        out.append(UInt8(ascii: "]"))
    }

    /// The fragments of a section's records, looked up under one lock (a lock per record was
    /// most of the lock traffic of a search request); the missing ones are made and kept.
    func fragments(_ entries: [Entry], strings: Strings) throws -> [Fragment] {
        let keys = entries.map { Key(id: $0.id, language: strings.language) }
        var found = fragments.withLock { cache in keys.map { cache[$0] } }
        var made: [(Key, Fragment)] = []
        for (n, entry) in entries.enumerated() where found[n] == nil {
            let fragment = try makeFragment(entry, strings: strings)
            found[n] = fragment
            made.append((keys[n], fragment))
        }
        if !made.isEmpty {
            fragments.withLock { cache in
                for (key, fragment) in made {
                    if cache.count >= capacity { cache.removeAll(keepingCapacity: true) }
                    cache[key] = fragment
                }
            }
        }
        return found.map { $0! }
    }

    /// The record's JSON, encoded (once per language, then kept) with placeholder search fields
    /// that are then cut out. A quoted key followed by a colon cannot occur inside a JSON string (its
    /// quotes would be escaped), and these three keys occur only in the service's
    /// `x_sociale_kaart`, between keys it always has (`crisis` and `id`, `merged_ids` and
    /// `place`, `place` and `serves_whole_country`): so each is found once, between two commas.
    private func makeFragment(_ entry: Entry, strings: Strings) throws -> Fragment {
        let service = mapping.speaking(strings.language).service(
            entry, hit: HSDSMapping.HitFacts(distance: .km(0), stale: false, opening: .openNow))
        let bytes = [UInt8](try APIJSON.encode(service))
        let distance = Array(#","distance_km":0,"#.utf8)
        let opening = Array(#","opening":"nu","#.utf8)
        let outdated = Array(#","possibly_outdated":false,"#.utf8)
        guard let d = bytes.firstRange(of: distance), let n = bytes.firstRange(of: opening), let o = bytes.firstRange(of: outdated),
            d.upperBound <= n.lowerBound, n.upperBound <= o.lowerBound
        else {
            throw ServiceJSONCacheError.unexpectedShape(entry.id)
        }
        // The comma after each placeholder stays: a key follows each.
        return Fragment(
            head: Array(bytes[..<d.lowerBound]), middle: Array(bytes[(d.upperBound - 1)..<n.lowerBound]),
            beforeOutdated: Array(bytes[(n.upperBound - 1)..<o.lowerBound]), tail: Array(bytes[(o.upperBound - 1)...]))
    }
}

enum ServiceJSONCacheError: Error {
    /// A record's JSON lacked the placeholders: HSDSService changed shape without this file.
    case unexpectedShape(String)
}

/// JSON text written the way Foundation's `JSONEncoder` writes it (with
/// `.withoutEscapingSlashes`), so an assembled page has the same bytes as an encoded one.
enum JSONText {
    /// Shortest round-trip digits, with an integral value written without ".0".
    static func number(_ value: Double) -> String {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += #"\""#.utf8
            case UInt8(ascii: "\\"): out += #"\\"#.utf8
            case 0x0A: out += #"\n"#.utf8
            case 0x0D: out += #"\r"#.utf8
            case 0x09: out += #"\t"#.utf8
            case 0x08: out += #"\b"#.utf8
            case 0x0C: out += #"\f"#.utf8
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += #"\u00"#.utf8
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
