import Foundation
import KaartModel
import SearchIndex

/// Several records on one page to take home (issue 19): the ids as chosen, read from a command
/// line or an address (`/lijst?ids=a,b,c`). Nothing is stored: the list lives in its address.
/// Bad input never fails: junk is skipped, duplicates shown once, more than `maximumCount` cut
/// off, and an id that is not (or no longer) there for the reader reads "niet meer beschikbaar".
public struct HandoutList: Sendable {
    /// One place on the list.
    public enum Item: Sendable {
        case offer(Entry)
        /// Not in the index, not running, or not for this reader: only the id is shown.
        case unavailable(id: String)
    }

    /// The most offers on one list: a page a resident can still read, and a QR code a phone
    /// still scans.
    public static let maximumCount = 15
    /// The longest id read from an address; longer is not an id.
    public static let maximumIDLength = 120

    /// The ids kept, in the order given: the list's own address is made from these.
    public let ids: [String]
    public private(set) var items: [Item] = []
    /// How many ids were cut off beyond `maximumCount`, skipped as unreadable, or given twice.
    public let overLimit: Int
    public let skipped: Int
    public let duplicates: Int
    /// How many ids were given in all (readable ones, before the cut).
    public let given: Int

    /// Reads ids from `values`: each may hold several, split by commas or spaces.
    public init(reading values: [String]) {
        var kept: [String] = []
        var seen = Set<String>()
        var skipped = 0
        var duplicates = 0
        for value in values {
            for part in value.split(whereSeparator: { $0 == "," || $0.isWhitespace }) {
                let id = String(part)
                guard Self.isReadableID(id) else {
                    skipped += 1
                    continue
                }
                guard seen.insert(id).inserted else {
                    duplicates += 1
                    continue
                }
                kept.append(id)
            }
        }
        self.given = kept.count
        self.ids = Array(kept.prefix(Self.maximumCount))
        self.overLimit = max(0, kept.count - Self.maximumCount)
        self.skipped = skipped
        self.duplicates = duplicates
    }

    /// Letters, digits, `-`, `_` and `.`, as record ids are written (imported ones too).
    static func isReadableID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= maximumIDLength
            && id.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) }
    }

    /// The records behind the ids, as `reader` may see them: residents get running records for
    /// everyone without the facts for professionals; professionals get theirs too.
    public func resolved(in index: SearchIndex, forProfessionals: Bool = false) throws -> HandoutList {
        var copy = self
        copy.items = try ids.map { id in
            guard let entry = try index.entry(id: id), entry.status == .active,
                forProfessionals || entry.audience == .everyone
            else { return .unavailable(id: id) }
            return .offer(forProfessionals ? entry : entry.forResidents)
        }
        return copy
    }

    /// The notes about the input: over the limit, skipped, doubled; empty when all was fine.
    public func notices(_ text: ListText) -> [String] {
        var notes: [String] = []
        if overLimit > 0 { notes.append(text.tooMany(Self.maximumCount, given)) }
        if skipped > 0 { notes.append(text.skipped(skipped)) }
        if duplicates > 0 { notes.append(text.duplicates(duplicates)) }
        return notes
    }

    /// The list's own address: `/lijst?ids=a,b,c`, with the interface language unless Dutch
    /// and the "is het gelukt?" question when asked for.
    public func path(language: Language, askOutcome: Bool = false) -> String {
        var query = "ids=" + ids.joined(separator: ",")
        if askOutcome { query += "&gelukt=ja" }
        if language != .dutch { query += "&taal=\(language.rawValue)" }
        return "/lijst?" + query
    }

    /// The anonymous "is het gelukt?" page of one record.
    public static func outcomePath(id: String, language: Language) -> String {
        "/gelukt/\(id)" + (language != .dutch ? "?taal=\(language.rawValue)" : "")
    }
}
