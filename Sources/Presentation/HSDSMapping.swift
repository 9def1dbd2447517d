import Foundation
import KaartModel
import SearchIndex

/// The one mapping from a record to an Open Referral HSDS 3 service, used by `kaart export
/// hsds` and by every JSON API answer. What differs between the two is a parameter, never a
/// second type: `identifiers` (our record ids in the API, stable UUIDs in the export) and the
/// language of the labels. docs/hsds-profile.md describes the result field by field.
public struct HSDSMapping: Sendable {
    /// How ids are written. Every id is made from one name (`cg-x`, `cg-x/phone/0`,
    /// `taxonomy/domains/wonen`, …): `.stable` writes the name's version 5 UUID, so every
    /// export names the same thing the same way; `.local` writes the name itself, readably
    /// (`cg-x`, `cg-x:phone:0`, `domains:wonen`), so API ids are our record ids and URLs.
    public enum Identifiers: Sendable {
        case local
        case stable
    }

    /// The search-only facts of one hit, added under `x_sociale_kaart`.
    public struct HitFacts: Sendable {
        public var distance: Distance?
        public var stale: Bool
        public var opening: Openness?

        public init(distance: Distance?, stale: Bool, opening: Openness?) {
            self.distance = distance
            self.stale = stale
            self.opening = opening
        }

        init(_ hit: Hit) { self.init(distance: hit.distance, stale: hit.stale, opening: hit.openness) }
    }

    public let identifiers: Identifiers
    public let language: Language
    public let taxonomy: Taxonomy
    /// A municipality's province (HSDS requires `state_province`).
    let province: @Sendable (String) -> String?
    /// Points that are only the centre of a postcode, place or municipality: never written as
    /// if they were an address's own coordinates.
    let centres: Set<Coordinate>

    public init(index: SearchIndex, identifiers: Identifiers, language: Language = .dutch) {
        let gazetteer = index.gazetteer
        var centres = Set(gazetteer.postcodeAreas.values.map(\.coordinate))
        centres.formUnion(gazetteer.places.map(\.coordinate))
        centres.formUnion(gazetteer.municipalities.values.map(\.coordinate))
        self.init(
            identifiers: identifiers, language: language, taxonomy: index.taxonomy,
            province: { gazetteer.municipality(named: $0)?.province }, centres: centres)
    }

    init(
        identifiers: Identifiers, language: Language, taxonomy: Taxonomy, province: @escaping @Sendable (String) -> String?,
        centres: Set<Coordinate>
    ) {
        self.identifiers = identifiers
        self.language = language
        self.taxonomy = taxonomy
        self.province = province
        self.centres = centres
    }

    /// The same mapping in another language (the centres are shared, not recomputed).
    public func speaking(_ language: Language) -> HSDSMapping {
        HSDSMapping(identifiers: identifiers, language: language, taxonomy: taxonomy, province: province, centres: centres)
    }

    // MARK: Ids

    /// The id of a record.
    public func serviceID(_ entryID: String) -> String {
        identifiers == .stable ? HSDSVocabulary.uuid(entryID) : entryID
    }

    /// The id of a part of a record (`phone/0`, `service-at-location`, …).
    func partID(_ entryID: String, _ part: String) -> String {
        identifiers == .stable
            ? HSDSVocabulary.uuid("\(entryID)/\(part)") : "\(entryID):\(part.replacingOccurrences(of: "/", with: ":"))"
    }

    /// The id of one of our taxonomy terms: what `taxonomy_term_id` takes.
    public func termID(_ facet: Taxonomy.Facet, _ code: String) -> String {
        identifiers == .stable ? HSDSVocabulary.uuid("taxonomy/\(facet.rawValue)/\(code)") : "\(facet.rawValue):\(code)"
    }

    /// The id of one of our taxonomies (a facet): what `taxonomy_id` takes.
    public func taxonomyID(_ facet: Taxonomy.Facet) -> String {
        identifiers == .stable ? HSDSVocabulary.uuid("taxonomy/\(facet.rawValue)") : facet.rawValue
    }

    /// An organisation has no id of its own in our records: both styles use the UUID of its name.
    public static func organizationID(_ name: String) -> String { HSDSVocabulary.uuid("organization/\(name)") }

    /// The id of a record's one `service_at_location`.
    public func serviceAtLocationID(_ entryID: String) -> String { partID(entryID, "service-at-location") }

    // MARK: The service

    /// `entry` as an HSDS service; `aliases` are the ids merged into it, `hit` the search-only facts.
    public func service(_ entry: Entry, aliases: [String] = [], hit: HitFacts? = nil) -> HSDSService {
        let part = { (name: String) in partID(entry.id, name) }
        let strings = Strings.for(language)
        let facts = EntryFacts(entry, strings: strings, taxonomy: taxonomy)
        let organization = entry.organization.map {
            HSDSService.Organization(id: Self.organizationID($0.name), name: $0.name, description: "", website: $0.url)
        }

        var schedules = entry.schedules.enumerated().map { n, s in
            HSDSService.Schedule(
                id: part("schedule/\(n)"), freq: "WEEKLY", byday: s.days.map(\.icalendarCode).joined(separator: ","),
                opens_at: s.opens?.description, closes_at: s.closes?.description, valid_from: s.validFrom?.description,
                valid_to: s.validUntil?.description, notes: s.note)
        }
        if let text = entry.schedule { schedules.append(HSDSService.Schedule(id: part("schedule"), description: text)) }
        var areas = entry.serviceArea.map { HSDSService.ServiceArea(id: part("area/\($0)"), name: $0, description: "gemeente \($0)") }
        if entry.servesWholeCountry {
            areas = [HSDSService.ServiceArea(id: part("area/Nederland"), name: "Nederland", description: "heel Nederland")]
        }
        let phones = entry.phones.enumerated().map { HSDSService.Phone(id: part("phone/\($0)"), number: $1.number, description: $1.description) }
        let languages = entry.languages.map { HSDSService.Language(id: part("language/\($0)"), code: $0) }

        // `when_to_refer`, `slimverwijzen` and waiting times are for professionals only: the
        // public API and the export never carry them.
        var extensionFields = KaartExtension(
            id: entry.id, kind: entry.kind.rawValue, summaryB1: entry.summaryB1, whenToRefer: nil,
            municipality: entry.municipality, locationPrecision: entry.locationPrecision.rawValue,
            servesWholeCountry: entry.servesWholeCountry, free: entry.free, formal: entry.formal, crisis: entry.crisis,
            lastModified: entry.lastModified?.description, sources: Self.published(entry.sources), mergedIDs: aliases)
        extensionFields.chat = entry.chat
        extensionFields.planned = entry.status == .planned ? true : nil
        extensionFields.expectedStart = entry.expectedStart?.description
        extensionFields.audience = entry.audience == .everyone ? nil : entry.audience.rawValue
        extensionFields.assuredDateUnknown = entry.assuredDate == nil ? true : nil
        extensionFields.summary = facts.summary
        extensionFields.place = facts.place
        extensionFields.lastChecked = facts.lastChecked
        let suffix = language == .dutch ? "" : "?taal=\(language.rawValue)"
        extensionFields.links = KaartExtension.Links(html: "/aanbod/\(entry.id)\(suffix)", report: "/aanbod/\(entry.id)/melden\(suffix)")
        if let hit {
            extensionFields.distanceKm = hit.distance.map(Self.roundedKilometres)
            extensionFields.possiblyOutdated = hit.stale
            extensionFields.opening = hit.opening?.rawValue
        }

        return HSDSService(
            id: serviceID(entry.id), organization_id: organization?.id, name: entry.name, alternate_name: entry.alternateName,
            description: entry.description, url: entry.url, email: entry.email,
            // HSDS has no planned status: a service that does not run yet is inactive there.
            status: entry.status == .planned ? Entry.Status.inactive.rawValue : entry.status.rawValue,
            application_process: entry.applicationProcess, fees_description: entry.feesDescription,
            minimum_age: entry.minimumAge, maximum_age: entry.maximumAge, assured_date: entry.assuredDate?.description,
            // HSDS's last_modified is a date-time: the later of the record's change and its check.
            last_modified: Self.lastModified(entry).map { $0.description + "T00:00:00Z" },
            organization: organization, phones: phones.nilIfEmpty, schedules: schedules.nilIfEmpty,
            service_areas: areas.nilIfEmpty, languages: languages.nilIfEmpty,
            cost_options: entry.free == true ? [HSDSService.CostOption(id: part("cost"), option: "Gratis", currency: "EUR", amount: 0)] : nil,
            service_at_locations: [serviceAtLocation(entry)], attributes: attributes(entry).nilIfEmpty,
            x_sociale_kaart: extensionFields)
    }

    /// Sources as they leave the map: maintainers' notes stay in `Corpus/`.
    static func published(_ sources: [Entry.Source]) -> [Entry.Source] {
        sources.map { source in
            var source = source
            source.note = nil
            return source
        }
    }

    /// The day `modified_after` compares with: the later of the record's change and its check.
    public static func lastModified(_ entry: Entry) -> Day? { [entry.assuredDate, entry.lastModified].compactMap { $0 }.max() }

    /// The record's one place: virtual (its web address), or physical with the address and,
    /// only when the address itself was placed, its coordinates.
    public func serviceAtLocation(_ entry: Entry) -> HSDSService.ServiceAtLocation {
        let part = { (name: String) in partID(entry.id, name) }
        var location = HSDSService.Location(id: part("location"), location_type: entry.locationType.rawValue)
        if entry.locationType == .virtual {
            location.url = entry.url
        } else if let point = entry.coordinate, entry.locationPrecision == .address, !centres.contains(point) {
            location.latitude = point.latitude
            location.longitude = point.longitude
        }
        if let address = entry.address {
            location.addresses = [HSDSService.Address(
                id: part("address"), address_1: address.address1 ?? "", city: address.city ?? "",
                state_province: entry.municipality.flatMap(province) ?? "", postal_code: address.postalCode ?? "",
                country: "NL", address_type: "physical")]
        }
        location.accessibility = entry.accessibility.map { [HSDSService.Accessibility(id: part("accessibility"), description: $0)] }
        return HSDSService.ServiceAtLocation(id: part("service-at-location"), location: location)
    }

    /// Six facets are HSDS attributes (positieve gezondheid follows from the domains).
    func attributes(_ entry: Entry) -> [HSDSService.Attribute] {
        var attributes: [HSDSService.Attribute] = []
        for facet in HSDSVocabulary.exportedFacets {
            for code in Self.codes(entry, facet) {
                let term = self.term(facet, code: code)
                attributes.append(HSDSService.Attribute(
                    id: partID(entry.id, "attribute/\(facet.rawValue)/\(code)"), taxonomy_term_id: term.id, link_type: "service",
                    link_entity: "service", taxonomy_term: term))
            }
        }
        return attributes
    }

    /// A record's codes in one facet.
    public static func codes(_ entry: Entry, _ facet: Taxonomy.Facet) -> [String] {
        switch facet {
        case .domains: entry.domains
        case .targetGroups: entry.targetGroups
        case .supportTypes: entry.supportTypes
        case .access: entry.access.map { [$0] } ?? []
        case .lines: entry.line.map { [$0] } ?? []
        case .sectors: entry.sector.map { [$0] } ?? []
        case .positiveHealth: []
        }
    }

    // MARK: Taxonomies

    /// One of our terms: `name` in the mapping's language, `description` in the other, and a
    /// levensdomein's `parent_id` its (first) Positieve Gezondheid dimension.
    public func term(_ facet: Taxonomy.Facet, code: String) -> HSDSService.TaxonomyTerm {
        let known = taxonomy.term(facet, code: code)
        let other: Language = language == .dutch ? .english : .dutch
        let parent = facet == .domains ? known?.positiveHealth.first.map { termID(.positiveHealth, $0) } : nil
        return HSDSService.TaxonomyTerm(
            id: termID(facet, code), code: code, name: Strings.for(language).term(facet, code, taxonomy), description: known?.label(other) ?? code,
            taxonomy: HSDSVocabulary.taxonomyName(facet), taxonomy_id: taxonomyID(facet), parent_id: parent,
            language: language.rawValue)
    }

    /// The facets listed as taxonomies: the exported ones and Positieve Gezondheid, the parent
    /// of the levensdomeinen.
    public static let taxonomyFacets: [Taxonomy.Facet] = HSDSVocabulary.exportedFacets + [.positiveHealth]

    /// Every term of every taxonomy, parents before their children.
    public func allTerms() -> [HSDSService.TaxonomyTerm] {
        ([Taxonomy.Facet.positiveHealth] + HSDSVocabulary.exportedFacets).flatMap { facet in
            taxonomy.terms(facet).map { term(facet, code: $0.code) }
        }
    }

    /// Distances are given to 100 m.
    public static func roundedKilometres(_ distance: Distance) -> Double { (distance.kilometres * 10).rounded() / 10 }
}

extension Array {
    var nilIfEmpty: [Element]? { isEmpty ? nil : self }
}
