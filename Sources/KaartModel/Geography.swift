import Foundation

/// A point in WGS84 degrees.
public struct Coordinate: Codable, Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// A generous box around the European Netherlands, Wadden islands included.
    public static let netherlandsBounds = (latitude: 50.70...53.60, longitude: 3.30...7.30)

    public var isInNetherlands: Bool {
        Self.netherlandsBounds.latitude.contains(latitude)
            && Self.netherlandsBounds.longitude.contains(longitude)
    }

    /// Great-circle distance (haversine); good to a few metres at Dutch scales.
    public func distance(to other: Coordinate) -> Distance {
        let earthRadius = 6_371.0088
        let radians = Double.pi / 180
        let dLat = (other.latitude - latitude) * radians
        let dLon = (other.longitude - longitude) * radians
        let a = sin(dLat / 2) * sin(dLat / 2)
            + cos(latitude * radians) * cos(other.latitude * radians) * sin(dLon / 2) * sin(dLon / 2)
        return Distance(kilometres: 2 * earthRadius * asin(min(1, a.squareRoot())))
    }

    /// The smallest latitude/longitude box that holds every point within `radius`.
    public func boundingBox(radius: Distance) -> (latitude: ClosedRange<Double>, longitude: ClosedRange<Double>) {
        let dLat = radius.kilometres / 111.32
        let dLon = radius.kilometres / (111.32 * max(0.01, cos(latitude * Double.pi / 180)))
        return (latitude - dLat...latitude + dLat, longitude - dLon...longitude + dLon)
    }
}

/// A distance on the ground.
public struct Distance: Codable, Hashable, Comparable, Sendable {
    public var kilometres: Double
    public init(kilometres: Double) { self.kilometres = kilometres }
    public static func km(_ value: Double) -> Distance { Distance(kilometres: value) }
    public static func < (lhs: Distance, rhs: Distance) -> Bool { lhs.kilometres < rhs.kilometres }

    /// The default search radius: "reisafstand (max. 15 km)", seed 002 L662.
    public static let defaultRadius = Distance.km(15)

    /// "800 m", "3,4 km", "27 km": Dutch decimal comma, precision that fits the scale.
    public func formatted(decimalSeparator: String = ",") -> String {
        if kilometres < 1 { return "\(Int((kilometres * 1000 / 100).rounded()) * 100) m" }
        if kilometres < 10 {
            let tenths = Int((kilometres * 10).rounded())
            return "\(tenths / 10)\(decimalSeparator)\(tenths % 10) km"
        }
        return "\(Int(kilometres.rounded())) km"
    }
}

/// A Dutch postcode: four digits (PC4), optionally followed by two letters (PC6).
public struct Postcode: Hashable, Sendable, CustomStringConvertible {
    /// The four digits, `1000`…`9999`.
    public var digits: String
    /// The two letters, upper case, when the postcode is a full PC6.
    public var letters: String?

    /// Accepts "6811", "6811AB", "6811 ab"; rejects anything else.
    public init?(_ text: String) {
        let compact = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "")
        let chars = Array(compact.uppercased())
        guard chars.count == 4 || chars.count == 6,
            chars[0] != "0", chars[0..<4].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        if chars.count == 6 {
            let letters = chars[4..<6]
            // SA, SD and SS are never issued.
            guard letters.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
            let pair = String(letters)
            guard !["SA", "SD", "SS"].contains(pair) else { return nil }
            self.letters = pair
        } else {
            self.letters = nil
        }
        self.digits = String(chars[0..<4])
    }

    public var description: String { letters.map { "\(digits) \($0)" } ?? digits }
}
