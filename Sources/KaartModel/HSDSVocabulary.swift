import Foundation

/// The names this project uses where Open Referral HSDS 3 leaves room: the extra field on every
/// exported service that holds what HSDS has no field for, and the taxonomy names of our facets.
/// Export writes them and import reads them, so both sides live here.
public enum HSDSVocabulary {
    /// The extra field on an exported service with our own fields (`KaartExtension`). HSDS 3 has
    /// no formal extension mechanism and allows additional properties; the `x_` prefix marks
    /// the field as an extension to anyone reading the file.
    public static let extensionKey = "x_sociale_kaart"

    /// The `taxonomy` of an exported term: `sociale-kaart:domains`, `sociale-kaart:target_groups` …
    public static func taxonomyName(_ facet: Taxonomy.Facet) -> String { "sociale-kaart:\(facet.rawValue)" }

    /// The facet of one of our taxonomy names, or nil for another map's taxonomy.
    public static func facet(forTaxonomy name: String) -> Taxonomy.Facet? {
        guard name.hasPrefix("sociale-kaart:") else { return nil }
        return Taxonomy.Facet(rawValue: String(name.dropFirst("sociale-kaart:".count)))
    }

    /// The facets exported as taxonomy terms (positieve gezondheid follows from the domains).
    public static let exportedFacets: [Taxonomy.Facet] = [.domains, .targetGroups, .supportTypes, .access, .lines, .sectors]

    /// A stable UUID (version 5, RFC 9562) for `name`: the same record gets the same HSDS id in
    /// every export, so a consumer can update instead of duplicating.
    public static func uuid(_ name: String) -> String {
        var bytes = namespace + Array(name.utf8)
        var hash = Array(SHA1.hash(bytes).prefix(16))
        hash[6] = (hash[6] & 0x0F) | 0x50
        hash[8] = (hash[8] & 0x3F) | 0x80
        bytes = hash
        let hex = hexDigits(bytes)
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
        return parts.joined(separator: "-")
    }

    /// Eight hex digits that stand for `text`, for short stable id suffixes.
    public static func shortHash(_ text: String) -> String {
        hexDigits(SHA1.hash(Array(text.utf8)).prefix(4))
    }

    /// Lower-case hex, two digits a byte. Written out by hand: `String(format: "%02x")` per byte
    /// was most of the time the API's full list spent on a service, which holds several UUIDs.
    static func hexDigits(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The UUID namespace of Sociale Kaart ids (itself the version 5 UUID of "sociale-kaart" in
    /// the URL namespace, fixed here so it never changes).
    static let namespace: [UInt8] = [
        0x5b, 0x0e, 0x8c, 0x6a, 0x2d, 0x41, 0x5f, 0x3e, 0x9a, 0x67, 0x1c, 0x2f, 0x4e, 0x80, 0xd3, 0x11,
    ]
}

/// What an exported service carries besides HSDS's own fields: everything a Sociale Kaart
/// record has that HSDS cannot hold, so an export imports back without loss.
public struct KaartExtension: Codable, Hashable, Sendable {
    /// The record's id in the index that exported it.
    public var id: String
    public var kind: String
    public var summaryB1: String?
    public var whenToRefer: String?
    public var municipality: String?
    public var locationPrecision: String
    public var servesWholeCountry: Bool
    public var free: Bool?
    public var formal: Bool?
    public var crisis: Bool
    /// The record's own `last_modified`; HSDS's `last_modified` holds the later of it and the
    /// assured date, so incremental consumers see every change.
    public var lastModified: String?
    public var sources: [Entry.Source]
    /// Ids of records from other sources that were merged into this one.
    public var mergedIDs: [String]
    /// What HSDS cannot say: a chat page, a planned service (HSDS: inactive) and when it is
    /// expected, a record for professionals only, and that no dated source vouches for it.
    public var chat: String?
    public var planned: Bool?
    public var expectedStart: String?
    public var audience: String?
    public var assuredDateUnknown: Bool?
    /// How residents read the record, in the answer's language: the one-line summary, where it
    /// is, "laatst gecontroleerd" as a month, and the record's pages on this site. Written by
    /// the API and the export alike; the importer does not need them.
    public var summary: String?
    public var place: String?
    public var lastChecked: String?
    public var links: Links?
    /// Set on search results only: the distance from the searched place (to 100 m), whether the
    /// record may be outdated, and `nu` / `vandaag` / `dicht` by its schedules.
    public var distanceKm: Double?
    public var possiblyOutdated: Bool?
    public var opening: String?

    /// The record's page and report form on the site that answered.
    public struct Links: Codable, Hashable, Sendable {
        public var html: String
        public var report: String

        public init(html: String, report: String) {
            self.html = html
            self.report = report
        }
    }

    public init(
        id: String, kind: String, summaryB1: String?, whenToRefer: String?, municipality: String?,
        locationPrecision: String, servesWholeCountry: Bool, free: Bool?, formal: Bool?, crisis: Bool,
        lastModified: String?, sources: [Entry.Source], mergedIDs: [String]
    ) {
        self.id = id
        self.kind = kind
        self.summaryB1 = summaryB1
        self.whenToRefer = whenToRefer
        self.municipality = municipality
        self.locationPrecision = locationPrecision
        self.servesWholeCountry = servesWholeCountry
        self.free = free
        self.formal = formal
        self.crisis = crisis
        self.lastModified = lastModified
        self.sources = sources
        self.mergedIDs = mergedIDs
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, municipality, free, formal, crisis, sources
        case summaryB1 = "summary_b1"
        case whenToRefer = "when_to_refer"
        case locationPrecision = "location_precision"
        case servesWholeCountry = "serves_whole_country"
        case lastModified = "last_modified"
        case mergedIDs = "merged_ids"
        case chat, planned, audience
        case expectedStart = "expected_start"
        case assuredDateUnknown = "assured_date_unknown"
        case summary, place, links, opening
        case lastChecked = "last_checked"
        case distanceKm = "distance_km"
        case possiblyOutdated = "possibly_outdated"
    }
}

/// SHA-1, only to derive name-based UUIDs (RFC 9562 version 5); not for security.
enum SHA1 {
    static func hash(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        var data = message
        let bitLength = UInt64(message.count) * 8
        data.append(0x80)
        while data.count % 64 != 56 { data.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { data.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        var w = [UInt32](repeating: 0, count: 80)
        for chunk in stride(from: 0, to: data.count, by: 64) {
            for i in 0..<16 {
                let b = chunk + i * 4
                w[i] = UInt32(data[b]) << 24 | UInt32(data[b + 1]) << 16 | UInt32(data[b + 2]) << 8 | UInt32(data[b + 3])
            }
            for i in 16..<80 {
                let x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
                w[i] = x << 1 | x >> 31
            }
            var (a, b, c, d, e) = (h[0], h[1], h[2], h[3], h[4])
            for i in 0..<80 {
                let (f, k): (UInt32, UInt32)
                switch i {
                case 0..<20: (f, k) = ((b & c) | (~b & d), 0x5A82_7999)
                case 20..<40: (f, k) = (b ^ c ^ d, 0x6ED9_EBA1)
                case 40..<60: (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
                default: (f, k) = (b ^ c ^ d, 0xCA62_C1D6)
                }
                let temp = (a << 5 | a >> 27) &+ f &+ e &+ k &+ w[i]
                (e, d, c, b, a) = (d, c, b << 30 | b >> 2, a, temp)
            }
            h[0] = h[0] &+ a
            h[1] = h[1] &+ b
            h[2] = h[2] &+ c
            h[3] = h[3] &+ d
            h[4] = h[4] &+ e
        }
        return h.flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value >> UInt32(24 - 8 * $0)) } }
    }
}
