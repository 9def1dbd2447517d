import Foundation
import KaartModel
import SearchIndex

/// A record for the JSON API, in the shape of Open Referral HSDS 3's `service`, with our extensions (`kind`,
/// `summary_b1`, `location_precision`, …) as extra fields: what `GET /api/v1/services/{id}`
/// returns and what each item of a search page holds. Field names are HSDS's where HSDS has one.
public struct APIService: Encodable, Sendable {
    public struct Organization: Encodable, Sendable {
        var name: String
        var website: String?
    }

    public struct Phone: Encodable, Sendable {
        var number: String
        var description: String?
    }

    /// An HSDS 3 `schedule`: `byday` (`MO,TU`), `opens_at`, `closes_at`, `valid_from`,
    /// `valid_to` and `notes`; or only a `description` for opening hours in words.
    public struct Schedule: Encodable, Sendable {
        var freq: String?
        var byday: String?
        var opensAt: String?
        var closesAt: String?
        var validFrom: String?
        var validTo: String?
        var notes: String?
        var description: String?

        init(_ schedule: KaartModel.Schedule) {
            freq = "WEEKLY"
            byday = schedule.days.map(\.icalendarCode).joined(separator: ",")
            opensAt = schedule.opens?.description
            closesAt = schedule.closes?.description
            validFrom = schedule.validFrom?.description
            validTo = schedule.validUntil?.description
            notes = schedule.note
        }

        init(description: String) {
            self.description = description
        }

        static func all(_ entry: Entry) -> [Schedule] {
            entry.schedules.map(Schedule.init) + (entry.schedule.map { [Schedule(description: $0)] } ?? [])
        }
    }

    public struct ServiceArea: Encodable, Sendable {
        var name: String
        var extentType: String
    }

    public struct LanguageItem: Encodable, Sendable {
        var code: String
    }

    public struct Address: Encodable, Sendable {
        var address1: String?
        var city: String?
        var postalCode: String?
        var country = "NL"
        var addressType = "physical"

        enum CodingKeys: String, CodingKey {
            case address1 = "address_1"
            case city, postalCode, country, addressType
        }
    }

    public struct Accessibility: Encodable, Sendable {
        var description: String
    }

    public struct Location: Encodable, Sendable {
        var locationType: String
        var name: String?
        var latitude: Double?
        var longitude: Double?
        var addresses: [Address]
        var accessibility: [Accessibility]
    }

    public struct ServiceAtLocation: Encodable, Sendable {
        var location: Location
    }

    public struct TaxonomyTermReference: Encodable, Sendable {
        var id: String
        var code: String
        var name: String
        var taxonomy: String
    }

    public struct Attribute: Encodable, Sendable {
        var taxonomyTerm: TaxonomyTermReference
    }

    /// A source as residents may see it: what it is and its date; maintainers' notes stay out.
    public struct Source: Encodable, Sendable {
        var citation: String
        var url: String?
        var date: String?
    }

    public struct Links: Encodable, Sendable {
        var html: String
        var report: String
    }

    // HSDS fields.
    var id: String
    var name: String
    var alternateName: String?
    var description: String
    var url: String?
    var email: String?
    var status: String
    var applicationProcess: String?
    var feesDescription: String?
    var minimumAge: Int?
    var maximumAge: Int?
    var assuredDate: String?
    var lastModified: String?
    var organization: Organization?
    var phones: [Phone]
    var schedules: [Schedule]
    var serviceAreas: [ServiceArea]
    var languages: [LanguageItem]
    var serviceAtLocations: [ServiceAtLocation]
    var attributes: [Attribute]
    // Our extensions.
    var kind: String
    var summaryB1: String?
    var summary: String
    var place: String
    var locationPrecision: String
    var free: Bool?
    var access: String?
    var line: String?
    var formal: Bool?
    var crisis: Bool
    var chat: String?
    /// A planned service: HSDS calls it inactive; this says why, with when it is expected.
    var planned: Bool?
    var expectedStart: String?
    var sector: String?
    var whenToRefer: String?
    var lastChecked: String
    var sources: [Source]
    var links: Links
    /// Set in search results only.
    var distanceKm: Double?
    var possiblyOutdated: Bool?
    /// In search results, by the record's schedules at the search's moment: `nu` (open now),
    /// `vandaag` (open at some time today) or `dicht` (closed today).
    var opening: String?

    public init(
        _ entry: Entry, strings: Strings, taxonomy: Taxonomy, distance: Distance? = nil, stale: Bool? = nil,
        opening: Openness? = nil
    ) {
        let facts = EntryFacts(entry, strings: strings, taxonomy: taxonomy)
        id = entry.id
        name = entry.name
        alternateName = entry.alternateName
        description = entry.description
        url = entry.url
        email = entry.email
        status = entry.status == .planned ? Entry.Status.inactive.rawValue : entry.status.rawValue
        planned = entry.status == .planned ? true : nil
        expectedStart = entry.expectedStart.map { String($0.description.prefix(7)) }
        chat = entry.chat
        applicationProcess = entry.applicationProcess
        feesDescription = entry.feesDescription
        minimumAge = entry.minimumAge
        maximumAge = entry.maximumAge
        assuredDate = entry.assuredDate?.description
        lastModified = entry.lastModified?.description
        organization = entry.organization.map { Organization(name: $0.name, website: $0.url) }
        phones = entry.phones.map { Phone(number: $0.number, description: $0.description) }
        schedules = Schedule.all(entry)
        serviceAreas = entry.servesWholeCountry
            ? [ServiceArea(name: "Nederland", extentType: "country")]
            : entry.serviceArea.map { ServiceArea(name: $0, extentType: "municipality") }
        languages = entry.languages.map { LanguageItem(code: $0) }
        var locations: [ServiceAtLocation] = []
        if entry.locationType == .virtual {
            locations.append(ServiceAtLocation(location: Location(locationType: "virtual", name: nil, latitude: nil, longitude: nil, addresses: [], accessibility: [])))
        } else if entry.coordinate != nil || entry.address != nil {
            let address = entry.address.map {
                Address(address1: $0.address1, city: $0.city ?? entry.municipality, postalCode: $0.postalCode)
            }
            locations.append(ServiceAtLocation(location: Location(
                locationType: "physical", name: entry.municipality, latitude: entry.coordinate?.latitude,
                longitude: entry.coordinate?.longitude, addresses: address.map { [$0] } ?? [],
                accessibility: entry.accessibility.map { [Accessibility(description: $0)] } ?? [])))
        }
        serviceAtLocations = locations
        var attributes: [Attribute] = []
        for (facet, codes) in [(Taxonomy.Facet.domains, entry.domains), (.targetGroups, entry.targetGroups), (.supportTypes, entry.supportTypes)] {
            attributes += codes.map { code in
                Attribute(taxonomyTerm: TaxonomyTermReference(
                    id: "\(facet.rawValue):\(code)", code: code, name: strings.term(facet, code, taxonomy),
                    taxonomy: facet.rawValue))
            }
        }
        self.attributes = attributes
        kind = entry.kind.rawValue
        summaryB1 = entry.summaryB1
        summary = facts.summary
        place = facts.place
        locationPrecision = entry.locationPrecision.rawValue
        free = entry.free
        access = entry.access
        line = entry.line
        formal = entry.formal
        crisis = entry.crisis
        sector = entry.sector
        whenToRefer = entry.whenToRefer
        lastChecked = facts.lastChecked
        sources = entry.sources.map { Source(citation: $0.citation, url: $0.url, date: $0.vouchingDate?.description) }
        let suffix = strings.language == .dutch ? "" : "?taal=\(strings.language.rawValue)"
        links = Links(html: "/aanbod/\(entry.id)\(suffix)", report: "/aanbod/\(entry.id)/melden\(suffix)")
        distanceKm = distance.map(Self.roundedKilometres)
        possiblyOutdated = stale
        self.opening = opening?.rawValue
    }

    /// Distances are given to 100 m.
    static func roundedKilometres(_ distance: Distance) -> Double { (distance.kilometres * 10).rounded() / 10 }
}

/// A page of search results in HSDS 3's `Page` shape (`total_items`, `contents`, …). `contents`
/// holds help at a place, paged; online help, articles, the nearest further away and the crisis
/// routes are extensions next to it, as the web page shows them.
public struct HSDSSearchPage: Encodable, Sendable {
    public struct Crisis: Encodable, Sendable {
        var number: String
        var text: String
    }

    public struct Origin: Encodable, Sendable {
        var label: String
        var latitude: Double
        var longitude: Double
        var municipality: String?
        var radiusKm: Double
    }

    var totalItems: Int
    var totalPages: Int
    var pageNumber: Int
    var size: Int
    var firstPage: Bool
    var lastPage: Bool
    var empty: Bool
    var contents: [APIService]
    var online: [APIService]
    var knowledge: [APIService]
    var further: [APIService]
    var origin: Origin?
    var matchedAnyWord: Bool
    var crisis: [Crisis]
    /// The place searched from is outside the regions the map covers; `message` says so.
    var outsideCoverage: OutsideCoverage?
    /// How the words were read: needs, corrections, a place, an age, an audience.
    var understood: Understood

    public struct OutsideCoverage: Encodable, Sendable {
        var message: String
        var regions: [String]
    }

    public init(_ results: SearchResults, strings: Strings, taxonomy: Taxonomy) {
        func services(_ hits: [Hit]) -> [APIService] {
            hits.map { APIService($0.entry, strings: strings, taxonomy: taxonomy, distance: $0.distance, stale: $0.stale, opening: $0.openness) }
        }
        let query = results.query
        totalItems = results.localTotal
        totalPages = results.pageCount
        pageNumber = query.page
        size = query.perPage
        firstPage = query.page == 1
        lastPage = query.page >= results.pageCount
        contents = services(results.local)
        empty = contents.isEmpty
        online = services(results.online)
        knowledge = services(results.knowledge)
        further = services(results.further)
        origin = results.origin.map {
            Origin(label: $0.label, latitude: $0.coordinate.latitude, longitude: $0.coordinate.longitude,
                   municipality: $0.municipality, radiusKm: query.radius.kilometres)
        }
        matchedAnyWord = results.matchedAnyWord
        if results.outsideCoverage, let origin = results.origin {
            outsideCoverage = OutsideCoverage(
                message: strings.practical.outsideCoverage(origin.label, results.coverageNames(strings)),
                regions: results.coverage.regions.map(\.name))
        }
        crisis = CrisisRoutes.all.map { Crisis(number: $0.number, text: strings.crisis.line($0)) }
        understood = Understood(results, strings: strings, taxonomy: taxonomy)
    }

    /// How the search read the words (issue 16), for scripts and for a page to show.
    public struct Understood: Encodable, Sendable {
        public struct Need: Encodable, Sendable {
            /// The words as searched (after corrections).
            var words: String
            /// The concept's id and label, when the words name one.
            var concept: String?
            var label: String?
        }

        public struct Correction: Encodable, Sendable {
            var typed: String
            var suggested: String
            /// True: `suggested` was searched instead; false: only offered.
            var replaced: Bool
        }

        var needs: [Need]
        var corrections: [Correction]
        var placeSuggestion: String?
        /// The place taken from the words, as typed; `origin` says where it lies.
        var place: String?
        var age: Int?
        /// Doelgroep codes the words name: their help ranks first.
        var targetGroups: [String]
        var leftOut: [String]
        /// The plain line the page shows ("Gezocht op: …"), in the page's language.
        var message: String?
        /// Asks for a few words when there was nothing to search for.
        var hint: String?

        public init(_ results: SearchResults, strings: Strings, taxonomy: Taxonomy) {
            let understanding = results.understanding
            let text = UnderstoodText(results, strings: strings, taxonomy: taxonomy)
            needs = understanding.needs.map { Need(words: $0.words, concept: $0.concept, label: $0.label(strings.language)) }
            corrections = understanding.corrections.map { Correction(typed: $0.typed, suggested: $0.suggested, replaced: $0.replaced) }
            placeSuggestion = understanding.placeSuggestion
            place = understanding.place
            age = understanding.age
            targetGroups = understanding.audiences
            leftOut = understanding.leftOut
            message = text.line
            hint = text.hint
        }
    }
}

/// One taxonomy term as `GET /api/v1/taxonomy_terms` lists it; `id` is what
/// `taxonomy_term_id` takes.
public struct HSDSTaxonomyTerm: Encodable, Sendable {
    var id: String
    var code: String
    var name: String
    var taxonomy: String

    public static func all(_ taxonomy: Taxonomy, language: Language) -> [HSDSTaxonomyTerm] {
        [Taxonomy.Facet.domains, .targetGroups, .supportTypes, .access].flatMap { facet in
            taxonomy.terms(facet).map {
                HSDSTaxonomyTerm(id: "\(facet.rawValue):\($0.code)", code: $0.code, name: $0.label(language), taxonomy: facet.rawValue)
            }
        }
    }
}

/// The API's JSON encoder: snake_case names, stable key order.
public enum APIJSON {
    /// `pretty` for people reading it in a terminal; the API sends it compact.
    public static func encode(_ value: some Encodable, pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(value)
    }
}
