import Foundation
import KaartModel
import Yams

/// What maintainers decided about records that look alike: `Indexer/duplicates.yaml`. Ids of
/// imported records are stable across re-imports, so a decision keeps holding until someone
/// removes it. `kaart duplicates merge` and `kaart duplicates distinct` write it.
public struct DuplicateDecisions: Sendable {
    public struct Decision: Hashable, Sendable {
        /// For a merge, the first id is the record that is kept.
        public var ids: [String]
        public var note: String?
        public var decided: Day?
        /// Where the decision is in the file, for diagnostics.
        public var line: Int?

        public init(ids: [String], note: String? = nil, decided: Day? = nil, line: Int? = nil) {
            self.ids = ids
            self.note = note
            self.decided = decided
            self.line = line
        }
    }

    public var merges: [Decision]
    public var distinct: [Decision]

    public init(merges: [Decision] = [], distinct: [Decision] = []) {
        self.merges = merges
        self.distinct = distinct
    }

    /// True when a maintainer said these two are different help.
    public func areDistinct(_ a: String, _ b: String) -> Bool {
        distinct.contains { $0.ids.contains(a) && $0.ids.contains(b) }
    }

    /// Reads the file; a missing file means no decisions yet.
    public static func load(from url: URL, display: String) throws -> DuplicateDecisions {
        guard FileManager.default.fileExists(atPath: url.path) else { return DuplicateDecisions() }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw ReferenceDataError.missing(url.path) }
        guard let root = try compose(yaml: text) else { return DuplicateDecisions() }
        func decisions(_ key: String) throws -> [Decision] {
            guard let node = root[key] else { return [] }
            if node.null != nil { return [] }
            guard let items = node.sequence else { throw ReferenceDataError.malformed(display, "`\(key):` must be a list of {ids: [a, b], note, decided}") }
            return try items.map { item in
                guard let ids = item["ids"]?.sequence?.compactMap(\.string), ids.count >= 2 else {
                    throw ReferenceDataError.malformed(display, "line \(item.mark?.line ?? 0): a decision needs `ids:` with at least two record ids")
                }
                return Decision(ids: ids, note: item["note"]?.string, decided: item["decided"]?.string.flatMap { Day($0) }, line: item.mark?.line)
            }
        }
        return DuplicateDecisions(merges: try decisions("merge"), distinct: try decisions("distinct"))
    }

    /// The file as `kaart duplicates` writes it: a fixed header, then each decision. Written to
    /// a temporary file and renamed, so a crash never leaves half a file.
    public func write(to url: URL) throws {
        func quote(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        func lines(_ key: String, _ list: [Decision]) -> [String] {
            guard !list.isEmpty else { return ["\(key): []"] }
            return ["\(key):"] + list.flatMap { decision -> [String] in
                var out = ["  - ids: [\(decision.ids.map(quote).joined(separator: ", "))]"]
                if let note = decision.note { out.append("    note: \(quote(note))") }
                if let decided = decision.decided { out.append("    decided: \(decided)") }
                return out
            }
        }
        let text = (Self.header + lines("merge", merges) + [""] + lines("distinct", distinct)).joined(separator: "\n") + "\n"
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).writing")
        try text.write(to: temporary, atomically: false, encoding: .utf8)
        guard rename(temporary.path, url.path) == 0 else {
            throw ReferenceDataError.malformed(url.path, "could not replace the file: \(String(cString: strerror(errno)))")
        }
    }

    static let header = [
        "# Decisions about records that look alike across sources (kaart duplicates).",
        "# merge: the records are the same help; the first id is kept and the others are folded into it",
        "#   with all their sources (their ids keep leading to it).",
        "# distinct: the records are different help, even though they look alike; never merged.",
        "# Ids of imported records stay the same on every re-import, so these decisions keep holding.",
        "# kaart duplicates merge / distinct write this file; edits by hand are fine, comments are not kept.",
        "",
    ]
}

extension DuplicateDecisions {
    /// Records that `ids` are the same help, keeping `ids[0]`. A newer decision wins: a
    /// "distinct" decision about any two of them is dropped. Returns what it replaced.
    @discardableResult
    public mutating func recordMerge(_ ids: [String], note: String?, on day: Day) -> [Decision] {
        let replaced = distinct.filter { decision in ids.contains { a in ids.contains { b in a != b && decision.ids.contains(a) && decision.ids.contains(b) } } }
        distinct.removeAll { replaced.contains($0) }
        merges.removeAll { $0.ids == ids }
        merges.append(Decision(ids: ids, note: note, decided: day))
        return replaced
    }

    /// Records that `a` and `b` are different help. A newer decision wins: `b` leaves any merge
    /// decision that holds both (and a merge left with one id goes). Returns what it changed.
    @discardableResult
    public mutating func recordDistinct(_ a: String, _ b: String, note: String?, on day: Day) -> [Decision] {
        var changed: [Decision] = []
        merges = merges.compactMap { decision in
            guard decision.ids.contains(a), decision.ids.contains(b) else { return decision }
            changed.append(decision)
            var kept = decision
            kept.ids.removeAll { $0 == (decision.ids.first == b ? a : b) }
            return kept.ids.count >= 2 ? kept : nil
        }
        if !areDistinct(a, b) { distinct.append(Decision(ids: [a, b], note: note, decided: day)) }
        return changed
    }
}
