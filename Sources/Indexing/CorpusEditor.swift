import Foundation
import KaartModel
import Yams

/// One `field=value` a maintainer sets with `kaart correct`.
public struct Correction: Hashable, Sendable {
    public var field: String
    public var value: String

    public init(field: String, value: String) {
        self.field = field
        self.value = value
    }

    /// Parses `field=value`; an empty value removes the field.
    public init?(_ text: String) {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        field = text[..<equals].trimmingCharacters(in: .whitespaces)
        value = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard !field.isEmpty else { return nil }
    }
}

/// What a correction changed, for the maintainer's screen and the reports it closes.
public struct CorrectionResult: Sendable {
    public var id: String
    public var file: String
    public var changes: [Entry.Change]
    public var warnings: [Diagnostic]
    /// The file and what it held before, so a correction whose rebuild fails can be undone.
    public var fileURL: URL
    public var previousContents: Data

    /// Puts the file back as it was before the correction.
    public func undo() throws {
        try AtomicFile.write(previousContents, to: fileURL)
    }
}

/// Changes corpus records the way a maintainer would by hand, but safely: the change is
/// validated as a whole record before anything is written, the file is replaced atomically, and
/// each change is logged in the record (HSDS `metadata`). The maintainer's check is logged as a
/// confirmation (`last_action_type: confirm`), which is what moves the record's assured date:
/// the date is never typed in.
public struct CorpusEditor: Sendable {
    public var paths: IndexPaths
    public var reference: ReferenceData

    public init(paths: IndexPaths, reference: ReferenceData) {
        self.paths = paths
        self.reference = reference
    }

    /// Fields that take a list, written as `a, b, c`.
    static let listFields: Set<String> = ["domains", "target_groups", "support_types", "languages", "service_area"]
    static let boolFields: Set<String> = ["free", "formal", "crisis"]
    static let integerFields: Set<String> = ["minimum_age", "maximum_age"]
    /// Managed by the editor itself or never changed in place.
    static let protectedFields: Set<String> = ["id", "kind", "sources", "metadata", "last_modified"]
    static let nestedFields: [String: Set<String>] = [
        "address": ["address_1", "postal_code", "city"], "organization": ["name", "url"],
    ]

    /// Applies `corrections` to record `id`. `source`, when given, is added to the record's
    /// sources and vouches for the contact fields that changed. Throws, leaving the file as it
    /// was, when the corrected record would not be valid.
    public func correct(
        id: String, corrections: [Correction], source: String?, by maintainer: String, today: Day
    ) throws -> CorrectionResult {
        guard !corrections.isEmpty else { throw CorrectionError.nothingToChange }
        return try edit(id: id, today: today) { mapping in
            try apply(corrections, source: source, by: maintainer, today: today, to: &mapping)
        }
    }

    /// Records that `confirmedBy` (the provider through a signed link, or a maintainer) checked
    /// record `id` on `today` and found it right: a `confirm` item in its change log, which
    /// makes `today` its assured date.
    public func confirm(id: String, by confirmedBy: String, note: String? = nil, today: Day) throws -> CorrectionResult {
        try edit(id: id, today: today) { _ in
            [Entry.Change(
                lastActionDate: today, lastActionType: Entry.confirmationAction, fieldName: "assured_date",
                previousValue: "", replacementValue: note ?? "klopt nog", updatedBy: confirmedBy)]
        }
    }

    /// Reads record `id`, lets `change` edit its YAML mapping and return the changes to log,
    /// logs them with a confirmation, and writes the file only when the result is a valid record.
    private func edit(id: String, today: Day, _ change: (inout Node.Mapping) throws -> [Entry.Change]) throws -> CorrectionResult {
        let file = try locate(id)
        let display = CorpusLoader.relativePath(file, to: paths.root)
        let text = try String(contentsOf: file, encoding: .utf8)
        guard let root = try compose(yaml: text), case .mapping(var mapping) = root else {
            throw CorrectionError.unreadable(display)
        }
        var changes = try change(&mapping)
        let edits = changes.filter { $0.lastActionType != Entry.confirmationAction }
        if !edits.isEmpty {
            mapping["last_modified"] = Node(today.description)
            changes.append(Entry.Change(
                lastActionDate: today, lastActionType: Entry.confirmationAction, fieldName: "assured_date",
                previousValue: "", replacementValue: "gecontroleerd bij de correctie", updatedBy: edits[0].updatedBy))
        }
        var log = mapping["metadata"]?.sequence ?? Node.Sequence([])
        for change in changes {
            log.append(.mapping(Node.Mapping([
                (Node("last_action_date"), Node(change.lastActionDate.description)),
                (Node("last_action_type"), Node(change.lastActionType)),
                (Node("field_name"), Node(change.fieldName)),
                (Node("previous_value"), Self.scalar(change.previousValue)),
                (Node("replacement_value"), Self.scalar(change.replacementValue)),
                (Node("updated_by"), Self.scalar(change.updatedBy)),
            ])))
        }
        if !log.isEmpty { mapping["metadata"] = .sequence(log) }

        var newText = try serialize(node: .mapping(mapping), width: 100, allowUnicode: true)
        if !newText.hasSuffix("\n") { newText += "\n" }
        var decoder = RecordDecoder(file: display, reference: reference, today: today)
        guard decoder.decode(newText, expectedID: id) != nil else {
            throw CorrectionError.invalid(decoder.diagnostics.filter { $0.severity == .error })
        }
        try AtomicFile.write(Data(newText.utf8), to: file)
        return CorrectionResult(
            id: id, file: display, changes: changes, warnings: decoder.diagnostics, fileURL: file,
            previousContents: Data(text.utf8))
    }

    /// Applies `corrections` to a record's mapping; returns the changes to log.
    private func apply(
        _ corrections: [Correction], source: String?, by maintainer: String, today: Day, to mapping: inout Node.Mapping
    ) throws -> [Entry.Change] {
        var changes: [Entry.Change] = []
        var changedFields: [String] = []
        for correction in corrections {
            let path = correction.field.split(separator: ".").map(String.init)
            let top = path[0]
            guard RecordDecoder.knownFields.contains(top) else {
                let hint = RecordDecoder.closest(to: top, in: RecordDecoder.knownFields).map { "; did you mean \($0)?" } ?? ""
                throw CorrectionError.unknownField(correction.field + hint)
            }
            guard !Self.protectedFields.contains(top) else { throw CorrectionError.protectedField(top) }
            let previous: Node?
            if path.count == 2 {
                guard let allowed = Self.nestedFields[top], allowed.contains(path[1]) else {
                    throw CorrectionError.unknownField(correction.field)
                }
                var inner = mapping[top]?.mapping ?? Node.Mapping([])
                previous = inner[path[1]]
                inner[path[1]] = correction.value.isEmpty ? nil : Self.scalar(correction.value)
                mapping[top] = inner.isEmpty ? nil : .mapping(inner)
            } else if path.count == 1 {
                previous = mapping[top]
                mapping[top] = correction.value.isEmpty ? nil : try Self.node(for: top, value: correction.value)
            } else {
                throw CorrectionError.unknownField(correction.field)
            }
            let old = previous.map(Self.plainText) ?? ""
            guard old != correction.value else { continue }
            changes.append(Entry.Change(
                lastActionDate: today, lastActionType: previous == nil ? "create" : correction.value.isEmpty ? "delete" : "update",
                fieldName: correction.field, previousValue: old, replacementValue: correction.value, updatedBy: maintainer))
            changedFields.append(top)
        }
        if let source {
            let covers = changedFields.filter { RecordDecoder.coverableFields.contains($0) }
            var item = Node.Mapping([(Node("url"), Self.scalar(source))])
            item["note"] = Self.scalar("Gecontroleerd door \(maintainer) op \(today)")
            if !covers.isEmpty {
                item["covers"] = .sequence(Node.Sequence(covers.map { Node($0) }, .implicit, .flow))
            }
            // The maintainer read the page today: that check vouches, not the page's own date.
            item["checked"] = Node(today.description)
            var sources = mapping["sources"]?.sequence ?? Node.Sequence([])
            sources.append(.mapping(item))
            mapping["sources"] = .sequence(sources)
        }
        return changes
    }

    /// The file of record `id`, wherever it is under the corpus folder.
    func locate(_ id: String) throws -> URL {
        guard RecordDecoder.isValidID(id) else { throw CorrectionError.unknownRecord(id) }
        let files = try CorpusLoader.yamlFiles(in: paths.corpus)
        guard let file = files.first(where: { $0.deletingPathExtension().lastPathComponent == id }) else {
            throw CorrectionError.unknownRecord(id)
        }
        return file
    }

    static func node(for field: String, value: String) throws -> Node {
        if listFields.contains(field) {
            let items = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return .sequence(Node.Sequence(items.map { Node($0) }, .implicit, .flow))
        }
        if field == "phones" {
            let numbers = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return .sequence(Node.Sequence(numbers.map { .mapping(Node.Mapping([(Node("number"), scalar($0))])) }))
        }
        if boolFields.contains(field) {
            guard ["true", "false"].contains(value) else { throw CorrectionError.badValue(field, "true of false") }
            return Node(value)
        }
        if integerFields.contains(field) {
            guard Int(value) != nil else { throw CorrectionError.badValue(field, "een heel getal") }
            return Node(value)
        }
        if nestedFields[field] != nil { throw CorrectionError.badValue(field, "\(field).veld=waarde, bijvoorbeeld \(field).\(nestedFields[field]!.sorted()[0])=…") }
        return scalar(value)
    }

    /// A text value that stays text when read back ("true", "2026" and "a: b" included).
    static func scalar(_ value: String) -> Node {
        Node(value, Tag(.str), value.contains("\n") ? .literal : .doubleQuoted)
    }

    /// A node as one line of text, for the change log.
    static func plainText(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        case .sequence(let items): return items.map(plainText).joined(separator: ", ")
        case .mapping(let pairs): return pairs.map { "\($0.key.string ?? ""): \(plainText($0.value))" }.joined(separator: "; ")
        case .alias: return ""
        }
    }
}

public enum CorrectionError: Error, CustomStringConvertible {
    case nothingToChange
    case unknownRecord(String)
    case unknownField(String)
    case protectedField(String)
    case badValue(String, String)
    case unreadable(String)
    case invalid([Diagnostic])

    public var description: String {
        switch self {
        case .nothingToChange: "geef minstens één --set veld=waarde"
        case .unknownRecord(let id): "er is geen record met id \"\(id)\" in de corpusmap"
        case .unknownField(let field): "onbekend veld \"\(field)\" (zie docs/corpus-format.md)"
        case .protectedField(let field): "\(field) verandert niet met --set: \(field == "sources" ? "gebruik --bron URL" : "dit veld beheert kaart zelf")"
        case .badValue(let field, let expected): "\(field): geef \(expected)"
        case .unreadable(let file): "\(file) is geen leesbaar record; herstel het eerst (kaart check)"
        case .invalid(let diagnostics):
            "de correctie zou het record ongeldig maken; er is niets geschreven:\n" + diagnostics.map { "  \($0)" }.joined(separator: "\n")
        }
    }
}

/// Writes a file so that a reader sees the old or the new contents, never a mix, and a crash
/// leaves one of the two on disk.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        // Unique per write, so two writers never share (and truncate) one temporary file.
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path, NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
