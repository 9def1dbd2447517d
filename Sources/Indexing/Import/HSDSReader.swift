import Foundation
import KaartModel

/// Reads HSDS 3 services (with their nested organization, locations, addresses, phones,
/// schedules, languages, cost options, attributes and service areas) into drafts. One draft per
/// place the service is offered at; a service offered only online is one online record.
/// docs/interchange.md lists which HSDS fields are read and why the others are not.
struct HSDSReader {
    private(set) var diagnostics: [Diagnostic] = []
    /// Fields present in the file that no part of our record holds, with how often they occur.
    private(set) var ignoredFields: [String: Int] = [:]

    /// The fields read, as paths with `[]` for list items; everything else is reported as not read.
    static let readFields: Set<String> = Set([
        "id", "name", "alternate_name", "description", "url", "email", "status", "application_process",
        "fees_description", "fees", "eligibility_description", "minimum_age", "maximum_age", "assured_date", "last_modified",
        "organization_id",
        "organization.id", "organization.name", "organization.website",
        "phones[].number", "phones[].extension", "phones[].description", "phones[].type",
        "schedules[].description", "schedules[].notes", "schedules[].opens_at", "schedules[].closes_at",
        "schedules[].byday", "schedules[].freq", "schedules[].valid_from", "schedules[].valid_to",
        "service_areas[].name", "service_areas[].description",
        "languages[].code", "languages[].name",
        "cost_options[].amount", "cost_options[].currency", "cost_options[].option", "cost_options[].amount_description",
        "attributes[].taxonomy_term.code", "attributes[].taxonomy_term.name", "attributes[].taxonomy_term.taxonomy",
        "attributes[].taxonomy_term.taxonomy_detail.name",
        "service_at_locations[].location.location_type", "service_at_locations[].location.url",
        "service_at_locations[].location.id",
        "service_at_locations[].location.latitude", "service_at_locations[].location.longitude",
        "service_at_locations[].location.addresses[].address_1", "service_at_locations[].location.addresses[].address_2",
        "service_at_locations[].location.addresses[].postal_code", "service_at_locations[].location.addresses[].city",
        "service_at_locations[].location.addresses[].country", "service_at_locations[].location.addresses[].address_type",
        "service_at_locations[].location.accessibility[].description", "service_at_locations[].location.accessibility[].details",
    ]).union(["service_at_locations[].", "service_at_locations[].location."].flatMap { prefix in
        [
            "phones[].number", "phones[].extension", "phones[].description", "phones[].type",
            "schedules[].description", "schedules[].notes", "schedules[].opens_at", "schedules[].closes_at",
            "schedules[].byday", "schedules[].freq", "schedules[].valid_from", "schedules[].valid_to",
            "languages[].code", "languages[].name",
        ].map { prefix + $0 }
    })

    /// The services in a parsed file: one service, a list of them, or an API page (`contents`).
    mutating func services(in root: ImportNode) -> [ImportNode] {
        if let items = root.array { return items }
        if let contents = root["contents"]?.array { return contents }
        if root["name"] != nil || root["id"] != nil { return [root] }
        diagnostics.append(Diagnostic(
            .error, file: root.location.file, line: root.location.line,
            "this is not an HSDS service, a list of services or a page of them (with `contents`); export services from the other map"))
        return []
    }

    /// False skips counting the fields not read (a sync does not show them).
    var countsIgnoredFields = true
    /// `isRead` per path seen: services of one file share their shape.
    private var readPaths: [String: Bool] = [:]

    mutating func drafts(service: ImportNode) -> [ImportDraft] {
        if countsIgnoredFields {
            for path in service.leafPaths() {
                let read = readPaths[path] ?? Self.isRead(path)
                readPaths[path] = read
                if !read { ignoredFields[path, default: 0] += 1 }
            }
        }
        guard let id = service["id"]?.string else {
            diagnostics.append(Diagnostic(
                .error, file: service.location.file, line: service.location.line, column: service.location.column, field: "id",
                "this service has no id; an import keeps each record's own id so re-imports and merge decisions stay stable"))
            return []
        }
        var base = ImportDraft(recordID: id, at: service.location)
        base.name = text(service["name"])
        base.alternateName = text(service["alternate_name"])
        base.description = text(service["description"])
        base.url = text(service["url"])
        base.email = text(service["email"])
        base.status = text(service["status"])
        base.applicationProcess = text(service["application_process"])
        base.feesDescription = text(service["fees_description"]) ?? text(service["fees"])
        base.whenToRefer = text(service["eligibility_description"])
        base.minimumAge = number(service["minimum_age"])
        base.maximumAge = number(service["maximum_age"])
        base.assuredDate = text(service["assured_date"])
        base.lastModified = text(service["last_modified"])
        if let organization = service["organization"] {
            base.organizationName = text(organization["name"])
            base.organizationURL = text(organization["website"])
        }
        base.phones = phones(service["phones"])
        var schedules = service["schedules"]?.array ?? []
        for area in service["service_areas"]?.array ?? [] {
            if let name = text(area["name"]) ?? text(area["description"]) { base.serviceAreas.append(name) }
        }
        base.languages = languages(service["languages"])
        // Our own export writes a cost option only to say "free"; the extension says the rest.
        readCosts(service["cost_options"], into: &base, describe: service[HSDSVocabulary.extensionKey] == nil)
        for attribute in service["attributes"]?.array ?? [] {
            guard let term = attribute["taxonomy_term"] else { continue }
            let external = ExternalTerm(
                taxonomy: term["taxonomy"]?.string ?? term["taxonomy_detail"]?["name"]?.string,
                code: term["code"]?.string, name: term["name"]?.string)
            base.terms.append(Located(value: external, at: term.location))
        }
        if let extensionNode = service[HSDSVocabulary.extensionKey] { readExtension(extensionNode, into: &base) }

        // Places: each physical location is a record; a virtual location is the online way in.
        var physical: [(location: ImportNode, link: ImportNode)] = []
        var virtualURL: Located<String>?
        var sawVirtual = false
        for link in service["service_at_locations"]?.array ?? [] {
            base.phones += phones(link["phones"])
            schedules += link["schedules"]?.array ?? []
            base.languages += languages(link["languages"])
            guard let location = link["location"] else { continue }
            switch location["location_type"]?.string ?? "physical" {
            case "virtual":
                sawVirtual = true
                virtualURL = virtualURL ?? text(location["url"])
                readLocation(location, into: &base)
            case "postal":
                warning(location["location_type"]!, "a postal location is an address for mail, not a place to visit; not used")
            default:
                physical.append((location, link))
            }
        }
        if base.url == nil { base.url = virtualURL }
        let (structured, inWords) = weeklySchedules(schedules)
        base.schedules += structured
        schedules = inWords
        if let own = scheduleText(schedules) {
            // Service-level times first; a virtual location's own times after them.
            let extra = base.schedule.map { $0.value.contains(own.value) ? "" : "\n" + $0.value } ?? ""
            base.schedule = Located(value: own.value + extra, at: own.at)
        }
        if physical.isEmpty {
            // No place to visit: help reached online or by phone, for the areas it names.
            base.locationType = .virtual
            if !sawVirtual && service[HSDSVocabulary.extensionKey] == nil {
                warning(service, "no location to visit: imported as help reached online or by phone")
            }
            return [base]
        }
        return physical.map { location, _ in
            var draft = base
            draft.locationType = .physical
            if physical.count > 1 {
                draft.idSuffix = HSDSVocabulary.shortHash(location["id"]?.string ?? "\(location.location)")
            }
            readLocation(location, into: &draft)
            return draft
        }
    }

    /// Ids and links between tables (`id`, `location_id` …) are structure, not facts: never
    /// reported as not read.
    static func isRead(_ path: String) -> Bool {
        if path.hasPrefix(HSDSVocabulary.extensionKey) { return true }
        let last = path.split(separator: ".").last.map(String.init) ?? path
        if last == "id" || last.hasSuffix("_id") { return true }
        return readFields.contains(path.replacingOccurrences(of: "[][]", with: "[]"))
    }

    mutating func warning(_ node: ImportNode, _ message: String) {
        let at = node.location
        diagnostics.append(Diagnostic(.warning, file: at.file, line: at.line, column: at.column, field: at.path, message))
    }

    func text(_ node: ImportNode?) -> Located<String>? {
        guard let node, let value = node.string else { return nil }
        return Located(value: value, at: node.location)
    }

    func number(_ node: ImportNode?) -> Located<Double>? {
        guard let node, !node.isNull else { return nil }
        guard let value = node.number else { return nil }
        return Located(value: value, at: node.location)
    }

    mutating func phones(_ node: ImportNode?) -> [Located<Entry.Phone>] {
        (node?.array ?? []).compactMap { item in
            guard let number = item["number"]?.string else { return nil }
            if item["type"]?.string == "fax" {
                warning(item, "a fax number is no way for residents to reach help; not read")
                return nil
            }
            var notes: [String] = []
            if let type = item["type"]?.string, type != "voice" { notes.append(type == "text" || type == "sms" ? "sms" : type) }
            if let extensionNumber = item["extension"]?.string { notes.append("toestel \(extensionNumber)") }
            if let description = item["description"]?.string { notes.append(description) }
            return Located(
                value: Entry.Phone(number: number, description: notes.isEmpty ? nil : notes.joined(separator: "; ")),
                at: item["number"]!.location)
        }
    }

    func languages(_ node: ImportNode?) -> [Located<String>] {
        (node?.array ?? []).compactMap { item in text(item["code"]) ?? text(item["name"]) }
    }

    /// Cost options say whether help is free: all amounts zero is free, any amount above zero is
    /// not. Without a fees description, the options become one in words.
    func readCosts(_ node: ImportNode?, into draft: inout ImportDraft, describe: Bool) {
        let options = node?.array ?? []
        let amounts = options.compactMap { $0["amount"]?.number }
        if !amounts.isEmpty, let first = options.first {
            draft.free = Located(value: amounts.allSatisfy { $0 == 0 }, at: first.location)
        }
        if draft.feesDescription == nil && describe {
            let lines = options.compactMap { option -> String? in
                guard let amount = option["amount"]?.number else { return nil }
                if amount == 0 { return "Gratis" + (option["option"]?.string.flatMap { $0.lowercased() == "gratis" ? nil : " (\($0))" } ?? "") }
                let currency = (option["currency"]?.string ?? "").uppercased()
                let money = (currency == "EUR" || currency.isEmpty ? "€ " : currency + " ") + String(format: "%.2f", amount).replacingOccurrences(of: ".", with: ",")
                return [money, option["amount_description"]?.string, option["option"]?.string.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
            }
            if !lines.isEmpty, let first = options.first {
                draft.feesDescription = Located(value: lines.joined(separator: "; "), at: first.location)
            }
        }
    }

    /// Weekly schedules with days and times, kept as data; the rest (monthly ones, or hours given
    /// only in words) is returned for `scheduleText`.
    func weeklySchedules(_ schedules: [ImportNode]) -> (weekly: [Located<Schedule>], rest: [ImportNode]) {
        var weekly: [Located<Schedule>] = []
        var rest: [ImportNode] = []
        for node in schedules {
            let frequency = node["freq"]?.string?.uppercased() ?? "WEEKLY"
            let codes = (node["byday"]?.string ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let days = codes.compactMap { $0.count == 2 ? Weekday(code: $0) : nil }
            let opens = node["opens_at"]?.string.flatMap { TimeOfDay(String($0.prefix(5))) }
            let closes = node["closes_at"]?.string.flatMap { TimeOfDay(String($0.prefix(5))) }
            guard frequency == "WEEKLY", !days.isEmpty, days.count == codes.count, (opens == nil) == (closes == nil),
                opens == nil || opens != closes, node["description"]?.string == nil
            else {
                rest.append(node)
                continue
            }
            let schedule = Schedule(
                days: days, opens: opens, closes: closes,
                validFrom: node["valid_from"]?.string.flatMap { Day(String($0.prefix(10))) },
                validUntil: node["valid_to"]?.string.flatMap { Day(String($0.prefix(10))) },
                note: node["notes"]?.string)
            weekly.append(Located(value: schedule, at: node.location))
        }
        return (weekly, rest)
    }

    /// One text from the schedules: their descriptions, or else their times in words.
    func scheduleText(_ schedules: [ImportNode]) -> Located<String>? {
        var parts: [String] = []
        for schedule in schedules {
            var text = schedule["description"]?.string ?? Self.describeTimes(schedule)
            if let notes = schedule["notes"]?.string { text = [text, notes].compactMap { $0 }.joined(separator: " ") }
            if let text, !parts.contains(text) { parts.append(text) }
        }
        guard !parts.isEmpty, let first = schedules.first else { return nil }
        return Located(value: parts.joined(separator: "\n"), at: first.location)
    }

    static let dayNames = ["MO": "maandag", "TU": "dinsdag", "WE": "woensdag", "TH": "donderdag", "FR": "vrijdag", "SA": "zaterdag", "SU": "zondag"]

    /// "Elke week op donderdag en vrijdag, 10:00 tot 18:00 uur" from the RFC 5545 parts.
    static func describeTimes(_ schedule: ImportNode) -> String? {
        let days = (schedule["byday"]?.string ?? "").split(separator: ",").compactMap { dayNames[String($0).trimmingCharacters(in: .whitespaces).suffix(2).uppercased()] }
        let opens = schedule["opens_at"]?.string.map { String($0.prefix(5)) }
        let closes = schedule["closes_at"]?.string.map { String($0.prefix(5)) }
        guard !days.isEmpty || opens != nil else { return nil }
        var text = schedule["freq"]?.string == "MONTHLY" ? "Elke maand" : "Elke week"
        if !days.isEmpty {
            text += " op " + (days.count == 1 ? days[0] : days.dropLast().joined(separator: ", ") + " en " + days.last!)
        }
        if let opens { text += ", " + opens + (closes.map { " tot \($0)" } ?? "") + " uur" }
        return text
    }

    mutating func readLocation(_ location: ImportNode, into draft: inout ImportDraft) {
        let addresses = location["addresses"]?.array ?? []
        let address = addresses.first { $0["address_type"]?.string == "physical" } ?? addresses.first
        if let address {
            let street = [address["address_1"]?.string, address["address_2"]?.string].compactMap { $0 }
            if let first = address["address_1"] ?? address["address_2"], !street.isEmpty {
                draft.address1 = Located(value: street.joined(separator: ", "), at: first.location)
            }
            draft.postalCode = text(address["postal_code"])
            draft.city = text(address["city"])
            draft.country = text(address["country"])
        }
        draft.latitude = number(location["latitude"])
        draft.longitude = number(location["longitude"])
        if draft.url == nil { draft.url = text(location["url"]) }
        let access = (location["accessibility"]?.array ?? []).compactMap { item -> String? in
            let parts = [item["description"]?.string, item["details"]?.string].compactMap { $0 }
            return parts.isEmpty ? nil : parts.joined(separator: " ")
        }
        if !access.isEmpty, let first = location["accessibility"]?.array?.first {
            draft.accessibility = Located(value: access.joined(separator: " "), at: first.location)
        }
        draft.phones += phones(location["phones"])
        draft.languages += languages(location["languages"])
        let (weekly, inWords) = weeklySchedules(location["schedules"]?.array ?? [])
        draft.schedules += weekly
        if !inWords.isEmpty, let own = scheduleText(inWords) {
            if draft.schedule == nil { draft.schedule = own } else if !draft.schedule!.value.contains(own.value) {
                draft.schedule!.value += "\n" + own.value
            }
        }
    }

    /// Our own fields, as `kaart export hsds` wrote them: the record imports back exactly.
    mutating func readExtension(_ node: ImportNode, into draft: inout ImportDraft) {
        let decoded: KaartExtension
        do {
            decoded = try Self.kaartExtension(node)
        } catch {
            warning(node, "\(HSDSVocabulary.extensionKey) cannot be read (\(error)); the service is read as plain HSDS")
            return
        }
        let at = node.location
        draft.originalID = decoded.id
        draft.kind = Located(value: decoded.kind, at: at.appending("kind"))
        draft.summaryB1 = decoded.summaryB1.map { Located(value: $0, at: at.appending("summary_b1")) }
        draft.whenToRefer = decoded.whenToRefer.map { Located(value: $0, at: at.appending("when_to_refer")) }
        draft.municipality = decoded.municipality.map { Located(value: $0, at: at.appending("municipality")) }
        draft.locationPrecision = Located(value: decoded.locationPrecision, at: at.appending("location_precision"))
        draft.servesWholeCountry = decoded.servesWholeCountry
        if let free = decoded.free { draft.free = Located(value: free, at: at.appending("free")) } else { draft.free = nil }
        draft.formal = decoded.formal.map { Located(value: $0, at: at.appending("formal")) }
        draft.crisis = Located(value: decoded.crisis, at: at.appending("crisis"))
        draft.lastModified = decoded.lastModified.map { Located(value: $0, at: at.appending("last_modified")) }
        draft.sources = decoded.sources
        draft.mergedIDs = decoded.mergedIDs
        draft.chat = decoded.chat.map { Located(value: $0, at: at.appending("chat")) }
        draft.planned = decoded.planned == true
        draft.expectedStart = decoded.expectedStart.map { Located(value: $0, at: at.appending("expected_start")) }
        draft.audience = decoded.audience.map { Located(value: $0, at: at.appending("audience")) }
        draft.assuredDateUnknown = decoded.assuredDateUnknown == true
    }
}

extension HSDSReader {
    /// Why our extension cannot be read: a field missing or of the wrong type.
    struct ExtensionProblem: Error, CustomStringConvertible {
        var field: String
        var description: String { "\(field) is missing or not of the right type" }
    }

    /// `x_sociale_kaart` read straight from the parsed tree, with `KaartExtension`'s Codable
    /// rules (the same keys, required fields and types), instead of writing the tree back to JSON
    /// for `JSONDecoder`: that round trip was a quarter of a sync's time per service.
    static func kaartExtension(_ node: ImportNode) throws(ExtensionProblem) -> KaartExtension {
        func text(_ key: String, in object: ImportNode = node) throws(ExtensionProblem) -> String? {
            guard let value = object[key]?.value else { return nil }
            switch value {
            case .null: return nil
            case .string(let text): return text
            default: throw ExtensionProblem(field: key)
            }
        }
        func flag(_ key: String) throws(ExtensionProblem) -> Bool? {
            guard let value = node[key]?.value else { return nil }
            switch value {
            case .null: return nil
            case .bool(let flag): return flag
            default: throw ExtensionProblem(field: key)
            }
        }
        func texts(_ key: String, in object: ImportNode = node) throws(ExtensionProblem) -> [String] {
            guard let items = object[key]?.array else { throw ExtensionProblem(field: key) }
            return try items.map { item throws(ExtensionProblem) -> String in
                guard case .string(let text) = item.value else { throw ExtensionProblem(field: key) }
                return text
            }
        }
        func required<T>(_ value: T?, _ key: String) throws(ExtensionProblem) -> T {
            guard let value else { throw ExtensionProblem(field: key) }
            return value
        }
        guard case .object = node.value else { throw ExtensionProblem(field: HSDSVocabulary.extensionKey) }
        guard let sourceNodes = node["sources"]?.array else { throw ExtensionProblem(field: "sources") }
        let sources = try sourceNodes.map { item throws(ExtensionProblem) -> Entry.Source in
            guard case .object = item.value else { throw ExtensionProblem(field: "sources") }
            func day(_ key: String) throws(ExtensionProblem) -> Day? {
                guard let text = try text(key, in: item) else { return nil }
                guard let day = Day(text) else { throw ExtensionProblem(field: "sources.\(key)") }
                return day
            }
            var own: Bool?
            if let value = item["own"]?.value {
                switch value {
                case .null: own = nil
                case .bool(let flag): own = flag
                default: throw ExtensionProblem(field: "sources.own")
                }
            }
            return Entry.Source(
                seed: try text("seed", in: item), lines: try text("lines", in: item), url: try text("url", in: item),
                file: try text("file", in: item), record: try text("record", in: item), note: try text("note", in: item),
                covers: try texts("covers", in: item), date: try day("date"), own: own, checked: try day("checked"))
        }
        var decoded = KaartExtension(
            id: try required(text("id"), "id"), kind: try required(text("kind"), "kind"), summaryB1: try text("summary_b1"),
            whenToRefer: try text("when_to_refer"), municipality: try text("municipality"),
            locationPrecision: try required(text("location_precision"), "location_precision"),
            servesWholeCountry: try required(flag("serves_whole_country"), "serves_whole_country"), free: try flag("free"),
            formal: try flag("formal"), crisis: try required(flag("crisis"), "crisis"), lastModified: try text("last_modified"),
            sources: sources, mergedIDs: try texts("merged_ids"))
        decoded.chat = try text("chat")
        decoded.planned = try flag("planned")
        decoded.expectedStart = try text("expected_start")
        decoded.audience = try text("audience")
        decoded.assuredDateUnknown = try flag("assured_date_unknown")
        return decoded
    }
}
