import Foundation
import KaartModel
import SearchIndex

/// `kaart export hsds`: the index (or the part a query's filters select) as HSDS 3 services.
public enum HSDSExport {
    public static func services(from index: SearchIndex, query: SearchQuery, modifiedAfter: Day?) throws -> [HSDSService] {
        let gazetteer = index.gazetteer
        // Points that are only the centre of a postcode, place or municipality.
        var centres = Set(gazetteer.postcodeAreas.values.map(\.coordinate))
        centres.formUnion(gazetteer.places.map(\.coordinate))
        centres.formUnion(gazetteer.municipalities.values.map(\.coordinate))
        return try index.records(filteredBy: query, modifiedAfter: modifiedAfter).map { record in
            HSDSService(
                record.entry, aliases: record.aliases, taxonomy: index.taxonomy,
                province: { gazetteer.municipality(named: $0)?.province }, isDerived: { centres.contains($0) })
        }
    }
}
