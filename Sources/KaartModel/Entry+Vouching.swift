import Foundation

/// Which sources vouch for which facts, and so how old a record really is. One rule, used by
/// `kaart check`, the indexer and `kaart dekking`:
///
/// - a seed vouches for what it says, as of the plan's own date;
/// - the organisation's own web page vouches for its own contact facts, dated or not; when it
///   shows no date, the record's date is unknown until a dated source or a confirmation
///   vouches too;
/// - a third party's page (news, directories, other maps) vouches only with a date of its own,
///   no older than `thirdPartyMonths`;
/// - a confirmation in the change log (the provider's "klopt nog", a maintainer's correction)
///   vouches for the whole record on its day.
extension Entry {
    /// How old a third party's page may be and still vouch for a fact.
    public static let thirdPartyMonths = 24

    /// The facts that need a source (`covers:`), in the order `kaart check` reports them.
    public static let coverableFacts = ["url", "email", "phones", "chat", "address", "schedule", "fees_description", "free"]

    /// True when nobody vouched for the record within `limitMonths`, or its date is unknown:
    /// "mogelijk verouderd".
    public func isPastFreshnessLimit(on today: Day, limitMonths: Int) -> Bool {
        guard let assuredDate else { return true }
        return assuredDate.isPastFreshnessLimit(on: today, limitMonths: limitMonths)
    }

    /// What `last_action_type` a confirmation writes in the change log.
    public static let confirmationAction = "confirm"

    /// The coverable facts this record shows.
    public var shownFacts: [String] {
        var facts: [String] = []
        if url != nil || organization?.url != nil { facts.append("url") }
        if email != nil { facts.append("email") }
        if !phones.isEmpty { facts.append("phones") }
        if chat != nil { facts.append("chat") }
        if address?.address1 != nil || address?.postalCode != nil { facts.append("address") }
        if schedule != nil || !schedules.isEmpty { facts.append("schedule") }
        if feesDescription != nil { facts.append("fees_description") }
        if free != nil { facts.append("free") }
        return facts
    }

    /// Days on which the record as a whole was confirmed (the change log's `confirm` items).
    public var confirmations: [Day] {
        metadata.filter { $0.lastActionType == Self.confirmationAction }.map(\.lastActionDate)
    }

    /// The sources that vouch for `fact` on `today` (a source's `covers`, normalised).
    public func sourcesVouching(for fact: String, today: Day) -> [Source] {
        sources.filter { $0.covers.map(Source.fact).contains(fact) && $0.vouches(for: self, today: today) }
    }

    /// The date the record is vouched for on `today`: the newest date of a vouching source or a
    /// confirmation; nil when a fact it shows rests only on undated pages, or nothing is dated.
    public func vouchedDate(today: Day) -> Day? {
        let confirmed = confirmations.max()
        for fact in shownFacts {
            let dated = sourcesVouching(for: fact, today: today).compactMap(\.vouchingDate)
            if dated.isEmpty && confirmed == nil { return nil }
        }
        let dates = sources.filter { $0.vouches(for: self, today: today) }.compactMap(\.vouchingDate) + confirmations
        return dates.max()
    }
}

extension Entry.Source {
    /// A fact name as `covers:` may write it (`schedules` is the same fact as `schedule`).
    public static func fact(_ name: String) -> String {
        name == "schedules" ? "schedule" : name
    }

    /// True for a page on the organisation's own site: `own:` when given, else a page on the
    /// same domain as the record's or its organisation's web address.
    public func isOwnPage(of entry: Entry) -> Bool {
        if let own { return own }
        guard let domain = url.flatMap(Self.registrableDomain) else { return false }
        let ownDomains = [entry.url, entry.organization?.url, entry.chat].compactMap { $0.flatMap(Self.registrableDomain) }
        return ownDomains.contains(domain)
    }

    /// The date this source vouches as of: a maintainer's check, else the date it shows.
    public var vouchingDate: Day? {
        [date, checked].compactMap { $0 }.max()
    }

    /// True when this source vouches for the record on `today` (see `Entry.vouchedDate`).
    public func vouches(for entry: Entry, today: Day) -> Bool {
        if seed != nil || file != nil { return true }
        guard url != nil else { return false }
        if isOwnPage(of: entry) { return true }
        guard let date = vouchingDate else { return false }
        return date.months(until: today) < Entry.thirdPartyMonths
    }

    /// `example.org` for `https://www.sub.example.org/page`: the last two labels of the host.
    public static func registrableDomain(_ address: String) -> String? {
        guard let host = URL(string: address)?.host?.lowercased() else { return nil }
        let labels = host.split(separator: ".")
        guard labels.count >= 2 else { return nil }
        return labels.suffix(2).joined(separator: ".")
    }
}
