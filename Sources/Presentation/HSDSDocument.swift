import Foundation
import KaartModel

/// A record as an Open Referral HSDS 3 service (`schema/compiled/service_with_definitions.json`),
/// with what HSDS has no field for under `x_sociale_kaart`. Ids are stable UUIDs derived from
/// our ids, so every export names the same service the same way. Shared by `kaart export hsds`
/// and the JSON API. docs/interchange.md says which field goes where.
public struct HSDSService: Encodable, Sendable {
    public struct Organization: Encodable, Sendable {
        public var id: String
        public var name: String
        /// HSDS requires it; we know none, and say so with an empty text rather than invent one.
        public var description: String
        public var website: String?
    }

    public struct Phone: Encodable, Sendable {
        public var id: String
        public var number: String
        public var description: String?
    }

    /// Weekly opening hours (`byday`, `opens_at`, `closes_at` in Dutch local time, which the
    /// extension names), or hours in words (`description`).
    public struct Schedule: Encodable, Sendable {
        public var id: String
        public var freq: String?
        public var byday: String?
        public var opens_at: String?
        public var closes_at: String?
        public var valid_from: String?
        public var valid_to: String?
        public var notes: String?
        public var description: String?
    }

    public struct ServiceArea: Encodable, Sendable {
        public var id: String
        public var name: String
        public var description: String?
    }

    public struct Language: Encodable, Sendable {
        public var id: String
        public var code: String
    }

    public struct CostOption: Encodable, Sendable {
        public var id: String
        public var option: String
        public var currency: String
        public var amount: Double
    }

    public struct Address: Encodable, Sendable {
        public var id: String
        public var address_1: String
        public var city: String
        public var state_province: String
        public var postal_code: String
        public var country: String
        public var address_type: String
    }

    public struct Accessibility: Encodable, Sendable {
        public var id: String
        public var description: String
    }

    public struct Location: Encodable, Sendable {
        public var id: String
        public var location_type: String
        public var url: String?
        public var latitude: Double?
        public var longitude: Double?
        public var addresses: [Address]?
        public var accessibility: [Accessibility]?
    }

    public struct ServiceAtLocation: Encodable, Sendable {
        public var id: String
        public var location: Location
    }

    public struct TaxonomyTerm: Encodable, Sendable {
        public var id: String
        public var code: String
        public var name: String
        public var description: String
        public var taxonomy: String
        public var language: String
    }

    public struct Attribute: Encodable, Sendable {
        public var id: String
        public var taxonomy_term_id: String
        public var link_type: String
        public var link_entity: String
        public var taxonomy_term: TaxonomyTerm
    }

    public var id: String
    public var name: String
    public var alternate_name: String?
    public var description: String
    public var url: String?
    public var email: String?
    public var status: String
    public var application_process: String?
    public var fees_description: String?
    public var minimum_age: Int?
    public var maximum_age: Int?
    public var assured_date: String?
    public var last_modified: String?
    public var organization: Organization?
    public var phones: [Phone]?
    public var schedules: [Schedule]?
    public var service_areas: [ServiceArea]?
    public var languages: [Language]?
    public var cost_options: [CostOption]?
    public var service_at_locations: [ServiceAtLocation]?
    public var attributes: [Attribute]?
    public var x_sociale_kaart: KaartExtension

    /// `province` names a municipality's province (HSDS requires `state_province`); `isDerived`
    /// says whether a point is only a postcode, place or municipality centre, which is never
    /// exported as if it were the address's own coordinates.
    public init(
        _ entry: Entry, aliases: [String] = [], taxonomy: Taxonomy, province: (String) -> String?,
        isDerived: (Coordinate) -> Bool
    ) {
        let uuid = { (part: String) in HSDSVocabulary.uuid("\(entry.id)/\(part)") }
        id = HSDSVocabulary.uuid(entry.id)
        name = entry.name
        alternate_name = entry.alternateName
        description = entry.description
        url = entry.url
        email = entry.email
        // HSDS has no planned status: a service that does not run yet is inactive there.
        status = entry.status == .planned ? Entry.Status.inactive.rawValue : entry.status.rawValue
        application_process = entry.applicationProcess
        fees_description = entry.feesDescription
        minimum_age = entry.minimumAge
        maximum_age = entry.maximumAge
        assured_date = entry.assuredDate?.description
        last_modified = [entry.assuredDate, entry.lastModified].compactMap { $0 }.max().map { $0.description + "T00:00:00Z" }
        organization = entry.organization.map {
            Organization(id: HSDSVocabulary.uuid("organization/\($0.name)"), name: $0.name, description: "", website: $0.url)
        }
        let phones = entry.phones.enumerated().map { Phone(id: uuid("phone/\($0)"), number: $1.number, description: $1.description) }
        self.phones = phones.isEmpty ? nil : phones
        var schedules = entry.schedules.enumerated().map { n, s in
            Schedule(
                id: uuid("schedule/\(n)"), freq: "WEEKLY", byday: s.days.map(\.icalendarCode).joined(separator: ","),
                opens_at: s.opens?.description, closes_at: s.closes?.description, valid_from: s.validFrom?.description,
                valid_to: s.validUntil?.description, notes: s.note)
        }
        if let text = entry.schedule { schedules.append(Schedule(id: uuid("schedule"), description: text)) }
        self.schedules = schedules.isEmpty ? nil : schedules
        var areas = entry.serviceArea.map { ServiceArea(id: uuid("area/\($0)"), name: $0, description: "gemeente \($0)") }
        if entry.servesWholeCountry { areas = [ServiceArea(id: uuid("area/Nederland"), name: "Nederland", description: "heel Nederland")] }
        service_areas = areas.isEmpty ? nil : areas
        let languages = entry.languages.map { Language(id: uuid("language/\($0)"), code: $0) }
        self.languages = languages.isEmpty ? nil : languages
        cost_options = entry.free == true ? [CostOption(id: uuid("cost"), option: "Gratis", currency: "EUR", amount: 0)] : nil

        var location = Location(id: uuid("location"), location_type: entry.locationType.rawValue)
        if entry.locationType == .virtual {
            location.url = entry.url
        } else if let point = entry.coordinate, entry.locationPrecision == .address, !isDerived(point) {
            location.latitude = point.latitude
            location.longitude = point.longitude
        }
        if let address = entry.address {
            location.addresses = [Address(
                id: uuid("address"), address_1: address.address1 ?? "", city: address.city ?? "",
                state_province: entry.municipality.flatMap(province) ?? "", postal_code: address.postalCode ?? "",
                country: "NL", address_type: "physical")]
        }
        location.accessibility = entry.accessibility.map { [Accessibility(id: uuid("accessibility"), description: $0)] }
        service_at_locations = [ServiceAtLocation(id: uuid("service-at-location"), location: location)]

        var attributes: [Attribute] = []
        for facet in HSDSVocabulary.exportedFacets {
            let codes: [String]
            switch facet {
            case .domains: codes = entry.domains
            case .targetGroups: codes = entry.targetGroups
            case .supportTypes: codes = entry.supportTypes
            case .access: codes = entry.access.map { [$0] } ?? []
            case .lines: codes = entry.line.map { [$0] } ?? []
            case .sectors: codes = entry.sector.map { [$0] } ?? []
            case .positiveHealth: codes = []
            }
            for code in codes {
                let term = taxonomy.term(facet, code: code)
                let termID = HSDSVocabulary.uuid("taxonomy/\(facet.rawValue)/\(code)")
                attributes.append(Attribute(
                    id: uuid("attribute/\(facet.rawValue)/\(code)"), taxonomy_term_id: termID, link_type: "service",
                    link_entity: "service",
                    taxonomy_term: TaxonomyTerm(
                        id: termID, code: code, name: term?.dutch ?? code, description: term?.english ?? code,
                        taxonomy: HSDSVocabulary.taxonomyName(facet), language: "nl")))
            }
        }
        self.attributes = attributes.isEmpty ? nil : attributes
        x_sociale_kaart = KaartExtension(
            id: entry.id, kind: entry.kind.rawValue, summaryB1: entry.summaryB1, whenToRefer: entry.whenToRefer,
            municipality: entry.municipality, locationPrecision: entry.locationPrecision.rawValue,
            servesWholeCountry: entry.servesWholeCountry, free: entry.free, formal: entry.formal, crisis: entry.crisis,
            lastModified: entry.lastModified?.description, sources: entry.sources, mergedIDs: aliases)
        x_sociale_kaart.chat = entry.chat
        x_sociale_kaart.planned = entry.status == .planned ? true : nil
        x_sociale_kaart.expectedStart = entry.expectedStart?.description
        x_sociale_kaart.audience = entry.audience == .everyone ? nil : entry.audience.rawValue
        x_sociale_kaart.assuredDateUnknown = entry.assuredDate == nil ? true : nil
    }

    /// Services as one JSON array, keys sorted, so the same index always exports the same bytes.
    public static func json(_ services: [HSDSService]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(services), as: UTF8.self) + "\n"
    }
}

extension HSDSService.Location {
    init(id: String, location_type: String) {
        self.id = id
        self.location_type = location_type
    }
}
