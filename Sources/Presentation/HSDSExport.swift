import Foundation
import KaartModel
import SearchIndex

/// `kaart export hsds`: the index (or the part a query's filters select) as HSDS 3 services,
/// with stable UUIDs (`HSDSMapping.Identifiers.stable`). Like the public API it holds only
/// records for everyone, without the facts only professionals see.
public enum HSDSExport {
    public static func services(from index: SearchIndex, query: SearchQuery, modifiedAfter: Day?) throws -> [HSDSService] {
        let mapping = HSDSMapping(index: index, identifiers: .stable)
        return try index.records(filteredBy: query, modifiedAfter: modifiedAfter, audience: .everyone).map { mapping.service($0.entry, aliases: $0.aliases) }
    }
}
