import Foundation
import KaartModel
import SearchIndex

/// A remote source as the index holds it: the records of the snapshot the last accepted sync
/// run kept, each with the day our copy last changed, plus the records that vanished from the
/// source, kept as last seen — active for `retire_after` runs, then inactive, "niet meer bij
/// bron X sinds DATUM". Read from `var/sources/NAME/`, never from the network.
public enum SyncedSource {
    static func load(
        _ source: SourceDefinition, reference: ReferenceData, mapping: TaxonomyMapping, today: Day, root: URL
    ) throws -> SourceLoad {
        let folder = SyncFolder(source.path)
        let display = CorpusLoader.relativePath(folder.url, to: root)
        guard let state = try folder.state() else {
            let note = Diagnostic(
                .warning, file: display,
                "source \(source.name) has not been synced yet, so it adds no records; run kaart sync \(source.name)")
            return SourceLoad(
                source: source, records: [], diagnostics: [note], itemCount: 0, unmappedTerms: [], ignoredFields: [], fieldLines: [:])
        }
        var definition = source
        definition.path = folder.file(state.snapshot)
        var load = try Importer.load(definition, reference: reference, mapping: mapping, today: today, root: root)
        load.records = apply(state, to: load.records, source: source, file: CorpusLoader.relativePath(definition.path, to: root))
        return load
    }

    /// The snapshot's records with their sync notes, and the kept records after them.
    public static func apply(_ state: SyncState, to records: [IndexContents.Record], source: SourceDefinition, file: String) -> [IndexContents.Record] {
        let retireAfter = source.remote?.retireAfter ?? 3
        let fetched = Day(state.fetchedAt)
        var present = Set<String>()
        var result = records.map { record in
            var record = record
            present.insert(record.entry.id)
            record.entry.sourceUpdate = SourceUpdate(source: source.name, updated: state.records[record.entry.id]?.updated ?? fetched)
            return record
        }
        for id in state.records.keys.sorted() where !present.contains(id) {
            guard let saved = state.records[id], var entry = saved.kept else { continue }
            entry.sourceUpdate = SourceUpdate(source: source.name, updated: saved.updated, goneSince: saved.goneSince)
            if saved.missing >= retireAfter { entry.status = .inactive }
            let recordID = entry.sources.last(where: { $0.record != nil })?.record ?? id
            result.append(IndexContents.Record(
                entry: entry, sourceFile: file, origins: [IndexContents.Origin(source: source.name, file: file, recordID: recordID)]))
        }
        return result
    }
}
