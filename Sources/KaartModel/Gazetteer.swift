import Foundation

/// Dutch postcodes, places and municipalities with their centres: what turns "6811", "Elst" or
/// "Overbetuwe" into a point. Built from `Indexer/nl_pc4.tsv` and `Indexer/nl_places.tsv`.
public struct Gazetteer: Sendable {
    public struct PostcodeArea: Hashable, Sendable, Codable {
        public var digits: String
        public var coordinate: Coordinate
        public var place: String
        public var municipality: String
        public init(digits: String, coordinate: Coordinate, place: String, municipality: String) {
            self.digits = digits
            self.coordinate = coordinate
            self.place = place
            self.municipality = municipality
        }
    }

    public struct Place: Hashable, Sendable, Codable {
        /// The name as the gazetteer has it, suffix included ("Elst Ut").
        public var name: String
        public var municipality: String
        public var province: String
        public var coordinate: Coordinate
        public init(name: String, municipality: String, province: String, coordinate: Coordinate) {
            self.name = name
            self.municipality = municipality
            self.province = province
            self.coordinate = coordinate
        }

        /// "Elst (Overbetuwe)": unambiguous and readable.
        public var qualifiedName: String {
            let base = Gazetteer.baseName(name)
            return base == municipality ? base : "\(base) (\(municipality))"
        }
    }

    public struct Municipality: Hashable, Sendable, Codable {
        public var name: String
        public var code: String
        public var province: String
        /// The mean of the municipality's postcode centres.
        public var coordinate: Coordinate
        public init(name: String, code: String, province: String, coordinate: Coordinate) {
            self.name = name
            self.code = code
            self.province = province
            self.coordinate = coordinate
        }
    }

    public private(set) var postcodeAreas: [String: PostcodeArea] = [:]
    public private(set) var places: [Place] = []
    public private(set) var municipalities: [String: Municipality] = [:]
    private var placesByKey: [String: [Int]] = [:]
    private var municipalityByKey: [String: String] = [:]

    public init(postcodeAreas: [PostcodeArea], places: [Place], municipalities: [Municipality]) {
        for area in postcodeAreas { self.postcodeAreas[area.digits] = area }
        self.places = places
        for (index, place) in places.enumerated() {
            for key in Set([Self.key(place.name), Self.key(Self.baseName(place.name))]) {
                placesByKey[key, default: []].append(index)
            }
        }
        for municipality in municipalities {
            self.municipalities[municipality.name] = municipality
            municipalityByKey[Self.key(municipality.name)] = municipality.name
        }
    }

    /// Parses the two TSV files (header lines included). Malformed rows are skipped and counted.
    public init(postcodeTSV: String, placesTSV: String) throws {
        var areas: [PostcodeArea] = []
        var sums: [String: (lat: Double, lon: Double, count: Double, code: String, province: String)] = [:]
        for (number, line) in postcodeTSV.split(separator: "\n").enumerated() where number > 0 {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 7, let lat = Double(f[1]), let lon = Double(f[2]) else {
                throw GazetteerError.malformedRow(file: "nl_pc4.tsv", line: number + 1)
            }
            areas.append(PostcodeArea(
                digits: f[0], coordinate: Coordinate(latitude: lat, longitude: lon),
                place: f[3], municipality: f[5]))
            var sum = sums[f[5]] ?? (0, 0, 0, f[4], f[6])
            sum.lat += lat
            sum.lon += lon
            sum.count += 1
            sums[f[5]] = sum
        }
        var places: [Place] = []
        for (number, line) in placesTSV.split(separator: "\n").enumerated() where number > 0 {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 6, let lat = Double(f[4]), let lon = Double(f[5]) else {
                throw GazetteerError.malformedRow(file: "nl_places.tsv", line: number + 1)
            }
            places.append(Place(
                name: f[0], municipality: f[2], province: f[3],
                coordinate: Coordinate(latitude: lat, longitude: lon)))
        }
        let municipalities = sums.map { name, s in
            Municipality(
                name: name, code: s.code, province: s.province,
                coordinate: Coordinate(latitude: s.lat / s.count, longitude: s.lon / s.count))
        }
        self.init(postcodeAreas: areas, places: places, municipalities: municipalities)
    }

    public func area(for postcode: Postcode) -> PostcodeArea? { postcodeAreas[postcode.digits] }

    /// The municipality with this name, ignoring case, accents, hyphens and spaces.
    public func municipality(named name: String) -> Municipality? {
        municipalityByKey[Self.key(name)].flatMap { municipalities[$0] }
    }

    /// True when a place or municipality has this name, given as `key(_:)` writes it: one
    /// dictionary lookup, for a search that asks it of every run of its words.
    public func hasName(key: String) -> Bool {
        placesByKey[key] != nil || municipalityByKey[key] != nil
    }

    /// Every place with this name; several when the name is ambiguous ("Elst").
    public func places(named name: String) -> [Place] {
        (placesByKey[Self.key(name)] ?? []).map { places[$0] }
    }

    /// What a free-text place resolves to.
    public enum Resolution: Hashable, Sendable {
        case point(Coordinate, label: String, municipality: String?)
        case ambiguous(name: String, choices: [String])
        case unknown(name: String, suggestions: [String])
    }

    /// Resolves what a person types: "6811", "6811 AB", "Elst", "Elst (Overbetuwe)",
    /// "Elst, Overbetuwe", "Overbetuwe" or "51.98,5.91". Never guesses between two places.
    public func resolve(_ text: String) -> Resolution {
        let trimmed = text.trimmingWhitespace
        if let coordinate = Self.parseCoordinate(trimmed) {
            return .point(coordinate, label: String(format: "%.4f, %.4f", coordinate.latitude, coordinate.longitude), municipality: nil)
        }
        if let postcode = Postcode(trimmed) {
            guard let area = area(for: postcode) else {
                return .unknown(name: postcode.description, suggestions: [])
            }
            return .point(area.coordinate, label: "\(postcode) \(Self.baseName(area.place))", municipality: area.municipality)
        }
        // "Elst (Overbetuwe)" or "Elst, Overbetuwe": a place narrowed by its municipality.
        var name = trimmed
        var within: String?
        if let open = trimmed.firstIndex(of: "("), trimmed.hasSuffix(")") {
            name = String(trimmed[..<open]).trimmingCharacters(in: .whitespaces)
            within = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        } else if let comma = trimmed.firstIndex(of: ",") {
            name = String(trimmed[..<comma]).trimmingCharacters(in: .whitespaces)
            within = String(trimmed[trimmed.index(after: comma)...]).trimmingCharacters(in: .whitespaces)
        }
        var candidates = places(named: name)
        if let within {
            let key = Self.key(within)
            candidates = candidates.filter { Self.key($0.municipality) == key || Self.key($0.province) == key }
        }
        // A municipality whose places don't carry its name ("Overbetuwe", "Midden-Groningen").
        if within == nil, let municipality = municipality(named: name),
            !candidates.contains(where: { $0.municipality == municipality.name })
        {
            if candidates.isEmpty {
                return .point(municipality.coordinate, label: "gemeente \(municipality.name)", municipality: municipality.name)
            }
            return .ambiguous(
                name: name,
                choices: ["gemeente \(municipality.name)"] + candidates.map(\.qualifiedName).sorted())
        }
        switch candidates.count {
        case 1:
            let place = candidates[0]
            return .point(place.coordinate, label: place.qualifiedName, municipality: place.municipality)
        case 0:
            return .unknown(name: trimmed, suggestions: suggestions(for: name))
        default:
            return .ambiguous(name: name, choices: candidates.map(\.qualifiedName).sorted())
        }
    }

    /// Up to five known names that start like `name`, for "did you mean".
    func suggestions(for name: String) -> [String] {
        let key = Self.key(name)
        guard key.count >= 3 else { return [] }
        let prefix = String(key.prefix(3))
        var names = Set<String>()
        for place in places where Self.key(place.name).hasPrefix(prefix) { names.insert(place.qualifiedName) }
        for m in municipalities.keys where Self.key(m).hasPrefix(prefix) { names.insert("gemeente \(m)") }
        return names.sorted().prefix(5).map { $0 }
    }

    /// "51.98,5.91" or "51.98, 5.91" as latitude, longitude.
    static func parseCoordinate(_ text: String) -> Coordinate? {
        let parts = text.split(separator: ",").map { $0.trimmingWhitespace }
        guard parts.count == 2, let lat = Double(parts[0]), let lon = Double(parts[1]),
            parts.allSatisfy({ $0.contains(".") })
        else { return nil }
        return Coordinate(latitude: lat, longitude: lon)
    }

    /// Province suffixes the gazetteer uses to tell places apart ("Elst Ut", "Haren Gn").
    static let provinceSuffixes: Set<String> = [
        "gn", "fr", "dr", "ov", "gld", "gl", "ut", "nh", "zh", "zl", "nb", "lb", "li", "fl",
    ]

    /// "Elst Ut" → "Elst".
    public static func baseName(_ name: String) -> String {
        let words = name.split(separator: " ")
        if words.count > 1, let last = words.last, provinceSuffixes.contains(last.lowercased()) {
            return words.dropLast().joined(separator: " ")
        }
        return name
    }

    /// Case-, accent-, hyphen- and space-insensitive key: "Voorne aan Zee" ~ "voorne-aan-zee".
    public static func key(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .filter { $0.isLetter || $0.isNumber || $0 == "'" }
    }
}

public enum GazetteerError: Error, CustomStringConvertible {
    case malformedRow(file: String, line: Int)
    public var description: String {
        switch self {
        case .malformedRow(let file, let line):
            "\(file):\(line): this row does not have the expected tab-separated columns; restore it from ../shared/data"
        }
    }
}
