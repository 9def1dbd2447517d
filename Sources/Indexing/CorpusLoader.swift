import Foundation
import KaartModel
import SearchIndex

/// Reads every record under `Corpus/`, checks it, and keeps the good ones.
public struct CorpusLoad: Sendable {
    public var records: [IndexContents.Record]
    public var diagnostics: [Diagnostic]
    public var fileCount: Int
    /// The line of each field, per record id: where a B1 warning points.
    public var fieldLines: [String: [String: Int]] = [:]

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

public enum CorpusLoader {
    /// Loads `directory` recursively. Paths in diagnostics are relative to `relativeTo`
    /// (the repository root) so an editor can open them.
    public static func load(
        directory: URL, reference: ReferenceData, today: Day, relativeTo base: URL? = nil
    ) throws -> CorpusLoad {
        guard FileManager.default.fileExists(atPath: directory.path) else {
            throw CorpusError.missingDirectory(directory.path)
        }
        let files = try yamlFiles(in: directory)
        var records: [IndexContents.Record] = []
        var diagnostics: [Diagnostic] = []
        var seen: [String: String] = [:]
        var fieldLines: [String: [String: Int]] = [:]
        for file in files {
            let display = relativePath(file, to: base ?? directory.deletingLastPathComponent())
            var decoder = RecordDecoder(file: display, reference: reference, today: today)
            let expectedID = file.deletingPathExtension().lastPathComponent
            guard let data = FileManager.default.contents(atPath: file.path),
                let text = String(data: data, encoding: .utf8)
            else {
                diagnostics.append(Diagnostic(.error, file: display, "cannot read this file as UTF-8 text; save it as UTF-8"))
                continue
            }
            let entry = decoder.decode(text, expectedID: expectedID)
            diagnostics += decoder.diagnostics
            guard let entry else { continue }
            if let first = seen[entry.id] {
                diagnostics.append(Diagnostic(.error, file: display, line: 1, field: "id", "duplicate id \"\(entry.id)\": \(first) has it too; ids must be unique"))
                continue
            }
            seen[entry.id] = display
            fieldLines[entry.id] = decoder.fieldLines
            records.append(.init(entry: entry, sourceFile: display))
        }
        return CorpusLoad(records: records, diagnostics: diagnostics, fileCount: files.count, fieldLines: fieldLines)
    }

    static func yamlFiles(in directory: URL) throws -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: directory.resolvingSymlinksInPath(), includingPropertiesForKeys: nil) else {
            return []
        }
        var files: [URL] = []
        for case let url as URL in enumerator where ["yaml", "yml"].contains(url.pathExtension) {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }

    public static func relativePath(_ file: URL, to base: URL) -> String {
        let path = file.standardizedFileURL.path
        let prefix = base.standardizedFileURL.path + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}

public enum CorpusError: Error, CustomStringConvertible {
    case missingDirectory(String)
    public var description: String {
        switch self {
        case .missingDirectory(let path):
            "there is no corpus folder at \(path). Run kaart from the repository root, or pass --corpus."
        }
    }
}
