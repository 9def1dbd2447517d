import Foundation
import KaartModel
import Yams

/// Turns one corpus file into an `Entry`, reporting every problem with file, line and field.
/// It collects all problems of a file rather than stopping at the first, so a maintainer can
/// fix a file in one go.
struct RecordDecoder {
    let file: String
    let reference: ReferenceData
    let today: Day
    private(set) var diagnostics: [Diagnostic] = []
    /// The line each field starts on, for warnings found after decoding.
    private(set) var fieldLines: [String: Int] = [:]
    /// The node of each decoded source, in the order of `Entry.sources`, for diagnostics.
    private var sourceNodes: [Node] = []

    init(file: String, reference: ReferenceData, today: Day) {
        self.file = file
        self.reference = reference
        self.today = today
    }

    /// Every field the format knows (docs/corpus-format.md).
    static let knownFields: Set<String> = Set([
        "id", "kind", "name", "alternate_name", "status", "expected_start", "audience", "description",
        "summary_b1", "organization", "url", "email", "chat", "phones", "location_type", "address",
        "municipality", "latitude", "longitude", "location_precision", "service_area", "schedule",
        "schedules", "languages", "accessibility", "free", "fees_description", "application_process",
        "minimum_age", "maximum_age", "domains", "target_groups", "support_types", "access", "line",
        "formal", "crisis", "sector", "when_to_refer", "sources", "last_modified", "metadata",
        "slimverwijzen", "waiting_times",
    ]).union(TranslatedSummary.languages.map(TranslatedSummary.field))
    /// Contact and cost facts that need a source vouching for them (`covers:`).
    static let coverableFields = Entry.coverableFacts
    /// Free-text fields read for crisis numbers, which only `CrisisRoutes` may show.
    /// Names are left out: "113 Zelfmoordpreventie" is what the organisation is called.
    static let textFields = [
        "description", "summary_b1", "schedule", "accessibility", "fees_description",
        "application_process", "when_to_refer",
    ]

    mutating func error(_ node: Node?, _ field: String?, _ message: String) {
        diagnostics.append(Diagnostic(.error, file: file, line: node?.mark?.line, field: field, message))
    }

    mutating func warning(_ node: Node?, _ field: String?, _ message: String) {
        diagnostics.append(Diagnostic(.warning, file: file, line: node?.mark?.line, field: field, message))
    }

    /// Decodes `yaml`; nil when the record has errors (the diagnostics say which).
    mutating func decode(_ yaml: String, expectedID: String) -> Entry? {
        let root: Node
        do {
            guard let composed = try compose(yaml: yaml) else {
                error(nil, nil, "the file is empty; write a record as in docs/corpus-format.md or delete the file")
                return nil
            }
            root = composed
        } catch let yamlError as YamlError {
            diagnostics.append(Self.diagnostic(for: yamlError, file: file))
            return nil
        } catch {
            self.error(nil, nil, "cannot read this file as YAML: \(error)")
            return nil
        }
        guard case .mapping(let mapping) = root else {
            error(root, nil, "a record is a YAML mapping of `field: value` lines; see docs/corpus-format.md")
            return nil
        }
        var fields: [String: Node] = [:]
        var keyNodes: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            if !Self.knownFields.contains(name) {
                let hint = Self.closest(to: name, in: Self.knownFields).map { "; did you mean `\($0)`?" } ?? ""
                warning(key, name, "unknown field, ignored\(hint)")
            }
            fields[name] = value
            keyNodes[name] = key
            if let line = key.mark?.line { fieldLines[name] = line }
        }
        let errorsBefore = diagnostics.filter { $0.severity == .error }.count

        let id = requiredString(fields, "id", root)
        if let id {
            if !Self.isValidID(id) {
                error(fields["id"], "id", "\"\(id)\" is not a valid id: use lower-case letters, digits and single hyphens (like cg-herstelcentrum-arnhem)")
            } else if id != expectedID {
                error(fields["id"], "id", "the id \"\(id)\" differs from the file name \"\(expectedID).yaml\"; rename the file or change the id")
            }
        }
        let kindText = requiredString(fields, "kind", root)
        let kind = kindText.flatMap { text -> Entry.Kind? in
            guard let kind = Entry.Kind(rawValue: text) else {
                error(fields["kind"], "kind", "\"\(text)\" is not a kind; use one of: \(Entry.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            return kind
        }
        let name = requiredString(fields, "name", root)
        let description = requiredString(fields, "description", root)
        let sources = decodeSources(fields["sources"], root)
        if let node = keyNodes["assured_date"] {
            error(node, "assured_date", "assured_date is worked out from the sources: the newest date a source shows, or a confirmation in the change log. Remove this line and give each web source the `date:` its page shows")
        }
        guard let id, let kind, let name, let description else {
            return nil
        }
        var entry = Entry(id: id, kind: kind, name: name, description: description, sources: sources, assuredDate: nil)
        entry.alternateName = optionalString(fields, "alternate_name")
        entry.summaryB1 = optionalString(fields, "summary_b1")
        entry.translatedSummaries = decodeTranslatedSummaries(fields)
        entry.whenToRefer = optionalString(fields, "when_to_refer")
        entry.schedule = optionalString(fields, "schedule")
        entry.accessibility = optionalString(fields, "accessibility")
        entry.feesDescription = optionalString(fields, "fees_description")
        entry.applicationProcess = optionalString(fields, "application_process")
        if let status = optionalString(fields, "status") {
            if let value = Entry.Status(rawValue: status) { entry.status = value } else {
                error(fields["status"], "status", "\"\(status)\" is not a status; use active, inactive or planned")
            }
        }
        if let text = optionalString(fields, "expected_start") {
            if let day = Day(dateOrMonth: text) { entry.expectedStart = day } else {
                error(fields["expected_start"], "expected_start", "\"\(text)\" is not a date; write YYYY-MM or YYYY-MM-DD, as the source gives it")
            }
            if entry.status != .planned {
                error(fields["expected_start"], "expected_start", "expected_start belongs to a planned service; add `status: planned` or remove it")
            }
        }
        if let audience = optionalString(fields, "audience") {
            if let value = Entry.Audience(rawValue: audience) { entry.audience = value } else {
                error(fields["audience"], "audience", "\"\(audience)\" is not an audience; use everyone or professionals")
            }
        }
        if let node = fields["organization"] {
            if let orgName = node["name"]?.string, !orgName.isEmpty {
                entry.organization = .init(name: orgName, url: node["url"]?.string.flatMap { checkURL($0, node["url"], "organization.url") })
            } else {
                error(node, "organization", "organization needs a `name:`")
            }
        }
        entry.url = optionalString(fields, "url").flatMap { checkURL($0, fields["url"], "url") }
        entry.email = optionalString(fields, "email").flatMap { email in
            let parts = email.split(separator: "@")
            guard parts.count == 2, parts[1].contains("."), !email.contains(" ") else {
                error(fields["email"], "email", "\"\(email)\" is not an e-mail address")
                return nil
            }
            return email
        }
        entry.chat = optionalString(fields, "chat").flatMap { checkURL($0, fields["chat"], "chat") }
        entry.phones = decodePhones(fields["phones"])
        entry.schedules = decodeSchedules(fields["schedules"])
        entry.metadata = decodeChangeLog(fields["metadata"])
        entry.lastModified = optionalString(fields, "last_modified").flatMap { text in
            guard let day = Day(text) else {
                error(fields["last_modified"], "last_modified", "\"\(text)\" is not a date; write YYYY-MM-DD")
                return nil
            }
            return day
        }
        if let type = optionalString(fields, "location_type") {
            if let value = Entry.LocationType(rawValue: type) { entry.locationType = value } else {
                error(fields["location_type"], "location_type", "\"\(type)\" is not a location type; use physical or virtual")
            }
        }
        decodeLocation(fields, into: &entry)
        entry.languages = stringList(fields, "languages").filter { code in
            guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
                error(fields["languages"], "languages", "\"\(code)\" is not a two-letter language code (nl, en, ar, tr, pl, uk …)")
                return false
            }
            return true
        }
        entry.free = bool(fields, "free")
        entry.formal = bool(fields, "formal")
        entry.crisis = bool(fields, "crisis") ?? false
        entry.minimumAge = age(fields, "minimum_age")
        entry.maximumAge = age(fields, "maximum_age")
        if let low = entry.minimumAge, let high = entry.maximumAge, low > high {
            error(fields["maximum_age"], "maximum_age", "maximum_age \(high) is below minimum_age \(low)")
        }
        entry.domains = codes(fields, "domains", .domains, required: kind != .knowledge, root)
        entry.targetGroups = codes(fields, "target_groups", .targetGroups, required: false, root)
        if entry.targetGroups.isEmpty { entry.targetGroups = ["iedereen"] }
        entry.supportTypes = codes(fields, "support_types", .supportTypes, required: kind != .knowledge, root)
        entry.access = singleCode(fields, "access", .access)
        entry.line = singleCode(fields, "line", .lines)
        entry.sector = singleCode(fields, "sector", .sectors)
        decodeProfessionalFacts(fields, into: &entry)
        checkCoverage(entry, fields: fields)
        checkCrisisNumbers(entry, fields: fields)
        entry.assuredDate = entry.vouchedDate(today: today)
        for problem in FieldLimits.problems(in: entry) { error(fields[problem.field], problem.field, problem.message) }

        let errorsAfter = diagnostics.filter { $0.severity == .error }.count
        return errorsAfter == errorsBefore ? entry : nil
    }

    // MARK: For professionals only

    /// `slimverwijzen` (a ggz record's page in the waiting-time dashboard) and `waiting_times`
    /// (each with a date and a source, or it is refused: a waiting time without them misleads).
    mutating func decodeProfessionalFacts(_ fields: [String: Node], into entry: inout Entry) {
        if let text = optionalString(fields, "slimverwijzen") {
            entry.slimverwijzen = checkURL(text, fields["slimverwijzen"], "slimverwijzen")
            if entry.sector != "ggz" {
                error(fields["slimverwijzen"], "slimverwijzen", "slimverwijzen is the dashboard of ggz waiting times: it belongs to a ggz record (`sector: ggz`); remove it here")
            }
        }
        guard let node = fields["waiting_times"] else { return }
        guard let items = node.sequence else {
            error(node, "waiting_times", "waiting_times is a list of items with value, date and a source (url, or seed with lines)")
            return
        }
        var times: [WaitingTime] = []
        for item in items {
            guard case .mapping = item else {
                error(item, "waiting_times", "each waiting time is a mapping with value, date and a source (url, or seed with lines)")
                continue
            }
            let value = item["value"]?.string?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if value.isEmpty { error(item, "waiting_times.value", "a waiting time needs `value:`, in words as the source gives it (\"6 weken tot de intake\")") }
            var date: Day?
            if let dateNode = item["date"] {
                if let text = dateNode.scalar?.string, let day = Day(dateOrMonth: text), day <= today {
                    date = day
                } else {
                    error(dateNode, "waiting_times.date", "\"\(dateNode.scalar?.string ?? "")\" is not a date that has passed; write the day the source gives, YYYY-MM-DD or YYYY-MM")
                }
            } else {
                error(item, "waiting_times.date", "a waiting time without a date misleads: add `date:`, the day the source says it was true, or remove it")
            }
            var source: Entry.Source?
            if let url = item["url"]?.string {
                source = checkURL(url, item["url"], "waiting_times.url").map { Entry.Source(url: $0) }
            } else if let seed = item["seed"]?.scalar?.string {
                if Entry.Source.seedFiles[seed] == nil {
                    error(item["seed"], "waiting_times.seed", "seed \"\(seed)\" is not one of the plans (\(Entry.Source.seedFiles.keys.sorted().joined(separator: ", "))); quote it, like seed: \"002\"")
                } else if let lines = item["lines"]?.scalar?.string, Self.isLineRange(lines) {
                    source = Entry.Source(seed: seed, lines: lines)
                } else {
                    error(item["lines"] ?? item, "waiting_times.lines", "a seed source needs lines, like \"655\" or \"655-657\"")
                }
            } else {
                error(item, "waiting_times.source", "a waiting time without a source misleads: add `url:` (the page that states it) or `seed:` with `lines:`, or remove it")
            }
            if let date, let source, !value.isEmpty { times.append(WaitingTime(value: value, date: date, source: source)) }
        }
        entry.waitingTimes = times.isEmpty ? nil : times
    }

    // MARK: Location

    mutating func decodeLocation(_ fields: [String: Node], into entry: inout Entry) {
        let gazetteer = reference.gazetteer
        var postcodePoint: Coordinate?
        var placePoint: Coordinate?
        if let node = fields["address"] {
            guard case .mapping = node else {
                error(node, "address", "address is a mapping with address_1, postal_code and city")
                return
            }
            var address = Entry.Address(address1: node["address_1"]?.string, city: node["city"]?.string)
            if let text = node["postal_code"]?.string {
                if let postcode = Postcode(text) {
                    address.postalCode = postcode.description
                    if let area = gazetteer.area(for: postcode) {
                        postcodePoint = area.coordinate
                    } else {
                        error(node["postal_code"], "address.postal_code", "postcode \(postcode) does not exist in the gazetteer (Indexer/nl_pc4.tsv); check the digits")
                    }
                } else {
                    error(node["postal_code"], "address.postal_code", "\"\(text)\" is not a Dutch postcode; write four digits and two letters, like 6811 AB")
                }
            }
            if let city = address.city {
                let places = gazetteer.places(named: city)
                if places.isEmpty {
                    error(node["city"], "address.city", "\"\(city)\" is not a place in the gazetteer (Indexer/nl_places.tsv); check the spelling")
                } else if let municipality = fields["municipality"]?.string,
                    let match = places.first(where: { Gazetteer.key($0.municipality) == Gazetteer.key(municipality) })
                {
                    placePoint = match.coordinate
                } else if places.count == 1 {
                    placePoint = places[0].coordinate
                }
            }
            entry.address = address
        }
        if let name = optionalString(fields, "municipality") {
            if let municipality = gazetteer.municipality(named: name) {
                entry.municipality = municipality.name
            } else {
                let hint = Self.closest(to: name, in: Set(gazetteer.municipalities.keys)).map { "; did you mean \($0)?" } ?? ""
                error(fields["municipality"], "municipality", "\"\(name)\" is not a Dutch municipality in the gazetteer\(hint)")
            }
        }
        var given: Coordinate?
        let latitude = double(fields, "latitude")
        let longitude = double(fields, "longitude")
        switch (latitude, longitude) {
        case (let lat?, let lon?):
            let point = Coordinate(latitude: lat, longitude: lon)
            if point.isInNetherlands { given = point } else {
                error(fields["latitude"], "latitude", "\(lat), \(lon) lies outside the Netherlands; check the order (latitude about 51–53, longitude about 3–7)")
            }
        case (nil, nil):
            break
        default:
            error(fields["latitude"] ?? fields["longitude"], "latitude", "give both latitude and longitude, or neither")
        }
        let municipalityPoint = entry.municipality.flatMap { gazetteer.municipality(named: $0)?.coordinate }
        var precision: Entry.LocationPrecision?
        if let text = optionalString(fields, "location_precision") {
            if let value = Entry.LocationPrecision(rawValue: text) { precision = value } else {
                error(fields["location_precision"], "location_precision", "\"\(text)\" is not a precision; use \(Entry.LocationPrecision.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        if precision == nil {
            if given != nil || entry.address?.address1 != nil && postcodePoint != nil { precision = .address }
            else if postcodePoint != nil { precision = .postcode }
            else if placePoint != nil { precision = .place }
            else if municipalityPoint != nil { precision = .municipality }
            else { precision = Entry.LocationPrecision.none }
        }
        entry.locationPrecision = precision!
        let node = fields["location_precision"]
        switch precision! {
        case .address:
            if given == nil && (entry.address?.address1 == nil || postcodePoint == nil) {
                error(node ?? fields["address"], "location_precision", "address precision needs address_1 and a postal_code (or latitude and longitude)")
            }
            entry.coordinate = given ?? postcodePoint
        case .postcode:
            if postcodePoint == nil { error(node, "location_precision", "postcode precision needs address.postal_code") }
            entry.coordinate = given ?? postcodePoint
        case .place:
            if placePoint == nil { error(node, "location_precision", "place precision needs address.city, a place the gazetteer knows") }
            entry.coordinate = given ?? placePoint
        case .municipality:
            if municipalityPoint == nil { error(node, "location_precision", "municipality precision needs `municipality:`") }
            entry.coordinate = municipalityPoint
        case .none:
            entry.coordinate = nil
        }
        if entry.locationType == .virtual { entry.coordinate = nil }
        if entry.locationType == .physical && entry.municipality == nil && entry.coordinate != nil {
            error(fields["municipality"] ?? fields["address"], "municipality", "a physical record needs `municipality:` (the gemeente it is in)")
        }
        // Where it serves people.
        let area = stringList(fields, "service_area")
        if area.contains(where: { Gazetteer.key($0) == "nederland" }) {
            entry.servesWholeCountry = true
            entry.serviceArea = []
        } else if !area.isEmpty {
            entry.servesWholeCountry = false
            entry.serviceArea = area.compactMap { name in
                guard let m = gazetteer.municipality(named: name) else {
                    error(fields["service_area"], "service_area", "\"\(name)\" is not a municipality; list municipalities, or write Nederland")
                    return nil
                }
                return m.name
            }
        } else {
            // A record placed only at its municipality's centre is usually a local service for
            // that municipality's residents (a wijkteam, a Wmo loket): ask, without refusing a
            // group that does welcome whoever comes.
            if entry.locationType == .physical && entry.locationPrecision == .municipality, let municipality = entry.municipality {
                warning(fields["location_precision"] ?? fields["municipality"], "service_area", "this record sits only at the centre of \(municipality) and shows to anyone within the radius; if it serves only residents of some municipalities, add `service_area:` (such as [\(municipality)])")
            }
            // Without a service_area a place welcomes anyone who comes; online help serves everyone.
            entry.servesWholeCountry = entry.locationType == .virtual
            entry.serviceArea = []
            if entry.locationType == .physical && entry.coordinate == nil && entry.municipality == nil {
                error(fields["location_precision"] ?? fields["name"], "service_area", "this record has no place on the map; give a municipality or a service_area so people nearby can find it")
            }
        }
    }

    // MARK: Sources and honesty

    mutating func decodeSources(_ node: Node?, _ root: Node) -> [Entry.Source] {
        guard let node else {
            error(root, "sources", "every record names its sources: add `sources:` with a seed and lines, or a public url")
            return []
        }
        guard let items = node.sequence, !items.isEmpty else {
            error(node, "sources", "sources is a list with at least one item (seed + lines, or url)")
            return []
        }
        return items.compactMap { item -> Entry.Source? in
            let seed = item["seed"]?.scalar?.string
            let lines = item["lines"]?.scalar?.string
            let url = item["url"]?.string
            let covers = item["covers"]?.sequence?.compactMap(\.string) ?? []
            for field in covers where !Self.coverableFields.contains(Entry.Source.fact(field)) {
                error(item["covers"], "sources.covers", "\"\(field)\" cannot be covered; use \(Self.coverableFields.joined(separator: ", "))")
            }
            var date: Day?
            if let node = item["date"] {
                if let text = node.scalar?.string, let day = Day(dateOrMonth: text) {
                    date = day
                    if day > today {
                        error(node, "sources.date", "\(text) lies in the future; give the date the page itself shows")
                    }
                } else {
                    error(node, "sources.date", "\"\(node.scalar?.string ?? "")\" is not a date; write the date the page shows as YYYY-MM-DD, or YYYY-MM when it shows only a month")
                }
            }
            var checked: Day?
            if let node = item["checked"] {
                if let text = node.scalar?.string, let day = Day(text), day <= today { checked = day } else {
                    error(node, "sources.checked", "`checked` is the day a maintainer read the page (YYYY-MM-DD, not in the future); kaart correct writes it")
                }
            }
            var own: Bool?
            if let node = item["own"] {
                if let value = node.bool { own = value } else {
                    error(node, "sources.own", "`own` is true (the organisation's own page) or false (a third party's page)")
                }
            }
            if let seed {
                guard Entry.Source.seedFiles[seed] != nil else {
                    error(item["seed"], "sources.seed", "seed \"\(seed)\" is not one of the plans (\(Entry.Source.seedFiles.keys.sorted().joined(separator: ", "))); quote it, like seed: \"002\"")
                    return nil
                }
                guard let lines, Self.isLineRange(lines) else {
                    error(item["lines"] ?? item, "sources.lines", "a seed source needs lines, like \"655\" or \"655-657\"")
                    return nil
                }
                if date != nil {
                    error(item["date"], "sources.date", "a seed's date is the plan's own date; remove `date:` here")
                }
            } else if let url {
                guard checkURL(url, item["url"], "sources.url") != nil else { return nil }
            } else {
                error(item, "sources", "a source needs a seed (with lines) or a url")
                return nil
            }
            sourceNodes.append(item)
            return Entry.Source(
                seed: seed, lines: lines, url: url, note: item["note"]?.string, covers: covers, date: date, own: own, checked: checked)
        }
    }

    /// Contact and cost facts need a source that vouches for them: the honesty rule. A third
    /// party's page needs a date of its own; once that date is more than `Entry.thirdPartyMonths`
    /// old, the page no longer vouches, and the check says so.
    mutating func checkCoverage(_ entry: Entry, fields: [String: Node]) {
        for (source, node) in zip(entry.sources, sourceNodes) where source.url != nil && !source.covers.isEmpty && !source.isOwnPage(of: entry) {
            if let date = source.vouchingDate {
                if date.months(until: today) >= Entry.thirdPartyMonths {
                    warning(node, "sources.date", "\(source.url!) is a third party's page of \(date), older than \(Entry.thirdPartyMonths) months: it no longer vouches for \(source.covers.joined(separator: ", ")); find a newer source or the organisation's own page")
                }
            } else {
                error(node, "sources.date", "\(source.url!) is a third party's page (not on the organisation's own site): it vouches only with the date it shows; add `date:`, or `own: true` if it is the organisation's own page")
            }
        }
        for fact in entry.shownFacts {
            let node = fields[fact] ?? fields[fact == "schedule" ? "schedules" : fact] ?? fields["organization"]
            let covering = entry.sources.filter { $0.covers.map(Entry.Source.fact).contains(fact) }
            if covering.isEmpty {
                error(node, fact, "no source vouches for this; add `covers: [\(fact)]` to the source it comes from, or remove it (never guess contact or cost details)")
            }
        }
    }

    /// Crisis numbers (112, 113, 0800-0113) come from `CrisisRoutes`, never from corpus text,
    /// where an edit could break them.
    mutating func checkCrisisNumbers(_ entry: Entry, fields: [String: Node]) {
        for field in Self.textFields {
            guard let node = fields[field], let text = node.scalar?.string else { continue }
            for number in CrisisRoutes.numbers(in: text) {
                error(node, field, "the crisis number \(number) is in the text; crisis routes are not corpus data (the page shows them from one constant). Rewrite the sentence without it")
            }
        }
        for (index, phone) in entry.phones.enumerated() {
            for number in CrisisRoutes.numbers(in: phone.description ?? "") {
                error(fields["phones"]?.sequence?[index], "phones.description", "the crisis number \(number) is in the text; remove it")
            }
        }
    }

    // MARK: Field helpers

    mutating func requiredString(_ fields: [String: Node], _ name: String, _ root: Node) -> String? {
        guard let node = fields[name] else {
            error(root, name, "missing required field `\(name)`")
            return nil
        }
        guard let value = node.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            error(node, name, "`\(name)` must be a non-empty text")
            return nil
        }
        return value
    }

    /// `summary_b1_<lang>: {text: …, translated_by: …, date: YYYY-MM-DD}`: a person's
    /// translation, never a machine's; without a translator and a date it is not shown.
    mutating func decodeTranslatedSummaries(_ fields: [String: Node]) -> [String: TranslatedSummary]? {
        var found: [String: TranslatedSummary] = [:]
        for language in TranslatedSummary.languages {
            let field = TranslatedSummary.field(language)
            guard let node = fields[field] else { continue }
            guard case .mapping(let mapping) = node else {
                error(node, field, "`\(field)` is a mapping: text, translated_by (who translated it) and date (YYYY-MM-DD)")
                continue
            }
            var parts: [String: String] = [:]
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                parts[name] = value.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            guard let text = parts["text"], !text.isEmpty else {
                error(node, field + ".text", "give the translated summary as `text:`")
                continue
            }
            guard let translator = parts["translated_by"], !translator.isEmpty else {
                error(node, field + ".translated_by", "say who translated it with `translated_by:` (a name or an organisation)")
                continue
            }
            guard let dateText = parts["date"], let date = Day(dateText), date <= today else {
                error(node, field + ".date", "give the day it was translated as `date: YYYY-MM-DD`, not in the future")
                continue
            }
            for number in CrisisRoutes.numbers(in: text) {
                error(node, field + ".text", "the crisis number \(number) is in the text; crisis routes are not corpus data. Rewrite the sentence without it")
            }
            found[language.rawValue] = TranslatedSummary(text: text, translator: translator, date: date)
        }
        return found.isEmpty ? nil : found
    }

    mutating func optionalString(_ fields: [String: Node], _ name: String) -> String? {
        guard let node = fields[name] else { return nil }
        guard let scalar = node.scalar else {
            error(node, name, "`\(name)` must be a text, not a list or mapping")
            return nil
        }
        let value = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty || node.null != nil ? nil : value
    }

    mutating func stringList(_ fields: [String: Node], _ name: String) -> [String] {
        guard let node = fields[name] else { return [] }
        if let single = node.scalar?.string, !single.isEmpty { return [single] }
        guard let items = node.sequence else {
            error(node, name, "`\(name)` must be a list, like [a, b]")
            return []
        }
        // A list inside the list ([[Wageningen, Arnhem]]) or a mapping is an error, never
        // silently nothing.
        return items.compactMap { item in
            guard let text = item.scalar?.string else {
                error(item, name, "each item of `\(name)` is one text; write [a, b], not a nested list or mapping")
                return nil
            }
            return text
        }
    }

    mutating func codes(_ fields: [String: Node], _ name: String, _ facet: Taxonomy.Facet, required: Bool, _ root: Node) -> [String] {
        let values = stringList(fields, name)
        if values.isEmpty && required {
            error(fields[name] ?? root, name, "give at least one \(facet.dutchName) code from Indexer/taxonomy.yaml")
        }
        return values.filter { code in
            guard reference.taxonomy.term(facet, code: code) != nil else {
                let known = reference.taxonomy.terms(facet).map(\.code)
                let hint = Self.closest(to: code, in: Set(known)).map { "did you mean \($0)? " } ?? ""
                error(fields[name], name, "unknown \(facet.dutchName) code \"\(code)\"; \(hint)known codes: \(known.joined(separator: ", "))")
                return false
            }
            return true
        }
    }

    mutating func singleCode(_ fields: [String: Node], _ name: String, _ facet: Taxonomy.Facet) -> String? {
        guard let code = optionalString(fields, name) else { return nil }
        guard reference.taxonomy.term(facet, code: code) != nil else {
            error(fields[name], name, "unknown \(facet.dutchName) code \"\(code)\"; known codes: \(reference.taxonomy.terms(facet).map(\.code).joined(separator: ", "))")
            return nil
        }
        return code
    }

    mutating func bool(_ fields: [String: Node], _ name: String) -> Bool? {
        guard let node = fields[name] else { return nil }
        guard let value = node.bool else {
            error(node, name, "`\(name)` is true or false")
            return nil
        }
        return value
    }

    mutating func double(_ fields: [String: Node], _ name: String) -> Double? {
        guard let node = fields[name] else { return nil }
        guard let value = node.float ?? node.int.map(Double.init) else {
            error(node, name, "`\(name)` must be a number in degrees, like 51.9851")
            return nil
        }
        return value
    }

    mutating func age(_ fields: [String: Node], _ name: String) -> Int? {
        guard let node = fields[name] else { return nil }
        guard let value = node.int, (0...120).contains(value) else {
            error(node, name, "`\(name)` is an age in whole years, 0 to 120")
            return nil
        }
        return value
    }

    /// The change log `kaart correct` writes (HSDS `metadata`).
    mutating func decodeChangeLog(_ node: Node?) -> [Entry.Change] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            error(node, "metadata", "metadata is the change log: a list written by kaart correct")
            return []
        }
        return items.compactMap { item in
            guard let date = item["last_action_date"]?.scalar.flatMap({ Day($0.string) }),
                let field = item["field_name"]?.string
            else {
                error(item, "metadata", "each change needs last_action_date (YYYY-MM-DD) and field_name")
                return nil
            }
            return Entry.Change(
                lastActionDate: date, lastActionType: item["last_action_type"]?.string ?? "update",
                fieldName: field, previousValue: item["previous_value"]?.scalar?.string ?? "",
                replacementValue: item["replacement_value"]?.scalar?.string ?? "",
                updatedBy: item["updated_by"]?.string ?? "")
        }
    }

    /// Opening hours as data: a list of `days`, `opens`, `closes`, and optional `valid_from`,
    /// `valid_until` and `note` (docs/corpus-format.md).
    mutating func decodeSchedules(_ node: Node?) -> [Schedule] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            error(node, "schedules", "schedules is a list of items with days, opens and closes; see docs/corpus-format.md")
            return []
        }
        let known: Set<String> = ["days", "opens", "closes", "valid_from", "valid_until", "note"]
        return items.compactMap { item -> Schedule? in
            guard case .mapping(let mapping) = item else {
                error(item, "schedules", "each schedule is a mapping with days, opens and closes")
                return nil
            }
            for key in mapping.keys.compactMap(\.string) where !known.contains(key) {
                error(item, "schedules.\(key)", "unknown schedule field; use \(known.sorted().joined(separator: ", "))")
            }
            let dayNodes = item["days"]?.sequence ?? item["days"].map { [$0] } ?? []
            var days: [Weekday] = []
            for dayNode in dayNodes {
                guard let text = dayNode.scalar?.string, let day = Weekday(code: text) else {
                    error(dayNode, "schedules.days", "\"\(dayNode.scalar?.string ?? "")\" is not a day; use ma, di, wo, do, vr, za or zo")
                    return nil
                }
                if !days.contains(day) { days.append(day) }
            }
            if days.isEmpty {
                error(item, "schedules.days", "a schedule needs `days:`, like [ma, di, wo, do, vr]")
                return nil
            }
            func time(_ name: String) -> TimeOfDay?? {
                guard let node = item[name] else { return .some(nil) }
                guard let text = node.scalar?.string, let time = TimeOfDay(text) else {
                    error(node, "schedules.\(name)", "\"\(node.scalar?.string ?? "")\" is not a time; write it as \"10:00\" (quoted), 00:00 to 24:00")
                    return nil
                }
                return .some(time)
            }
            func day(_ name: String) -> Day?? {
                guard let node = item[name] else { return .some(nil) }
                guard let text = node.scalar?.string, let day = Day(text) else {
                    error(node, "schedules.\(name)", "\"\(node.scalar?.string ?? "")\" is not a date; write YYYY-MM-DD")
                    return nil
                }
                return .some(day)
            }
            guard let opens = time("opens"), let closes = time("closes"), let from = day("valid_from"), let until = day("valid_until") else {
                return nil
            }
            if (opens == nil) != (closes == nil) {
                error(item, "schedules", "give both opens and closes, or neither (open all day)")
                return nil
            }
            if let opens, let closes, opens == closes {
                error(item["closes"], "schedules.closes", "opens and closes are the same time; leave both out for a service that is open all day")
                return nil
            }
            if let from, let until, until < from {
                error(item["valid_until"], "schedules.valid_until", "valid_until \(until) is before valid_from \(from)")
                return nil
            }
            let note = item["note"]?.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines)
            return Schedule(days: days, opens: opens, closes: closes, validFrom: from, validUntil: until, note: note?.isEmpty == true ? nil : note)
        }
    }

    mutating func decodePhones(_ node: Node?) -> [Entry.Phone] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            error(node, "phones", "phones is a list of items with `number:` (and optional `description:`)")
            return []
        }
        return items.compactMap { item in
            guard let number = item["number"]?.scalar?.string ?? item.scalar?.string else {
                error(item, "phones", "each phone needs `number:`")
                return nil
            }
            let digits = number.filter(\.isNumber)
            guard number.allSatisfy({ $0.isNumber || " -+()".contains($0) }), (3...15).contains(digits.count) else {
                error(item, "phones", "\"\(number)\" is not a phone number; use digits, spaces and hyphens, like 026 123 45 67")
                return nil
            }
            if ["112", "113", "08000113"].contains(digits) {
                error(item, "phones", "crisis numbers (112, 113, 0800-0113) are not corpus data; the code shows them on every page. Remove this phone.")
                return nil
            }
            return Entry.Phone(number: number, description: item["description"]?.string)
        }
    }

    mutating func checkURL(_ text: String, _ node: Node?, _ field: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, host.contains(".")
        else {
            error(node, field, "\"\(text)\" is not a web address; only http:// and https:// addresses are allowed")
            return nil
        }
        return text
    }

    // MARK: Small pure helpers

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 80 && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
            && id.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    static func isLineRange(_ text: String) -> Bool {
        text.split(separator: ",").allSatisfy { part in
            let bounds = part.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
            return (1...2).contains(bounds.count) && bounds.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
        }
    }

    /// The known name nearest to a misspelling (edit distance at most 2 or a shared prefix).
    static func closest(to name: String, in candidates: Set<String>) -> String? {
        let scored = candidates.map { ($0, editDistance(name.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) else { return nil }
        return best.1 <= max(2, name.count / 4) ? best.0 : nil
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }

    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return Diagnostic(.error, file: file, line: mark.line, "malformed YAML: \(problem); check indentation and quote values that contain a colon")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(.error, file: file, line: context.mark.line, field: duplicates.first, "this field appears more than once; keep one")
        default:
            return Diagnostic(.error, file: file, "malformed YAML: \(error)")
        }
    }
}

/// The corpus fields the decoder understands, for documentation checks.
public enum RecordDecoderFields {
    public static var known: Set<String> { RecordDecoder.knownFields }
}
