import Foundation
import KaartModel

/// What every record of one import shares: its source, the reference data, and the defaults a
/// maintainer declared for the source.
struct ImportContext: Sendable {
    /// The source's name in `Indexer/sources.yaml`; it namespaces ids (`hsds-<source>-<id>`).
    var source: String
    /// `hsds` or `csv`: the first part of every imported id.
    var idPrefix: String
    /// The imported file, relative to the repository: every record names it as its source.
    var file: String
    /// "HSDS 3" or "spreadsheet", for the source note.
    var format: String
    var reference: ReferenceData
    var mapping: TaxonomyMapping
    /// Codes and kind a maintainer declared for every record of the source (for a map that
    /// only lists, say, peer-support groups); they are facts about the source, not guesses.
    var defaults: TermTranslation = TermTranslation()
    /// The date a maintainer declared the source's records were checked, for records that
    /// carry neither an assured date nor a last-modified date.
    var assuredDate: Day?
    var today: Day
}

/// Turns a draft into an `Entry`: checks values, maps taxonomy terms, places the record on the
/// map and names its source. Another map's data is not ours to fix, so a bad value (a postcode
/// that does not exist, an unknown term) is a warning and is left out; only a record that cannot
/// be one (no name, no description, no date) is an error and stays out of the index.
struct ImportBuilder {
    let context: ImportContext
    private(set) var diagnostics: [Diagnostic] = []
    /// Terms no rule maps, with how often they occur: the maintainer's to-do list.
    private(set) var unmappedTerms: [ExternalTerm: Int] = [:]

    init(context: ImportContext) { self.context = context }

    private var gazetteer: Gazetteer { context.reference.gazetteer }
    private var taxonomy: Taxonomy { context.reference.taxonomy }

    mutating func error(_ at: ImportLocation, _ message: String) {
        diagnostics.append(Diagnostic(.error, file: at.file, line: at.line, column: at.column, field: at.path.isEmpty ? nil : at.path, message))
    }

    mutating func warning(_ at: ImportLocation, _ message: String) {
        diagnostics.append(Diagnostic(.warning, file: at.file, line: at.line, column: at.column, field: at.path.isEmpty ? nil : at.path, message))
    }

    /// `hsds-<source>-<id>`: an imported id never collides with the corpus or another source,
    /// and stays the same on every re-import, so merge decisions keep holding.
    func id(for draft: ImportDraft) -> String {
        var local = Self.slug(draft.originalID ?? draft.recordID)
        if let suffix = draft.idSuffix { local += "-" + suffix }
        var id = "\(context.idPrefix)-\(context.source)-\(local)"
        if id.count > 80 {
            id = String(id.prefix(71)).trimmingCharacters(in: CharacterSet(charactersIn: "-")) + "-" + HSDSVocabulary.shortHash(id)
        }
        return id
    }

    /// Lower-case letters, digits and single hyphens, as corpus ids are.
    static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var out = ""
        for character in folded {
            if character.isASCII && (character.isLetter || character.isNumber) { out.append(character) }
            else if !out.isEmpty && !out.hasSuffix("-") { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "x" : out
    }

    mutating func build(_ draft: ImportDraft) -> Entry? {
        let errorsBefore = diagnostics.filter { $0.severity == .error }.count
        let name = draft.name?.value
        if name == nil { error(draft.name?.at ?? draft.location(of: "name"), "this record has no name; give it one in the source, or leave the row out") }
        let description = draft.description?.value
        if description == nil {
            error(draft.description?.at ?? draft.location(of: "description"), "this record has no description; every record says what the help is (add it in the source or map a column to description)")
        }
        // Our own export may say that no dated source vouched for a record: it stays unknown.
        let assured: Day?? = draft.assuredDateUnknown && draft.assuredDate == nil ? .some(nil) : assuredDate(draft).map { .some($0) }

        // Terms and codes first: a rule may decide the kind.
        var codes: [Taxonomy.Facet: [String]] = [:]
        var mappedKind: Entry.Kind?
        func add(_ translation: TermTranslation) {
            for (facet, list) in translation.codes {
                for code in list where !(codes[facet] ?? []).contains(code) { codes[facet, default: []].append(code) }
            }
            if mappedKind == nil { mappedKind = translation.kind }
        }
        for (facet, list) in draft.codes.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for code in list {
                if taxonomy.term(facet, code: code.value) != nil {
                    add(TermTranslation(codes: [facet: [code.value]]))
                } else {
                    warning(code.at, "unknown \(facet.dutchName) code \"\(code.value)\"; left out. Known codes: \(taxonomy.terms(facet).map(\.code).joined(separator: ", "))")
                }
            }
        }
        for term in draft.terms {
            if let translation = context.mapping.translate(term.value, taxonomy: taxonomy) {
                add(translation)
            } else {
                unmappedTerms[term.value, default: 0] += 1
                warning(term.at, "taxonomy term \"\(term.value)\" is not mapped to our taxonomy; left out. Add a rule for it to Indexer/hsds-taxonomy.yaml")
            }
        }
        add(context.defaults)

        guard let name, let description, let assured else { return nil }
        let assuredDate: Day? = assured
        let locationType: Entry.LocationType = draft.locationType ?? .physical
        var kind = mappedKind ?? (locationType == .virtual ? .online : .offering)
        if let text = draft.kind {
            if let value = Entry.Kind(rawValue: text.value) { kind = value } else {
                warning(text.at, "\"\(text.value)\" is not a kind (\(Entry.Kind.allCases.map(\.rawValue).joined(separator: ", "))); using \(kind.rawValue)")
            }
        }
        var entry = Entry(id: id(for: draft), kind: kind, name: name, description: description, sources: [], assuredDate: assuredDate)
        entry.locationType = locationType
        entry.alternateName = draft.alternateName?.value
        entry.summaryB1 = draft.summaryB1?.value
        entry.whenToRefer = draft.whenToRefer?.value
        entry.schedule = draft.schedule?.value
        entry.schedules = draft.schedules.map(\.value)
        entry.chat = draft.chat.flatMap { checkURL($0) }
        entry.expectedStart = draft.expectedStart.flatMap { Day(dateOrMonth: $0.value) }
        if let audience = draft.audience {
            if let value = Entry.Audience(rawValue: audience.value) { entry.audience = value } else {
                warning(audience.at, "\"\(audience.value)\" is not an audience (everyone, professionals); treated as everyone")
            }
        }
        entry.accessibility = draft.accessibility?.value
        entry.feesDescription = draft.feesDescription?.value
        entry.applicationProcess = draft.applicationProcess?.value
        entry.free = draft.free?.value
        entry.formal = draft.formal?.value
        entry.crisis = draft.crisis?.value ?? false
        if let status = draft.status {
            switch status.value.lowercased() {
            case "active": entry.status = .active
            case "inactive", "defunct": entry.status = .inactive
            case "temporarily closed":
                entry.status = .inactive
                warning(status.at, "\"temporarily closed\": imported as inactive, so it does not show in results until the source reopens it")
            default:
                warning(status.at, "\"\(status.value)\" is not a status (active, inactive, defunct, temporarily closed); treated as active")
            }
        }
        // HSDS calls a planned service inactive; our own export says which ones are planned.
        if draft.planned { entry.status = .planned }
        if let organization = draft.organizationName {
            entry.organization = Entry.Organization(name: organization.value, url: draft.organizationURL.flatMap { checkURL($0) })
        }
        entry.url = draft.url.flatMap { checkURL($0) }
        entry.email = draft.email.flatMap { email in
            let parts = email.value.split(separator: "@")
            guard parts.count == 2, parts[1].contains("."), !email.value.contains(" ") else {
                warning(email.at, "\"\(email.value)\" is not an e-mail address; left out")
                return nil
            }
            return email.value
        }
        entry.phones = phones(draft.phones)
        entry.languages = languages(draft.languages)
        entry.minimumAge = age(draft.minimumAge)
        entry.maximumAge = age(draft.maximumAge)
        if let low = entry.minimumAge, let high = entry.maximumAge, low > high {
            warning(draft.maximumAge!.at, "maximum age \(high) is below minimum age \(low); both left out")
            entry.minimumAge = nil
            entry.maximumAge = nil
        }
        place(draft, into: &entry)

        entry.domains = codes[.domains] ?? []
        entry.targetGroups = codes[.targetGroups] ?? []
        if entry.targetGroups.isEmpty { entry.targetGroups = ["iedereen"] }
        entry.supportTypes = codes[.supportTypes] ?? []
        entry.access = codes[.access]?.first
        entry.line = codes[.lines]?.first
        entry.sector = codes[.sectors]?.first
        if kind != .knowledge && (entry.domains.isEmpty || entry.supportTypes.isEmpty) {
            let missing = [entry.domains.isEmpty ? "levensdomein" : nil, entry.supportTypes.isEmpty ? "soort ondersteuning" : nil].compactMap { $0 }
            warning(draft.at, "no \(missing.joined(separator: " and ")): the record is found by its words but not by those filters. Map its terms in Indexer/hsds-taxonomy.yaml (or the source's mapping), or declare them for the whole source in Indexer/sources.yaml")
        }
        entry.lastModified = draft.lastModified.flatMap { text in
            guard let day = Self.day(text.value) else {
                warning(text.at, "\"\(text.value)\" is not a date (YYYY-MM-DD, DD-MM-YYYY or an ISO 8601 date-time); left out")
                return nil
            }
            return day
        }
        entry.sources = draft.sources + [importSource(draft, entry)]

        for problem in FieldLimits.problems(in: entry) { error(draft.location(of: problem.field), problem.message) }
        let errorsAfter = diagnostics.filter { $0.severity == .error }.count
        return errorsAfter == errorsBefore ? entry : nil
    }

    /// The import file as a source that vouches for every contact fact the record carries: the
    /// honesty rule holds because each fact names the file it came from.
    func importSource(_ draft: ImportDraft, _ entry: Entry) -> Entry.Source {
        var covers: [String] = []
        if entry.url != nil || entry.organization?.url != nil { covers.append("url") }
        if entry.email != nil { covers.append("email") }
        if !entry.phones.isEmpty { covers.append("phones") }
        if entry.address?.address1 != nil || entry.address?.postalCode != nil { covers.append("address") }
        if entry.chat != nil { covers.append("chat") }
        if entry.schedule != nil || !entry.schedules.isEmpty { covers.append("schedule") }
        if entry.free != nil { covers.append("free") }
        if entry.feesDescription != nil { covers.append("fees_description") }
        return Entry.Source(
            file: context.file, record: draft.recordID, note: "\(context.format)-import, bron \(context.source)", covers: covers)
    }

    // MARK: Dates

    /// The assured date, or an honest stand-in: the source's last change of the record (the last
    /// day someone there touched it), or the date the maintainer declared for the whole source.
    mutating func assuredDate(_ draft: ImportDraft) -> Day? {
        var day: Day?
        if let text = draft.assuredDate {
            if let parsed = Self.day(text.value) { day = parsed } else {
                warning(text.at, "\"\(text.value)\" is not a date (YYYY-MM-DD or DD-MM-YYYY); looking for another date")
            }
        }
        if day == nil, let text = draft.lastModified, let parsed = Self.day(text.value) {
            day = parsed
            warning(draft.assuredDate?.at ?? draft.at.appending("assured_date"), "no assured date; using the last change in the source (\(parsed)) as the date it was last checked")
        }
        if day == nil, let declared = context.assuredDate {
            day = declared
        }
        guard let day else {
            error(draft.assuredDate?.at ?? draft.location(of: "assured_date"), "no assured date and no last-modified date: we cannot say when this was last checked. Add one in the source, or set `assured_date:` for this source in Indexer/sources.yaml")
            return nil
        }
        if day > context.today {
            error(draft.assuredDate?.at ?? draft.at, "the assured date \(day) lies in the future; correct it in the source")
            return nil
        }
        return day
    }

    /// `2026-11-24`, `2026-11-24T10:30:45Z` or `24-11-2026` (Dutch spreadsheets).
    static func day(_ text: String) -> Day? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let day = Day(String(trimmed.prefix(10))) { return day }
        let parts = trimmed.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        if parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) {
            return Day(year: y, month: m, day: d)
        }
        return nil
    }

    // MARK: Contact

    mutating func checkURL(_ text: Located<String>) -> String? {
        guard let url = URL(string: text.value), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, host.contains(".")
        else {
            warning(text.at, "\"\(text.value)\" is not a web address (http:// or https://); left out")
            return nil
        }
        return text.value
    }

    mutating func phones(_ items: [Located<Entry.Phone>]) -> [Entry.Phone] {
        var seen = Set<String>()
        var result: [Entry.Phone] = []
        for item in items {
            var phone = item.value
            // Some exports quote the number inside the text ("\"+44 1234 234567\"").
            let quotes = CharacterSet(charactersIn: "\"'“”")
            phone.number = phone.number.trimmingCharacters(in: quotes.union(.whitespaces))
            let digits = phone.number.filter(\.isNumber)
            guard phone.number.allSatisfy({ $0.isNumber || " -+().".contains($0) }), (3...15).contains(digits.count) else {
                warning(item.at, "\"\(item.value.number)\" is not a phone number; left out")
                continue
            }
            if ["112", "113", "08000113"].contains(digits) {
                warning(item.at, "crisis numbers (112, 113, 0800-0113) are not record data; the code shows them on every page. Left out")
                continue
            }
            guard seen.insert(Self.phoneKey(phone.number)).inserted else { continue }
            result.append(phone)
        }
        return result
    }

    /// Digits of a number with a Dutch country code turned into the trunk 0.
    static func phoneKey(_ number: String) -> String {
        var digits = number.filter(\.isNumber)
        if number.trimmingCharacters(in: .whitespaces).hasPrefix("+31") || digits.hasPrefix("0031") {
            digits = "0" + digits.dropFirst(digits.hasPrefix("0031") ? 4 : 2)
        }
        return digits
    }

    /// ISO 639-1 codes from two- or three-letter codes or English and Dutch language names.
    mutating func languages(_ items: [Located<String>]) -> [String] {
        var result: [String] = []
        for item in items {
            let key = item.value.lowercased().trimmingCharacters(in: .whitespaces)
            let code = key.count == 2 && key.allSatisfy({ $0.isASCII && $0.isLetter }) ? key : Self.languageCodes[key]
            guard let code else {
                warning(item.at, "\"\(item.value)\" is not a language code we know (use ISO 639-1 like nl, en, ar); left out")
                continue
            }
            if !result.contains(code) { result.append(code) }
        }
        return result
    }

    static let languageCodes: [String: String] = [
        "nld": "nl", "dut": "nl", "dutch": "nl", "nederlands": "nl", "eng": "en", "english": "en", "engels": "en",
        "ara": "ar", "arabic": "ar", "arabisch": "ar", "tur": "tr", "turkish": "tr", "turks": "tr",
        "pol": "pl", "polish": "pl", "pools": "pl", "ukr": "uk", "ukrainian": "uk", "oekraiens": "uk", "oekraïens": "uk",
        "deu": "de", "ger": "de", "german": "de", "duits": "de", "fra": "fr", "fre": "fr", "french": "fr", "frans": "fr",
        "spa": "es", "spanish": "es", "spaans": "es", "urd": "ur", "urdu": "ur", "som": "so", "somali": "so", "somalisch": "so",
        "tir": "ti", "tigrinya": "ti", "tigrinya's": "ti", "fas": "fa", "per": "fa", "persian": "fa", "farsi": "fa", "perzisch": "fa",
        "rus": "ru", "russian": "ru", "russisch": "ru", "fry": "fy", "frisian": "fy", "fries": "fy", "pap": "pa",
        "ber": "ber", "tamazight": "ber",
    ].filter { $0.value.count == 2 }

    mutating func age(_ value: Located<Double>?) -> Int? {
        guard let value else { return nil }
        guard value.value == value.value.rounded(), (0...120).contains(value.value) else {
            warning(value.at, "\(value.value) is not an age in whole years (0 to 120); left out")
            return nil
        }
        return Int(value.value)
    }

    // MARK: Place

    static let netherlandsNames: Set<String> = ["nl", "nld", "nederland", "netherlands", "thenetherlands", "holland"]

    /// Places a record the way the corpus decoder does (coordinates, else the postcode's centre,
    /// else the place's, else the municipality's), never claiming more precision than the source
    /// gives. An address abroad is kept as written but not placed on the Dutch map.
    mutating func place(_ draft: ImportDraft, into entry: inout Entry) {
        var postcodePoint: Coordinate?
        var placePoint: Coordinate?
        var derivedMunicipality: String?
        let abroad = draft.country.map { !Self.netherlandsNames.contains(Gazetteer.key($0.value)) } ?? false
        if draft.address1 != nil || draft.postalCode != nil || draft.city != nil {
            var address = Entry.Address(address1: draft.address1?.value, city: draft.city?.value)
            if abroad {
                address.postalCode = draft.postalCode?.value
                warning(draft.country!.at, "an address in \"\(draft.country!.value)\", outside the Netherlands: kept as written, but it cannot be placed on the map")
            } else {
                if let text = draft.postalCode {
                    if let postcode = Postcode(text.value) {
                        if let area = gazetteer.area(for: postcode) {
                            address.postalCode = postcode.description
                            postcodePoint = area.coordinate
                            derivedMunicipality = area.municipality
                        } else {
                            warning(text.at, "postcode \(postcode) does not exist (Indexer/nl_pc4.tsv); left out, the record is placed by its city")
                        }
                    } else {
                        warning(text.at, "\"\(text.value)\" is not a Dutch postcode (1234 AB); left out, the record is placed by its city")
                    }
                }
                if let city = draft.city {
                    let places = gazetteer.places(named: city.value)
                    let within = draft.municipality.flatMap { gazetteer.municipality(named: $0.value)?.name } ?? derivedMunicipality
                    if let within, let match = places.first(where: { $0.municipality == within }) {
                        placePoint = match.coordinate
                    } else if places.count == 1 {
                        placePoint = places[0].coordinate
                        derivedMunicipality = derivedMunicipality ?? places[0].municipality
                    } else if places.isEmpty, let municipality = gazetteer.municipality(named: city.value) {
                        derivedMunicipality = derivedMunicipality ?? municipality.name
                    } else if places.isEmpty {
                        warning(city.at, "\"\(city.value)\" is not a place in the gazetteer (Indexer/nl_places.tsv); kept in the address, not used to place the record")
                    }
                }
            }
            if address.address1 != nil || address.postalCode != nil || address.city != nil { entry.address = address }
        }
        if let name = draft.municipality {
            if let municipality = gazetteer.municipality(named: name.value) {
                entry.municipality = municipality.name
            } else {
                warning(name.at, "\"\(name.value)\" is not a Dutch municipality in the gazetteer; left out")
            }
        }
        if entry.municipality == nil && !abroad { entry.municipality = derivedMunicipality }

        var given: Coordinate?
        switch (draft.latitude, draft.longitude) {
        case (let lat?, let lon?):
            let point = Coordinate(latitude: lat.value, longitude: lon.value)
            if point.isInNetherlands { given = point } else {
                warning(lat.at, "\(lat.value), \(lon.value) is not a point in the Netherlands; coordinates left out")
            }
        case (nil, nil):
            break
        case (let one?, nil), (nil, let one?):
            warning(one.at, "only one of latitude and longitude; coordinates left out")
        }
        let municipalityPoint = entry.municipality.flatMap { gazetteer.municipality(named: $0)?.coordinate }
        var derived: Entry.LocationPrecision
        if given != nil || entry.address?.address1 != nil && postcodePoint != nil { derived = .address }
        else if postcodePoint != nil { derived = .postcode }
        else if placePoint != nil { derived = .place }
        else if municipalityPoint != nil { derived = .municipality }
        else { derived = .none }
        if let stated = draft.locationPrecision {
            if let value = Entry.LocationPrecision(rawValue: stated.value) {
                let supported: Bool
                switch value {
                case .address: supported = given != nil || (entry.address?.address1 != nil && postcodePoint != nil)
                case .postcode: supported = postcodePoint != nil
                case .place: supported = placePoint != nil
                case .municipality: supported = municipalityPoint != nil
                case .none: supported = true
                }
                if supported { derived = value } else {
                    warning(stated.at, "location precision \(value.rawValue) is more than the record's place supports; using \(derived.rawValue)")
                }
            } else {
                warning(stated.at, "\"\(stated.value)\" is not a location precision; using \(derived.rawValue)")
            }
        }
        entry.locationPrecision = derived
        switch derived {
        case .address: entry.coordinate = given ?? postcodePoint
        case .postcode: entry.coordinate = given ?? postcodePoint
        case .place: entry.coordinate = given ?? placePoint
        case .municipality: entry.coordinate = municipalityPoint
        case .none: entry.coordinate = nil
        }
        if entry.locationType == .virtual { entry.coordinate = nil }

        var areas: [String] = []
        var wholeCountry = false
        for area in draft.serviceAreas {
            let key = Gazetteer.key(area.value)
            if ["nederland", "netherlands", "thenetherlands", "heelnederland", "landelijk", "nl"].contains(key) {
                wholeCountry = true
            } else if let municipality = gazetteer.municipality(named: area.value) {
                if !areas.contains(municipality.name) { areas.append(municipality.name) }
            } else {
                warning(area.at, "service area \"\(area.value)\" is not a Dutch municipality (or Nederland); left out")
            }
        }
        if wholeCountry || draft.servesWholeCountry == true {
            entry.servesWholeCountry = true
            entry.serviceArea = []
        } else if !areas.isEmpty {
            entry.servesWholeCountry = false
            entry.serviceArea = areas
        } else {
            entry.servesWholeCountry = draft.servesWholeCountry ?? (entry.locationType == .virtual)
            entry.serviceArea = []
            if entry.locationType == .physical && entry.coordinate == nil && entry.municipality == nil {
                warning(draft.at, "this record has no place in the Netherlands and no service area: it shows only in searches without a place")
            }
        }
    }
}
