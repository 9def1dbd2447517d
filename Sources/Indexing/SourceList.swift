import Foundation
import KaartModel
import Yams

/// One source the index is built from: the corpus, an HSDS export, or a spreadsheet export with
/// its mapping.
public struct SourceDefinition: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case corpus, hsds, csv
        /// An Open Referral HSDS API 3.0: `kaart sync` pages through `/services` or streams
        /// ndjson; the index reads the last accepted snapshot.
        case hsdsAPI = "hsds-api"
    }

    /// Short name: lower-case letters, digits and hyphens. Imported ids start with it.
    public var name: String
    public var format: Format
    /// The corpus folder, the HSDS file (or tabular package folder) or the CSV file.
    public var path: URL
    /// The spreadsheet mapping (`Indexer/sources/…yaml`), for `csv`.
    public var mapping: URL?
    /// Codes and kind that hold for every record of the source.
    public var defaults: TermTranslation
    /// The date a maintainer checked the source as a whole, for records that carry no date.
    public var assuredDate: Day?
    /// Where `kaart sync` fetches the source, and how; nil for a file in the repository. A
    /// remote source's `path` is its folder under `var/sources/`.
    public var remote: RemoteSource?

    public init(
        name: String, format: Format, path: URL, mapping: URL? = nil, defaults: TermTranslation = TermTranslation(),
        assuredDate: Day? = nil
    ) {
        self.name = name
        self.format = format
        self.path = path
        self.mapping = mapping
        self.defaults = defaults
        self.assuredDate = assuredDate
    }

    /// A name made from a file name: `Wegwijzer Overbetuwe.json` → `wegwijzer-overbetuwe`.
    public static func name(for path: URL) -> String {
        let base = path.pathExtension.isEmpty ? path.lastPathComponent : path.deletingPathExtension().lastPathComponent
        return String(ImportBuilder.slug(base == "datapackage" ? path.deletingLastPathComponent().lastPathComponent : base).prefix(24))
    }

    public static func isValidName(_ name: String) -> Bool {
        RecordDecoder.isValidID(name) && name.count <= 24
    }
}

/// `Indexer/sources.yaml`: the sources `kaart index` builds one index from, in order of trust
/// (when records are merged, the earlier source's fields win). Paths are relative to the
/// repository root, so a rebuild from the same files gives the same index.
public enum SourceList {
    /// `snapshots` is where `kaart sync` keeps each remote source's folder (`var/sources/`).
    public static func load(
        from url: URL, root repository: URL, corpus: URL, taxonomy: Taxonomy, display: String, snapshots: URL? = nil
    ) throws -> [SourceDefinition] {
        let snapshots = snapshots ?? repository.appendingPathComponent("var/sources", isDirectory: true)
        guard FileManager.default.fileExists(atPath: url.path) else {
            // Without a sources file the corpus is the only source, as before imports existed.
            return [SourceDefinition(name: "corpus", format: .corpus, path: corpus)]
        }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw ReferenceDataError.missing(url.path) }
        guard let root = try compose(yaml: text), let items = root["sources"]?.sequence else {
            throw ImportError.sources(display, "expected `sources:` with a list of {name, format, path}; see docs/interchange.md")
        }
        var names = Set<String>()
        return try items.map { item in
            let line = item.mark?.line ?? 0
            guard let name = item["name"]?.string, SourceDefinition.isValidName(name) else {
                throw ImportError.sources(display, "line \(line): every source needs a `name:` of lower-case letters, digits and hyphens (at most 24), like wegwijzer-overbetuwe")
            }
            guard names.insert(name).inserted else {
                throw ImportError.sources(display, "line \(line): the name \(name) is used twice; imported ids start with it, so it must be unique")
            }
            guard let formatText = item["format"]?.string, let format = SourceDefinition.Format(rawValue: formatText) else {
                throw ImportError.sources(display, "line \(line): `format:` is one of \(SourceDefinition.Format.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            func resolve(_ path: String) -> URL {
                path.hasPrefix("/") ? URL(fileURLWithPath: path) : URL(fileURLWithPath: path, relativeTo: repository).standardizedFileURL
            }
            var path: URL
            if let text = item["path"]?.string {
                if item["url"] != nil {
                    throw ImportError.sources(display, "line \(line): source \(name) has both `path:` and `url:`; a source is a file in the repository or an address kaart sync fetches, not both")
                }
                path = resolve(text)
            } else if format == .corpus {
                path = corpus
            } else if item["url"] != nil {
                path = snapshots.appendingPathComponent(name, isDirectory: true)
            } else if format == .hsdsAPI {
                throw ImportError.sources(display, "line \(line): source \(name) of format hsds-api needs `url:`, the API's base address (the part before /services)")
            } else {
                throw ImportError.sources(display, "line \(line): source \(name) needs `path:`, the file to import (relative to the repository), or `url:`, an address kaart sync fetches")
            }
            if format == .corpus, item["path"]?.string == "Corpus" { path = corpus }
            var mapping: URL?
            if format == .csv {
                guard let text = item["mapping"]?.string else {
                    throw ImportError.sources(display, "line \(line): a csv source needs `mapping:`, its mapping in Indexer/sources/")
                }
                mapping = resolve(text)
            }
            var assured: Day?
            if let text = item["assured_date"]?.string {
                guard let day = Day(text) else { throw ImportError.sources(display, "line \(line): assured_date \"\(text)\" is not a date (YYYY-MM-DD)") }
                assured = day
            }
            let defaults = try item["defaults"].map { try TermTranslation.parse($0, taxonomy: taxonomy, file: display) } ?? TermTranslation()
            var definition = SourceDefinition(name: name, format: format, path: path, mapping: mapping, defaults: defaults, assuredDate: assured)
            definition.remote = try RemoteSource.parse(item, name: name, format: format, line: line, display: display, resolve: resolve)
            if definition.remote != nil { definition.path = snapshots.appendingPathComponent(name, isDirectory: true) }
            return definition
        }
    }
}
