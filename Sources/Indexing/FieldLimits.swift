import KaartModel

/// How large one record may be, field by field (docs/corpus-format.md gives the reasons). A
/// record is a card a resident reads and a wegwijzer prints, not a document store: without
/// limits one 50 MB description or 10,000 phone numbers passed every check and every search that
/// matched it answered with 52.7 MB. With them, one record's JSON stays under about 40 kB and an
/// API page of 100 under about 4 MB. Checked by `kaart check`, `kaart index` and `kaart import`.
public enum FieldLimits {
    /// Characters per text field, by the field's name in the corpus format.
    public static let characters: [String: Int] = [
        "name": 200, "alternate_name": 200, "description": 8_000, "summary_b1": 1_000,
        "when_to_refer": 2_000, "schedule": 1_000, "accessibility": 1_000, "fees_description": 1_000,
        "application_process": 2_000, "url": 2_000, "email": 254, "organization.name": 200,
        "organization.url": 2_000, "address.address_1": 200, "address.city": 100,
        "phones.number": 30, "phones.description": 200, "slimverwijzen": 2_000, "waiting_times.value": 200,
    ]
    /// Items per list field.
    public static let items: [String: Int] = [
        "phones": 10, "service_area": 400, "languages": 40, "domains": 20, "target_groups": 20,
        "support_types": 20, "sources": 30, "metadata": 500, "waiting_times": 10,
    ]

    /// Every limit `entry` goes over, as (field, message).
    public static func problems(in entry: Entry) -> [(field: String, message: String)] {
        var problems: [(String, String)] = []
        func text(_ field: String, _ value: String?) {
            guard let value, let limit = characters[field], value.count > limit else { return }
            problems.append((field.split(separator: ".").first.map(String.init) ?? field,
                "`\(field)` has \(value.count) characters; at most \(limit) fit (docs/corpus-format.md, \"Size limits\"). Shorten it or link to a page with the rest"))
        }
        func list(_ field: String, _ count: Int) {
            guard let limit = items[field], count > limit else { return }
            problems.append((field, "`\(field)` has \(count) items; at most \(limit) fit (docs/corpus-format.md, \"Size limits\")"))
        }
        text("name", entry.name)
        text("alternate_name", entry.alternateName)
        text("description", entry.description)
        text("summary_b1", entry.summaryB1)
        text("when_to_refer", entry.whenToRefer)
        text("schedule", entry.schedule)
        text("accessibility", entry.accessibility)
        text("fees_description", entry.feesDescription)
        text("application_process", entry.applicationProcess)
        text("url", entry.url)
        text("email", entry.email)
        text("organization.name", entry.organization?.name)
        text("organization.url", entry.organization?.url)
        text("address.address_1", entry.address?.address1)
        text("address.city", entry.address?.city)
        for phone in entry.phones.prefix(items["phones"]!) {
            text("phones.number", phone.number)
            text("phones.description", phone.description)
        }
        list("phones", entry.phones.count)
        list("service_area", entry.serviceArea.count)
        list("languages", entry.languages.count)
        list("domains", entry.domains.count)
        list("target_groups", entry.targetGroups.count)
        list("support_types", entry.supportTypes.count)
        list("sources", entry.sources.count)
        list("metadata", entry.metadata.count)
        text("slimverwijzen", entry.slimverwijzen)
        for time in (entry.waitingTimes ?? []).prefix(items["waiting_times"]!) { text("waiting_times.value", time.value) }
        list("waiting_times", entry.waitingTimes?.count ?? 0)
        return problems
    }
}
