import Foundation
import KaartModel

/// The HSDS tabular data package (`datapackage.json` with one CSV file per table), joined back
/// into nested services so the same reader reads it. Every cell keeps its file, row and column.
struct HSDSTabular {
    let folder: URL
    /// How files are named in diagnostics (relative to the repository).
    let display: (URL) -> String
    private(set) var diagnostics: [Diagnostic] = []
    /// Tables in the package that hold nothing our records have (contacts, funding …).
    private(set) var unreadTables: [String] = []
    private var tables: [String: CSVTable] = [:]

    init(folder: URL, display: @escaping (URL) -> String) {
        self.folder = folder
        self.display = display
    }

    /// The tables HSDS defines that hold something we read.
    static let tableNames = [
        "services", "organizations", "service_at_locations", "locations", "addresses", "phones", "schedules",
        "service_areas", "languages", "cost_options", "attributes", "taxonomy_terms", "taxonomies", "accessibility",
    ]

    /// Finds each table's file through `datapackage.json` (its `resources`), or by its standard
    /// name when the descriptor is missing or unreadable.
    mutating func load() throws(ImportError) {
        var paths: [String: URL] = [:]
        let descriptor = folder.appendingPathComponent("datapackage.json")
        if let data = FileManager.default.contents(atPath: descriptor.path) {
            if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let resources = object["resources"] as? [[String: Any]]
            {
                for resource in resources {
                    guard let path = resource["path"] as? String else { continue }
                    let name = (resource["name"] as? String) ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                    paths[Self.normalise(name)] = folder.appendingPathComponent(path)
                }
            } else {
                let text = String(decoding: data.prefix(80), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                diagnostics.append(Diagnostic(
                    .warning, file: display(descriptor),
                    "not a Data Package descriptor (it reads \"\(text)\", perhaps a symbolic link stored as text); the tables are found by their standard HSDS file names"))
            }
        }
        for name in Self.tableNames where paths[name] == nil {
            for candidate in [name, name == "service_at_locations" ? "service_at_location" : name] {
                let url = folder.appendingPathComponent("\(candidate).csv")
                if FileManager.default.fileExists(atPath: url.path) { paths[name] = url }
            }
        }
        guard let services = paths["services"] else {
            throw ImportError.unreadable(display(folder), "there is no services.csv (nor a datapackage.json resource for it); an HSDS tabular package needs one")
        }
        paths["services"] = services
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let used = Set(paths.values.map(\.lastPathComponent))
        unreadTables = files.filter { $0.hasSuffix(".csv") && !used.contains($0) }.sorted()
        for (name, url) in paths where Self.tableNames.contains(name) {
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw ImportError.unreadable(display(url), "cannot read it as UTF-8 text")
            }
            tables[name] = try CSVTable(text: text, file: display(url), delimiter: ",")
        }
    }

    static func normalise(_ name: String) -> String {
        name == "service_at_location" ? "service_at_locations" : name
    }

    /// A row of a table as an object node whose fields point at their cells.
    func node(_ table: CSVTable, _ row: CSVTable.Row) -> ImportNode {
        let location = ImportLocation(file: table.file, line: row.line, column: nil, path: "")
        var members: [(key: String, node: ImportNode)] = []
        for (index, name) in table.header.enumerated() {
            let cellLocation = ImportLocation(file: table.file, line: row.line, column: index + 1, path: name)
            let value = index < row.cells.count ? row.cells[index] : ""
            members.append((name, ImportNode(value: value.isEmpty ? .null : .string(value), location: cellLocation)))
        }
        return ImportNode(value: .object(members), location: location)
    }

    func rows(_ table: String, where column: String, is value: String) -> [ImportNode] {
        guard let table = tables[table], let index = table.column(column) else { return [] }
        return table.rows.filter { table.cell($0, index) == value }.map { node(table, $0) }
    }

    func adding(_ base: ImportNode, _ extra: [(String, ImportNode.Value)]) -> ImportNode {
        guard case .object(var members) = base.value else { return base }
        for (key, value) in extra {
            members.removeAll { $0.key == key }
            members.append((key, ImportNode(value: value, location: base.location.appending(key))))
        }
        return ImportNode(value: .object(members), location: base.location)
    }

    /// Every service with what links to it, nested as in HSDS JSON. Links that point nowhere
    /// (an attribute of a service that is not there) are warnings: the data is incomplete.
    mutating func services() -> [ImportNode] {
        guard let services = tables["services"] else { return [] }
        var serviceIDs = Set<String>()
        if let column = services.column("id") { for row in services.rows { if let id = services.cell(row, column) { serviceIDs.insert(id) } } }
        checkLinks(serviceIDs: serviceIDs)
        return services.rows.map { row in
            let service = node(services, row)
            guard let id = service["id"]?.string else { return service }
            var extra: [(String, ImportNode.Value)] = []
            if let organizationID = service["organization_id"]?.string {
                if let organization = rows("organizations", where: "id", is: organizationID).first {
                    extra.append(("organization", organization.value))
                } else {
                    warning(service["organization_id"]!, "organization \(organizationID) is not in organizations.csv; the organization is left out")
                }
            }
            extra.append(("phones", .array(rows("phones", where: "service_id", is: id))))
            extra.append(("schedules", .array(rows("schedules", where: "service_id", is: id))))
            extra.append(("service_areas", .array(rows("service_areas", where: "service_id", is: id))))
            extra.append(("languages", .array(rows("languages", where: "service_id", is: id))))
            extra.append(("cost_options", .array(rows("cost_options", where: "service_id", is: id))))
            extra.append(("attributes", .array(attributes(linkedTo: id))))
            var links: [ImportNode] = []
            for link in rows("service_at_locations", where: "service_id", is: id) {
                guard let locationID = link["location_id"]?.string else { continue }
                guard let location = rows("locations", where: "id", is: locationID).first else {
                    warning(link["location_id"]!, "location \(locationID) is not in locations.csv; this place is left out")
                    continue
                }
                let nested = adding(location, [
                    ("addresses", .array(rows("addresses", where: "location_id", is: locationID))),
                    ("accessibility", .array(rows("accessibility", where: "location_id", is: locationID))),
                    ("phones", .array(rows("phones", where: "location_id", is: locationID))),
                    ("languages", .array(rows("languages", where: "location_id", is: locationID))),
                    ("schedules", .array(rows("schedules", where: "location_id", is: locationID))),
                ])
                links.append(adding(link, [("location", nested.value)]))
            }
            extra.append(("service_at_locations", .array(links)))
            return adding(service, extra)
        }
    }

    /// Attributes of a service, each with its taxonomy term (and the term's taxonomy) joined in.
    func attributes(linkedTo id: String) -> [ImportNode] {
        rows("attributes", where: "link_id", is: id).map { attribute in
            guard let termID = attribute["taxonomy_term_id"]?.string,
                var term = rows("taxonomy_terms", where: "id", is: termID).first
            else { return attribute }
            if let taxonomyID = term["taxonomy_id"]?.string, let taxonomy = rows("taxonomies", where: "id", is: taxonomyID).first {
                term = adding(term, [("taxonomy_detail", taxonomy.value)])
            }
            return adding(attribute, [("taxonomy_term", term.value)])
        }
    }

    /// Attributes whose `link_id` matches no service, and terms that are not there.
    mutating func checkLinks(serviceIDs: Set<String>) {
        guard let attributes = tables["attributes"], let link = attributes.column("link_id") else { return }
        var known = serviceIDs
        for table in ["locations", "organizations", "service_at_locations"] {
            guard let t = tables[table], let column = t.column("id") else { continue }
            for row in t.rows { if let id = t.cell(row, column) { known.insert(id) } }
        }
        for row in attributes.rows {
            guard let id = attributes.cell(row, link) else { continue }
            if !known.contains(id) {
                diagnostics.append(Diagnostic(
                    .warning, file: attributes.file, line: row.line, column: link, field: "link_id",
                    "\(id) matches no service, location or organization in this package; this attribute (and its taxonomy term) is not read"))
            }
        }
    }

    mutating func warning(_ node: ImportNode, _ message: String) {
        let at = node.location
        diagnostics.append(Diagnostic(.warning, file: at.file, line: at.line, column: at.column, field: at.path, message))
    }
}
