import Foundation
import KaartModel
import Yams

/// Where a value of an imported file is: file, line and column (a CSV cell's row and column),
/// and its path in the record (`phones[0].number`), so a diagnostic points at it.
struct ImportLocation: Hashable, Sendable {
    var file: String
    var line: Int?
    var column: Int?
    var path: String

    func appending(_ component: String) -> ImportLocation {
        var copy = self
        copy.path = path.isEmpty ? component : component.hasPrefix("[") ? path + component : path + "." + component
        return copy
    }
}

/// A JSON value of an HSDS record with the place each part came from. HSDS JSON files are read
/// into it (with line numbers), and so are the tables of a tabular package (with row and column),
/// so one reader handles both.
struct ImportNode: Sendable {
    indirect enum Value: Sendable {
        case object([(key: String, node: ImportNode)])
        case array([ImportNode])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
    }

    var value: Value
    var location: ImportLocation

    subscript(key: String) -> ImportNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.node
    }

    var keys: [String] {
        guard case .object(let members) = value else { return [] }
        return members.map(\.key)
    }

    var array: [ImportNode]? {
        if case .array(let items) = value { return items }
        return nil
    }

    var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// The text of a string (trimmed; nil when empty), or of a number written as text, as ids
    /// and codes sometimes are.
    var string: String? {
        switch value {
        case .string(let text):
            // Most values need no trimming; Foundation's trimming is slow enough to matter
            // when a sync reads a hundred thousand services.
            let scalars = text.unicodeScalars
            guard let first = scalars.first, let last = scalars.last else { return nil }
            let space = CharacterSet.whitespacesAndNewlines
            if !space.contains(first) && !space.contains(last) { return text }
            let trimmed = text.trimmingCharacters(in: space)
            return trimmed.isEmpty ? nil : trimmed
        case .number(let number):
            return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        default:
            return nil
        }
    }

    var number: Double? {
        switch value {
        case .number(let number): return number
        case .string(let text): return Double(text.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    var bool: Bool? {
        switch value {
        case .bool(let flag): return flag
        case .string(let text):
            switch text.lowercased() {
            case "true", "1", "yes", "ja": return true
            case "false", "0", "no", "nee": return false
            default: return nil
            }
        default: return nil
        }
    }

    /// Every leaf path under this node that holds a value, for the "fields not read" report.
    func leafPaths(prefix: String = "") -> [String] {
        switch value {
        case .object(let members):
            return members.flatMap { $0.node.leafPaths(prefix: prefix.isEmpty ? $0.key : prefix + "." + $0.key) }
        case .array(let items):
            return items.flatMap { $0.leafPaths(prefix: prefix + "[]") }
        case .null:
            return []
        case .string(let text):
            return text.trimmingCharacters(in: .whitespaces).isEmpty ? [] : [prefix]
        default:
            return [prefix]
        }
    }

    /// The value as plain JSON, to decode our own extension with `JSONDecoder`.
    var jsonObject: Any {
        switch value {
        case .object(let members):
            var dictionary: [String: Any] = [:]
            for member in members { dictionary[member.key] = member.node.jsonObject }
            return dictionary
        case .array(let items): return items.map(\.jsonObject)
        case .string(let text): return text
        case .number(let number): return number
        case .bool(let flag): return flag
        case .null: return NSNull()
        }
    }
}

extension ImportNode {
    /// Reads a JSON file. JSON is YAML's flow syntax, so Yams reads it with line and column;
    /// a file Yams refuses is read again by Foundation's JSON parser, without positions.
    static func parseJSON(_ data: Data, file: String) throws(ImportError) -> ImportNode {
        let root = ImportLocation(file: file, line: nil, column: nil, path: "")
        if let text = String(data: data, encoding: .utf8),
            let first = text.first(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }), first == "{" || first == "[",
            let node = try? Yams.compose(yaml: text)
        {
            return ImportNode(yaml: node, location: root)
        }
        do {
            let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return ImportNode(json: object, location: root)
        } catch {
            throw ImportError.unreadable(file, "it is not valid JSON (\(error.localizedDescription)); check that the export finished and is UTF-8")
        }
    }

    init(yaml node: Node, location: ImportLocation) {
        var here = location
        if let mark = node.mark {
            here.line = mark.line
            here.column = mark.column
        }
        switch node {
        case .mapping(let mapping):
            value = .object(mapping.map { key, child in
                let name = key.string ?? ""
                return (name, ImportNode(yaml: child, location: here.appending(name)))
            })
        case .sequence(let sequence):
            value = .array(sequence.enumerated().map { index, child in
                ImportNode(yaml: child, location: here.appending("[\(index)]"))
            })
        case .scalar(let scalar):
            if scalar.style == .plain {
                switch scalar.string {
                case "null", "~", "": value = .null
                case "true": value = .bool(true)
                case "false": value = .bool(false)
                default: value = Double(scalar.string).map(Value.number) ?? .string(scalar.string)
                }
            } else {
                value = .string(scalar.string)
            }
        case .alias:
            value = .null
        }
        self.location = here
    }

    init(json object: Any, location: ImportLocation) {
        self.location = location
        switch object {
        case let dictionary as [String: Any]:
            value = .object(dictionary.keys.sorted().map { key in (key, ImportNode(json: dictionary[key]!, location: location.appending(key))) })
        case let array as [Any]:
            value = .array(array.enumerated().map { ImportNode(json: $1, location: location.appending("[\($0)]")) })
        case let flag as Bool where !(object is NSNumber) || String(cString: (object as! NSNumber).objCType) == "c":
            value = .bool(flag)
        case let number as NSNumber:
            value = .number(number.doubleValue)
        case let text as String:
            value = .string(text)
        default:
            value = .null
        }
    }
}

/// A problem that stops an import altogether (the file cannot be read); problems with single
/// records are diagnostics instead.
public enum ImportError: Error, CustomStringConvertible {
    case unreadable(String, String)
    case mapping(String, String)
    case sources(String, String)

    public var description: String {
        switch self {
        case .unreadable(let file, let problem): "cannot import \(file): \(problem)"
        case .mapping(let file, let problem): "\(file): \(problem)"
        case .sources(let file, let problem): "\(file): \(problem)"
        }
    }
}
