/// A waiting time as a source stated it on one day: "6 weken tot de intake" on 2026-11-01,
/// from a page or a plan. For professionals only; never shown without its date and source.
public struct WaitingTime: Codable, Hashable, Sendable {
    /// The waiting time in words, as the source gives it.
    public var value: String
    /// The day (or month) the source says it was true.
    public var date: Day
    public var source: Entry.Source

    public init(value: String, date: Day, source: Entry.Source) {
        self.value = value
        self.date = date
        self.source = source
    }
}

extension Entry {
    /// True when the record holds a fact only professionals see: `when_to_refer`,
    /// `slimverwijzen` or a waiting time.
    public var hasProfessionalFacts: Bool {
        whenToRefer != nil || slimverwijzen != nil || !(waitingTimes ?? []).isEmpty
    }

    /// The record as residents may see it: without the professional-only facts.
    public var forResidents: Entry {
        var copy = self
        copy.whenToRefer = nil
        copy.slimverwijzen = nil
        copy.waitingTimes = nil
        return copy
    }
}
