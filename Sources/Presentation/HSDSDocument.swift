import Foundation
import KaartModel

/// A record as an Open Referral HSDS 3 service (`schema/compiled/service_with_definitions.json`),
/// with what HSDS has no field for under `x_sociale_kaart`: the one HSDS shape of a record, made
/// by `HSDSMapping` for `kaart export hsds` and every JSON API answer alike. Only the ids differ
/// (`HSDSMapping.Identifiers`). docs/interchange.md and docs/hsds-profile.md say which field goes where.
public struct HSDSService: Encodable, Sendable {
    public struct Organization: Encodable, Sendable {
        public var id: String
        /// Set in the organisation's own listing (`/api/v1/organizations`); nil inside a service.
        public var services: [HSDSService]?
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

    /// An HSDS 3 `service_at_location`; inside a service only `id` and `location`, in
    /// `/api/v1/service_at_locations` also `service_id`, `location_id` and the `service`.
    public struct ServiceAtLocation: Encodable, Sendable {
        public var id: String
        public var service_id: String?
        public var location_id: String?
        public var location: Location
        public var service: HSDSService?
    }

    /// An HSDS 3 `taxonomy_term`; `parent_id` links a levensdomein to its Positieve
    /// Gezondheid dimension.
    public struct TaxonomyTerm: Encodable, Sendable {
        public var id: String
        public var code: String
        public var name: String
        public var description: String
        public var taxonomy: String
        public var taxonomy_id: String
        public var parent_id: String?
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
    public var organization_id: String?
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

    /// Services as one JSON array, keys sorted, so the same index always exports the same bytes.
    public static func json(_ services: [HSDSService]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(services), as: UTF8.self) + "\n"
    }
}


