import Foundation
import KaartModel
import SearchIndex

/// `kaart export hsds`: the index (or the part a query's filters select) as HSDS 3 services.
public enum HSDSExport {
    public static func services(from index: SearchIndex, query: SearchQuery, modifiedAfter: Day?) throws -> [HSDSService] {
        let service = converter(for: index)
        return try index.records(filteredBy: query, modifiedAfter: modifiedAfter).map { service($0.entry, $0.aliases) }
    }

    /// Turns a record of `index` into an HSDS service, as the export writes it: also for the
    /// API's full list (`GET /api/v1/services` without a search).
    public static func converter(for index: SearchIndex) -> @Sendable (Entry, [String]) -> HSDSService {
        let gazetteer = index.gazetteer
        let taxonomy = index.taxonomy
        // Points that are only the centre of a postcode, place or municipality.
        var centres = Set(gazetteer.postcodeAreas.values.map(\.coordinate))
        centres.formUnion(gazetteer.places.map(\.coordinate))
        centres.formUnion(gazetteer.municipalities.values.map(\.coordinate))
        let derived = centres
        return { entry, aliases in
            HSDSService(
                entry, aliases: aliases, taxonomy: taxonomy,
                province: { gazetteer.municipality(named: $0)?.province }, isDerived: { derived.contains($0) })
        }
    }
}
