/// The regions the map covers (`Indexer/regions.yaml`). A search from a place outside them
/// says so first and offers online help, instead of sending someone to a group 130 km away.
public struct Coverage: Codable, Hashable, Sendable {
    public struct Region: Codable, Hashable, Sendable {
        public var name: String
        /// The municipalities, as the gazetteer spells them.
        public var municipalities: [String]

        public init(name: String, municipalities: [String]) {
            self.name = name
            self.municipalities = municipalities
        }
    }

    public var regions: [Region]

    public init(regions: [Region]) {
        self.regions = regions
    }

    /// No regions named: every place counts as covered (an index built without the file).
    public static let everywhere = Coverage(regions: [])

    /// True when a search from `municipality` is inside the map.
    public func covers(municipality: String) -> Bool {
        regions.isEmpty || regions.contains { region in
            region.municipalities.contains { Gazetteer.key($0) == Gazetteer.key(municipality) }
        }
    }

    /// "Centraal Gelderland, Groningen en Zuid-Holland Eilanden en BAR".
    public func names(and conjunction: String) -> String {
        let names = regions.map(\.name)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " \(conjunction) " + names.last!
    }
}
