import Foundation
import KaartModel
import SearchIndex

/// `kaart export hsds`: the index (or the part a query's filters select) as HSDS 3 services,
/// with stable UUIDs (`HSDSMapping.Identifiers.stable`).
public enum HSDSExport {
    public static func services(from index: SearchIndex, query: SearchQuery, modifiedAfter: Day?) throws -> [HSDSService] {
        let mapping = HSDSMapping(index: index, identifiers: .stable)
        return try index.records(filteredBy: query, modifiedAfter: modifiedAfter).map { mapping.service($0.entry, aliases: $0.aliases) }
    }
}
