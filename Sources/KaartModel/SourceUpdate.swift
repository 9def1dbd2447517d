/// How a record read from another map stands with that map, as `kaart sync` keeps it: which
/// source, the day our copy last changed from it, and since when the source no longer has it.
/// Our sync is not a check: the record's `assuredDate` stays the source's own date, and this is
/// shown apart from it ("bijgewerkt uit bron X op DATUM").
public struct SourceUpdate: Codable, Hashable, Sendable {
    /// The source's name in `Indexer/sources.yaml`.
    public var source: String
    /// The day of the sync run that added or last changed the record.
    public var updated: Day
    /// The first sync run the record was missing from its source; nil while the source has it.
    public var goneSince: Day?

    public init(source: String, updated: Day, goneSince: Day? = nil) {
        self.source = source
        self.updated = updated
        self.goneSince = goneSince
    }
}
