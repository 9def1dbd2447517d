import Foundation
import KaartModel
import SearchIndex

/// A file of one JSON value per line (ndjson), read a chunk at a time, so a snapshot of a
/// hundred thousand services never sits in memory whole.
public struct NDJSONFile: Sendable {
    public let url: URL

    public init(_ url: URL) { self.url = url }

    /// Calls `body` with each non-empty line (numbered from 1) and its bytes.
    public func forEachLine(_ body: (Int, Data) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw ImportError.unreadable(url.path, "there is no such file, or it cannot be read")
        }
        defer { try? handle.close() }
        var pending = Data()
        var line = 0
        while true {
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { break }
            pending.append(chunk)
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                line += 1
                let bytes = pending[start..<newline]
                if bytes.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\t") }) {
                    try body(line, Data(bytes))
                }
                start = pending.index(after: newline)
            }
            pending = Data(pending[start...])
        }
        if !pending.isEmpty, pending.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }) {
            try body(line + 1, pending)
        }
    }
}

/// One record as a source is read record by record, with the line it came from.
public struct StreamedRecord: Sendable {
    public var record: IndexContents.Record
    /// The ndjson line (0 for a JSON or CSV file, read whole).
    public var line: Int
}

extension Importer {
    /// Reads `file` as `source`'s data record by record: an ndjson file line by line (only the
    /// lines in `lines`, when given), a JSON or CSV file whole. Each good record goes to `each`;
    /// the returned load has the diagnostics and counts but no records. The checks and
    /// messages are `kaart import`'s; an id used twice is an error and the second is left out.
    /// `countingIgnoredFields` false skips the report of HSDS fields not read.
    public static func stream(
        _ source: SourceDefinition, file: URL, reference: ReferenceData, mapping: TaxonomyMapping, today: Day, root: URL,
        lines: Set<Int>? = nil, countingIgnoredFields: Bool = true, each: (StreamedRecord) throws -> Void
    ) throws -> SourceLoad {
        var definition = source
        definition.path = file
        guard Self.isLineDelimited(file) || source.format == .hsdsAPI else {
            var whole = try Importer.load(definition, reference: reference, mapping: mapping, today: today, root: root)
            for record in whole.records { try each(StreamedRecord(record: record, line: 0)) }
            whole.records = []
            return whole
        }
        let display = CorpusLoader.relativePath(file, to: root)
        var reader = HSDSReader()
        reader.countsIgnoredFields = countingIgnoredFields
        var builder = ImportBuilder(context: context(definition, "hsds", "HSDS 3", source.remote?.url.absoluteString ?? display, reference, mapping, today))
        var diagnostics: [Diagnostic] = []
        var seen: [String: Int] = [:]
        var items = 0
        try NDJSONFile(file).forEachLine { line, bytes in
            if let lines, !lines.contains(line) { return }
            items += 1
            let at = ImportLocation(file: display, line: line, column: nil, path: "")
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed])
            } catch {
                throw ImportError.unreadable(display, "line \(line) is not valid JSON; the download may have been cut off, or the server sent something else than one service per line")
            }
            let node = ImportNode(json: object, location: at)
            guard node.keys.contains("id") || node.keys.contains("name") else {
                diagnostics.append(Diagnostic(.error, file: display, line: line, "this line is not an HSDS service (no id or name); the stream should hold one service per line"))
                return
            }
            for draft in reader.drafts(service: node) {
                guard let entry = builder.build(draft) else { continue }
                if let first = seen[entry.id] {
                    diagnostics.append(Diagnostic(
                        .error, file: display, line: line, field: "id",
                        "the id \(draft.recordID) is used twice in this source (first at line \(first)); the second record is left out"))
                    continue
                }
                seen[entry.id] = line
                let origin = IndexContents.Origin(source: source.name, file: display, recordID: draft.recordID)
                try each(StreamedRecord(record: IndexContents.Record(entry: entry, sourceFile: display, origins: [origin]), line: line))
            }
        }
        return SourceLoad(
            source: definition, records: [], diagnostics: inFileOrder(diagnostics + reader.diagnostics + builder.diagnostics),
            itemCount: items, unmappedTerms: sorted(builder.unmappedTerms),
            ignoredFields: reader.ignoredFields.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) },
            fieldLines: [:])
    }

    /// ndjson (or JSON Lines): one service per line.
    public static func isLineDelimited(_ file: URL) -> Bool {
        ["ndjson", "jsonl"].contains(file.pathExtension.lowercased())
    }
}
