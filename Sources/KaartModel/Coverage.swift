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

    public var regions: [Region] {
        didSet { keys = Self.keys(regions) }
    }
    /// Every covered municipality's `Gazetteer.key`, worked out once: folding each name again
    /// on every search was a twentieth of a search request.
    private var keys: Set<String>

    public init(regions: [Region]) {
        self.regions = regions
        keys = Self.keys(regions)
    }

    enum CodingKeys: String, CodingKey { case regions }

    public init(from decoder: any Decoder) throws {
        self.init(regions: try decoder.container(keyedBy: CodingKeys.self).decode([Region].self, forKey: .regions))
    }

    private static func keys(_ regions: [Region]) -> Set<String> {
        Set(regions.flatMap { $0.municipalities.map(Gazetteer.key) })
    }

    /// No regions named: every place counts as covered (an index built without the file).
    public static let everywhere = Coverage(regions: [])

    /// True when a search from `municipality` is inside the map.
    public func covers(municipality: String) -> Bool {
        regions.isEmpty || keys.contains(Gazetteer.key(municipality))
    }

    /// "Centraal Gelderland, Groningen en Zuid-Holland Eilanden en BAR".
    public func names(and conjunction: String) -> String {
        let names = regions.map(\.name)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " \(conjunction) " + names.last!
    }
}
