import Foundation
import KaartModel
import Yams

/// How one social map's spreadsheet export maps onto our records: column → field, and cell
/// value → taxonomy codes. Kept in `Indexer/sources/`, reviewed like code; docs/interchange.md
/// describes the format.
public struct SpreadsheetMapping: Sendable {
    /// Fields a column can fill.
    public enum Field: String, CaseIterable, Sendable {
        case id, name, alternateName = "alternate_name", description, organization
        case organizationURL = "organization_url", url, email, phones, address1 = "address_1"
        case postalCode = "postal_code", city, municipality, serviceArea = "service_area"
        case latitude, longitude, locationType = "location_type", kind, status, schedule, languages
        case accessibility, free, feesDescription = "fees_description"
        case applicationProcess = "application_process", whenToRefer = "when_to_refer"
        case minimumAge = "minimum_age", maximumAge = "maximum_age", categories, domains
        case targetGroups = "target_groups", supportTypes = "support_types", access
        case assuredDate = "assured_date", lastModified = "last_modified", ignore

        /// Cells that may hold several values, separated by `list_separator`.
        var isList: Bool {
            [.phones, .serviceArea, .languages, .categories, .domains, .targetGroups, .supportTypes, .access].contains(self)
        }

        var facet: Taxonomy.Facet? {
            switch self {
            case .domains: .domains
            case .targetGroups: .targetGroups
            case .supportTypes: .supportTypes
            case .access: .access
            default: nil
            }
        }
    }

    public var file: String
    public var delimiter: Character?
    public var idColumn: String
    public var listSeparator: Character
    /// Column header → field, in the mapping's order.
    public var columns: [(header: String, field: Field)]
    /// Column header → folded cell value → what it means.
    public var values: [String: [String: TermTranslation]]
    /// Codes and kind that hold for every row (a fact about the whole source).
    public var defaults: TermTranslation

    public static func load(from url: URL, display: String, taxonomy: Taxonomy) throws -> SpreadsheetMapping {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ImportError.mapping(display, "cannot read the mapping file; give its path with --mapping (mappings live in Indexer/sources/)")
        }
        guard let root = try compose(yaml: text), case .mapping = root else {
            throw ImportError.mapping(display, "a mapping is a YAML mapping with id_column, columns and values; see docs/interchange.md")
        }
        guard let idColumn = root["id_column"]?.string else {
            throw ImportError.mapping(display, "give `id_column:`, the column with each row's own id: it keeps ids and merge decisions stable across exports")
        }
        guard case .mapping(let columnNodes)? = root["columns"] else {
            throw ImportError.mapping(display, "give `columns:`, a mapping of column header → field (\(Field.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        var columns: [(String, Field)] = []
        for (key, value) in columnNodes {
            guard let header = key.string, let name = value.string else { continue }
            guard let field = Field(rawValue: name) else {
                let hint = RecordDecoder.closest(to: name, in: Set(Field.allCases.map(\.rawValue))).map { "; did you mean \($0)?" } ?? ""
                throw ImportError.mapping(display, "line \(value.mark?.line ?? 0): \"\(name)\" is not a field\(hint) (fields: \(Field.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            columns.append((header, field))
        }
        if !columns.contains(where: { $0.0.lowercased() == idColumn.lowercased() }) { columns.insert((idColumn, .id), at: 0) }
        var values: [String: [String: TermTranslation]] = [:]
        if case .mapping(let perColumn)? = root["values"] {
            for (key, table) in perColumn {
                guard let header = key.string, case .mapping(let entries) = table else { continue }
                guard columns.contains(where: { $0.0 == header }) else {
                    throw ImportError.mapping(display, "line \(key.mark?.line ?? 0): values for \"\(header)\", which is not a column under `columns:`")
                }
                var translations: [String: TermTranslation] = [:]
                for (cell, meaning) in entries {
                    guard let cellText = cell.string else { continue }
                    translations[TaxonomyMapping.key(cellText)] = try TermTranslation.parse(meaning, taxonomy: taxonomy, file: display)
                }
                values[header] = translations
            }
        }
        let defaults = try root["defaults"].map { try TermTranslation.parse($0, taxonomy: taxonomy, file: display) } ?? TermTranslation()
        func character(_ key: String, _ fallback: Character?) throws -> Character? {
            guard let text = root[key]?.string else { return fallback }
            let unescaped = text == "\\t" ? "\t" : text
            guard unescaped.count == 1 else { throw ImportError.mapping(display, "`\(key)` is one character, like \";\" or \"|\"") }
            return unescaped.first
        }
        return SpreadsheetMapping(
            file: display, delimiter: try character("delimiter", nil), idColumn: idColumn,
            listSeparator: try character("list_separator", "|")!, columns: columns, values: values, defaults: defaults)
    }
}

/// Reads the rows of a spreadsheet export into drafts through a mapping. A row's problems point
/// at its row and column; a row without an id or a name is left out, the others import.
struct SpreadsheetReader {
    let table: CSVTable
    let mapping: SpreadsheetMapping
    let taxonomy: Taxonomy
    private(set) var diagnostics: [Diagnostic] = []

    init(table: CSVTable, mapping: SpreadsheetMapping, taxonomy: Taxonomy) {
        self.table = table
        self.mapping = mapping
        self.taxonomy = taxonomy
    }

    mutating func drafts() throws(ImportError) -> [ImportDraft] {
        guard let idIndex = table.column(mapping.idColumn) else {
            throw ImportError.unreadable(table.file, "there is no column \"\(mapping.idColumn)\" (the id_column of \(mapping.file)); the header has: \(table.header.joined(separator: ", "))")
        }
        var columns: [(index: Int, header: String, field: SpreadsheetMapping.Field)] = []
        for (header, field) in mapping.columns {
            if let index = table.column(header) {
                columns.append((index, header, field))
            } else if field != .ignore {
                diagnostics.append(Diagnostic(.warning, file: table.file, line: 1, field: header, "the mapping \(mapping.file) names this column, but the file has no such column; check the header or the mapping"))
            }
        }
        let mapped = Set(columns.map { $0.index })
        for (index, header) in table.header.enumerated() where !mapped.contains(index + 1) && !header.isEmpty {
            diagnostics.append(Diagnostic(.warning, file: table.file, line: 1, column: index + 1, field: header, "this column is not in the mapping \(mapping.file), so it is not read; map it, or map it to `ignore`"))
        }
        var seen: [String: Int] = [:]
        var drafts: [ImportDraft] = []
        for row in table.rows {
            let rowAt = ImportLocation(file: table.file, line: row.line, column: nil, path: "")
            guard let id = table.cell(row, idIndex) else {
                diagnostics.append(Diagnostic(.error, file: table.file, line: row.line, column: idIndex, field: mapping.idColumn, "row \(row.line) has no id; every row needs its own id, so it can be found again in the next export"))
                continue
            }
            if let first = seen[id] {
                diagnostics.append(Diagnostic(.error, file: table.file, line: row.line, column: idIndex, field: mapping.idColumn, "id \"\(id)\" is also used by row \(first); ids must be unique, so this row is left out"))
                continue
            }
            seen[id] = row.line
            var draft = ImportDraft(recordID: id, at: rowAt)
            for column in columns {
                guard let value = table.cell(row, column.index) else {
                    draft.emptyCells[column.field.rawValue] = ImportLocation(file: table.file, line: row.line, column: column.index, path: column.header)
                    continue
                }
                let at = ImportLocation(file: table.file, line: row.line, column: column.index, path: column.header)
                read(value, into: &draft, field: column.field, header: column.header, at: at)
            }
            drafts.append(draft)
        }
        return drafts
    }

    mutating func warning(_ at: ImportLocation, _ message: String) {
        diagnostics.append(Diagnostic(.warning, file: at.file, line: at.line, column: at.column, field: at.path, message))
    }

    mutating func read(_ value: String, into draft: inout ImportDraft, field: SpreadsheetMapping.Field, header: String, at: ImportLocation) {
        let located = Located(value: value, at: at)
        let items = field.isList
            ? value.split(separator: mapping.listSeparator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            : [value]
        func number(_ text: String) -> Located<Double>? {
            guard let number = Double(text.replacingOccurrences(of: ",", with: ".")) else {
                warning(at, "\"\(text)\" is not a number; left out")
                return nil
            }
            return Located(value: number, at: at)
        }
        switch field {
        case .id, .ignore: break
        case .name: draft.name = located
        case .alternateName: draft.alternateName = located
        case .description: draft.description = located
        case .organization: draft.organizationName = located
        case .organizationURL: draft.organizationURL = located
        case .url: draft.url = located
        case .email: draft.email = located
        case .phones: draft.phones += items.map { Located(value: Entry.Phone(number: $0), at: at) }
        case .address1: draft.address1 = located
        case .postalCode: draft.postalCode = located
        case .city: draft.city = located
        case .municipality: draft.municipality = located
        case .serviceArea: draft.serviceAreas += items.map { Located(value: $0, at: at) }
        case .latitude: draft.latitude = number(value)
        case .longitude: draft.longitude = number(value)
        case .locationType:
            switch TaxonomyMapping.key(value) {
            case "physical", "fysiek", "locatie", "nee": draft.locationType = .physical
            case "virtual", "online", "virtueel", "telefonisch", "ja": draft.locationType = .virtual
            default: warning(at, "\"\(value)\" is not a location type (physical/fysiek or virtual/online); left out")
            }
        case .kind: draft.kind = located
        case .status:
            let key = TaxonomyMapping.key(value)
            draft.status = Located(value: ["actief", "active", "ja"].contains(key) ? "active" : ["inactief", "inactive", "gestopt", "nee"].contains(key) ? "inactive" : value, at: at)
        case .schedule: draft.schedule = located
        case .languages: draft.languages += items.map { Located(value: $0, at: at) }
        case .accessibility: draft.accessibility = located
        case .free:
            switch TaxonomyMapping.key(value) {
            case "ja", "yes", "true", "gratis", "1": draft.free = Located(value: true, at: at)
            case "nee", "no", "false", "betaald", "0": draft.free = Located(value: false, at: at)
            default: warning(at, "\"\(value)\" is not ja or nee; whether it is free is left unknown")
            }
        case .feesDescription: draft.feesDescription = located
        case .applicationProcess: draft.applicationProcess = located
        case .whenToRefer: draft.whenToRefer = located
        case .minimumAge: draft.minimumAge = number(value)
        case .maximumAge: draft.maximumAge = number(value)
        case .assuredDate: draft.assuredDate = located
        case .lastModified: draft.lastModified = located
        case .categories, .domains, .targetGroups, .supportTypes, .access:
            for item in items { readCode(item, into: &draft, field: field, header: header, at: at) }
        }
    }

    /// A cell value through the mapping's `values`, or, for a facet column, as a code or label
    /// of that facet. An unknown value is reported with its row and column.
    mutating func readCode(_ item: String, into draft: inout ImportDraft, field: SpreadsheetMapping.Field, header: String, at: ImportLocation) {
        if let translation = mapping.values[header]?[TaxonomyMapping.key(item)] {
            for (facet, codes) in translation.codes { for code in codes { draft.addCode(facet, code, at: at) } }
            if let kind = translation.kind, draft.kind == nil { draft.kind = Located(value: kind.rawValue, at: at) }
            return
        }
        if let facet = field.facet,
            let term = taxonomy.terms(facet).first(where: { TaxonomyMapping.key($0.code) == TaxonomyMapping.key(item) || TaxonomyMapping.key($0.dutch) == TaxonomyMapping.key(item) })
        {
            draft.addCode(facet, term.code, at: at)
            return
        }
        warning(at, "unknown \(field == .categories ? "category" : field.facet?.dutchName ?? field.rawValue) \"\(item)\"; left out. Add it under `values:` → \"\(header)\" in \(mapping.file)")
    }
}
