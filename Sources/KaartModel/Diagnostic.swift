/// A problem found in input data, with where it is and what to do about it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    public var file: String
    public var line: Int?
    /// The column in a table (CSV), counted from 1.
    public var column: Int?
    public var field: String?
    public var message: String

    public init(
        _ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, field: String? = nil,
        _ message: String
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `Corpus/x.yaml:12: error: phones: …` (or `file.csv:12:5: …` with a column), the shape
    /// compilers use so editors can jump to it.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if line != nil, let column { location += ":\(column)" }
        let field = self.field.map { "\($0): " } ?? ""
        return "\(location): \(severity.rawValue): \(field)\(message)"
    }
}
