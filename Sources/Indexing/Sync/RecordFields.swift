import KaartModel

/// A record's fields as a sync compares them: each field people see, by its HSDS-style name,
/// as text. Two versions of a record differ exactly where these differ. Left out: the sources
/// (they name the snapshot), the change log, the generated summary and the sync note itself.
public enum RecordFields {
    public static func fields(_ entry: Entry) -> [(name: String, value: String)] {
        func list(_ values: [String]) -> String { values.joined(separator: ", ") }
        func flag(_ value: Bool?) -> String { value.map { $0 ? "ja" : "nee" } ?? "" }
        let address = entry.address.map { [$0.address1, $0.postalCode, $0.city].compactMap { $0 }.joined(separator: ", ") } ?? ""
        let coordinate = entry.coordinate.map { "\($0.latitude), \($0.longitude)" } ?? ""
        let pairs: [(String, String)] = [
            ("kind", entry.kind.rawValue),
            ("name", entry.name),
            ("alternate_name", entry.alternateName ?? ""),
            ("status", entry.status.rawValue),
            ("description", entry.description),
            ("summary_b1", entry.summaryB1 ?? ""),
            ("organization", entry.organization.map { [$0.name, $0.url].compactMap { $0 }.joined(separator: ", ") } ?? ""),
            ("url", entry.url ?? ""),
            ("email", entry.email ?? ""),
            ("phones", entry.phones.map { [$0.number, $0.description].compactMap { $0 }.joined(separator: " – ") }.joined(separator: "; ")),
            ("location_type", entry.locationType.rawValue),
            ("address", address),
            ("municipality", entry.municipality ?? ""),
            ("coordinate", coordinate),
            ("location_precision", entry.locationPrecision.rawValue),
            ("service_area", entry.servesWholeCountry ? "Nederland" : list(entry.serviceArea)),
            ("schedule", entry.schedule ?? ""),
            ("schedules", entry.schedules.map { s in
                s.days.map(\.code).joined(separator: ",") + " " + [s.opens, s.closes].compactMap { $0?.description }.joined(separator: "-")
                    + [s.validFrom, s.validUntil].compactMap { $0.map { " \($0)" } }.joined() + (s.note.map { " (\($0))" } ?? "")
            }.joined(separator: "; ")),
            ("chat", entry.chat ?? ""),
            ("audience", entry.audience.rawValue),
            ("expected_start", entry.expectedStart?.description ?? ""),
            ("languages", list(entry.languages)),
            ("accessibility", entry.accessibility ?? ""),
            ("free", flag(entry.free)),
            ("fees_description", entry.feesDescription ?? ""),
            ("application_process", entry.applicationProcess ?? ""),
            ("minimum_age", entry.minimumAge.map(String.init) ?? ""),
            ("maximum_age", entry.maximumAge.map(String.init) ?? ""),
            ("domains", list(entry.domains)),
            ("target_groups", list(entry.targetGroups)),
            ("support_types", list(entry.supportTypes)),
            ("access", entry.access ?? ""),
            ("line", entry.line ?? ""),
            ("formal", flag(entry.formal)),
            ("crisis", flag(entry.crisis)),
            ("sector", entry.sector ?? ""),
            ("when_to_refer", entry.whenToRefer ?? ""),
            ("assured_date", entry.assuredDate?.description ?? ""),
            ("last_modified", entry.lastModified?.description ?? ""),
        ]
        return pairs.map { (name: $0.0, value: $0.1) }
    }

    /// A stable fingerprint of the fields (64-bit FNV-1a, as 16 hex digits): the same on every
    /// run and machine, unlike Swift's seeded `hashValue`.
    public static func fingerprint(_ entry: Entry) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for field in fields(entry) {
            for byte in field.name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0x1f) &* 0x100_0000_01b3
            for byte in field.value.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0x1e) &* 0x100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The fields that differ, old → new.
    public static func differences(_ old: Entry, _ new: Entry) -> [(field: String, old: String, new: String)] {
        zip(fields(old), fields(new)).compactMap { a, b in a.value == b.value ? nil : (a.name, a.value, b.value) }
    }
}
