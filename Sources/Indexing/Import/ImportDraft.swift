import Foundation
import KaartModel

/// A value read from an imported file, with where it was.
struct Located<Value: Sendable>: Sendable {
    var value: Value
    var at: ImportLocation
}

/// A taxonomy term as another social map names it.
public struct ExternalTerm: Hashable, Sendable, CustomStringConvertible {
    public var taxonomy: String?
    public var code: String?
    public var name: String?

    public init(taxonomy: String?, code: String?, name: String?) {
        self.taxonomy = taxonomy
        self.code = code
        self.name = name
    }

    public var description: String {
        let label = [code, name].compactMap { $0 }.joined(separator: " ")
        return (taxonomy.map { "\($0): " } ?? "") + (label.isEmpty ? "?" : label)
    }
}

/// One record as another social map describes it, before it is checked, mapped and placed:
/// what the HSDS and spreadsheet readers produce and `ImportBuilder` turns into an `Entry`.
struct ImportDraft: Sendable {
    /// The record's id in its own file (an HSDS service id, a spreadsheet's id column).
    var recordID: String
    /// Where the record starts in its file.
    var at: ImportLocation
    /// A suffix that keeps ids apart when one service is offered at several places.
    var idSuffix: String?

    var name: Located<String>?
    var alternateName: Located<String>?
    var description: Located<String>?
    var summaryB1: Located<String>?
    var whenToRefer: Located<String>?
    var status: Located<String>?
    var kind: Located<String>?
    var organizationName: Located<String>?
    var organizationURL: Located<String>?
    var url: Located<String>?
    var email: Located<String>?
    var phones: [Located<Entry.Phone>] = []
    var locationType: Entry.LocationType?
    var address1: Located<String>?
    var postalCode: Located<String>?
    var city: Located<String>?
    var country: Located<String>?
    var latitude: Located<Double>?
    var longitude: Located<Double>?
    var municipality: Located<String>?
    var locationPrecision: Located<String>?
    var serviceAreas: [Located<String>] = []
    var servesWholeCountry: Bool?
    var schedule: Located<String>?
    /// Weekly opening hours kept as data (HSDS `schedules` with days and times).
    var schedules: [Located<Schedule>] = []
    var chat: Located<String>?
    var audience: Located<String>?
    var expectedStart: Located<String>?
    var planned = false
    /// Our own export said no dated source vouches for the record: its date stays unknown.
    var assuredDateUnknown = false
    var languages: [Located<String>] = []
    var accessibility: Located<String>?
    var free: Located<Bool>?
    var feesDescription: Located<String>?
    var applicationProcess: Located<String>?
    var minimumAge: Located<Double>?
    var maximumAge: Located<Double>?
    /// Another map's taxonomy terms, mapped through `Indexer/hsds-taxonomy.yaml`.
    var terms: [Located<ExternalTerm>] = []
    /// Our own taxonomy codes, given directly (our own export, or a spreadsheet mapping).
    var codes: [Taxonomy.Facet: [Located<String>]] = [:]
    var formal: Located<Bool>?
    var crisis: Located<Bool>?
    var assuredDate: Located<String>?
    var lastModified: Located<String>?
    /// The record's own sources, when it was exported by a Sociale Kaart.
    var sources: [Entry.Source] = []
    /// The id a Sociale Kaart gave the record when it exported it.
    var originalID: String?
    /// The ids of records merged into it before it was exported.
    var mergedIDs: [String] = []
    /// Where a field would have been, for a spreadsheet cell left empty: a missing name points
    /// at its cell, not just its row.
    var emptyCells: [String: ImportLocation] = [:]

    /// Where to point a problem with `field`: its empty cell, or else the record.
    func location(of field: String) -> ImportLocation {
        emptyCells[field] ?? at.appending(field)
    }

    init(recordID: String, at: ImportLocation) {
        self.recordID = recordID
        self.at = at
    }

    mutating func addCode(_ facet: Taxonomy.Facet, _ code: String, at: ImportLocation) {
        codes[facet, default: []].append(Located(value: code, at: at))
    }
}
