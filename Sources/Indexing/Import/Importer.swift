import Foundation
import KaartModel
import SearchIndex

/// What reading one source gave: its good records, every problem, and what was left behind
/// (terms no rule maps, fields no part of our record holds).
public struct SourceLoad: Sendable {
    public var source: SourceDefinition
    public var records: [IndexContents.Record]
    public var diagnostics: [Diagnostic]
    /// Services, rows or corpus files read.
    public var itemCount: Int
    /// Other maps' taxonomy terms no rule maps, most frequent first.
    public var unmappedTerms: [(term: ExternalTerm, count: Int)]
    /// HSDS fields present in the file that we do not read, most frequent first.
    public var ignoredFields: [(field: String, count: Int)]
    /// The line of each field, per record id (corpus records only): where a B1 warning points.
    public var fieldLines: [String: [String: Int]]

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

/// Reads sources of every format into records for the index.
public enum Importer {
    /// Reads one source. Only a source that cannot be read at all throws; problems with
    /// records are diagnostics, and the good records are kept.
    public static func load(
        _ source: SourceDefinition, reference: ReferenceData, mapping: TaxonomyMapping, today: Day, root: URL
    ) throws -> SourceLoad {
        let display = { (url: URL) in CorpusLoader.relativePath(url, to: root) }
        switch source.format {
        case .corpus:
            let load = try CorpusLoader.load(directory: source.path, reference: reference, today: today, relativeTo: root)
            let records = load.records.map { record in
                var record = record
                record.origins = [IndexContents.Origin(source: source.name, file: record.sourceFile, recordID: record.entry.id)]
                return record
            }
            return SourceLoad(
                source: source, records: records, diagnostics: load.diagnostics, itemCount: load.fileCount,
                unmappedTerms: [], ignoredFields: [], fieldLines: load.fieldLines)
        case .hsds where isLineDelimited(source.path), .hsdsAPI:
            var records: [IndexContents.Record] = []
            var streamed = try stream(source, file: source.path, reference: reference, mapping: mapping, today: today, root: root) {
                records.append($0.record)
            }
            streamed.records = records
            return streamed
        case .hsds:
            var reader = HSDSReader()
            var services: [ImportNode] = []
            var diagnostics: [Diagnostic] = []
            var unreadTables: [String] = []
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source.path.path, isDirectory: &isDirectory) else {
                throw ImportError.unreadable(display(source.path), "there is no such file or folder")
            }
            let file: String
            if isDirectory.boolValue || source.path.lastPathComponent == "datapackage.json" {
                let folder = isDirectory.boolValue ? source.path : source.path.deletingLastPathComponent()
                var tabular = HSDSTabular(folder: folder, display: display)
                try tabular.load()
                services = tabular.services()
                diagnostics += tabular.diagnostics
                unreadTables = tabular.unreadTables
                file = display(folder)
            } else {
                guard let data = FileManager.default.contents(atPath: source.path.path) else {
                    throw ImportError.unreadable(display(source.path), "cannot read the file")
                }
                file = display(source.path)
                services = reader.services(in: try ImportNode.parseJSON(data, file: file))
            }
            let drafts = services.flatMap { reader.drafts(service: $0) }
            var builder = ImportBuilder(context: context(source, "hsds", "HSDS 3", source.remote?.url.absoluteString ?? file, reference, mapping, today))
            let records = build(drafts, &builder, source: source)
            return SourceLoad(
                source: source, records: records.records,
                diagnostics: inFileOrder(diagnostics + reader.diagnostics + builder.diagnostics + records.diagnostics),
                itemCount: services.count, unmappedTerms: sorted(builder.unmappedTerms),
                ignoredFields: reader.ignoredFields.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
                    + unreadTables.map { ("\($0) (whole table)", 1) },
                fieldLines: [:])
        case .csv:
            guard let mappingURL = source.mapping else {
                throw ImportError.sources(source.name, "a csv source needs a mapping (--mapping FILE)")
            }
            let spreadsheetMapping = try SpreadsheetMapping.load(from: mappingURL, display: display(mappingURL), taxonomy: reference.taxonomy)
            guard let data = FileManager.default.contents(atPath: source.path.path) else {
                throw ImportError.unreadable(display(source.path), "there is no such file, or it cannot be read")
            }
            guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) else {
                throw ImportError.unreadable(display(source.path), "cannot read it as text; export it as CSV in UTF-8")
            }
            let file = display(source.path)
            let table = try CSVTable(text: text, file: file, delimiter: spreadsheetMapping.delimiter)
            var reader = SpreadsheetReader(table: table, mapping: spreadsheetMapping, taxonomy: reference.taxonomy)
            let drafts = try reader.drafts()
            var merged = source
            merged.defaults = TermTranslation(
                kind: source.defaults.kind ?? spreadsheetMapping.defaults.kind,
                codes: spreadsheetMapping.defaults.codes.merging(source.defaults.codes) { $0 + $1 })
            var builder = ImportBuilder(context: context(merged, "csv", "spreadsheet", source.remote?.url.absoluteString ?? file, reference, mapping, today))
            let records = build(drafts, &builder, source: source)
            return SourceLoad(
                source: source, records: records.records,
                diagnostics: inFileOrder(reader.diagnostics + builder.diagnostics + records.diagnostics),
                itemCount: table.rows.count, unmappedTerms: sorted(builder.unmappedTerms), ignoredFields: [], fieldLines: [:])
        }
    }

    static func context(
        _ source: SourceDefinition, _ prefix: String, _ format: String, _ file: String, _ reference: ReferenceData,
        _ mapping: TaxonomyMapping, _ today: Day
    ) -> ImportContext {
        ImportContext(
            source: source.name, idPrefix: prefix, file: file, format: format, reference: reference, mapping: mapping,
            defaults: source.defaults, assuredDate: source.assuredDate, today: today)
    }

    static func build(_ drafts: [ImportDraft], _ builder: inout ImportBuilder, source: SourceDefinition) -> (records: [IndexContents.Record], diagnostics: [Diagnostic]) {
        var records: [IndexContents.Record] = []
        var diagnostics: [Diagnostic] = []
        var seen: [String: ImportLocation] = [:]
        for draft in drafts {
            guard let entry = builder.build(draft) else { continue }
            if let first = seen[entry.id] {
                diagnostics.append(Diagnostic(
                    .error, file: draft.at.file, line: draft.at.line, field: "id",
                    "the id \(draft.recordID) is used twice in this source (first at line \(first.line ?? 0)); the second record is left out"))
                continue
            }
            seen[entry.id] = draft.at
            let origin = IndexContents.Origin(source: source.name, file: draft.at.file, recordID: draft.recordID)
            records.append(IndexContents.Record(
                entry: entry, sourceFile: draft.at.file, origins: [origin]))
        }
        return (records, diagnostics)
    }

    /// Problems by file, line and column, as an editor lists them.
    static func inFileOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            if x.file != y.file { return x.file < y.file }
            if (x.line ?? 0) != (y.line ?? 0) { return (x.line ?? 0) < (y.line ?? 0) }
            if (x.column ?? 0) != (y.column ?? 0) { return (x.column ?? 0) < (y.column ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
    }

    static func sorted(_ counts: [ExternalTerm: Int]) -> [(term: ExternalTerm, count: Int)] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.description < $1.key.description }.map { ($0.key, $0.value) }
    }
}
