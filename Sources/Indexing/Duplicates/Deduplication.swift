import Foundation
import KaartModel
import SearchIndex

/// Records folded into one, and why.
public struct MergeGroup: Hashable, Sendable {
    public var kept: String
    public var merged: [String]
    /// True when no maintainer decided it: same name and a shared contact fact, across sources.
    public var automatic: Bool

    public init(kept: String, merged: [String], automatic: Bool) {
        self.kept = kept
        self.merged = merged
        self.automatic = automatic
    }
}

/// The records after merging, and what was merged.
public struct DeduplicationResult: Sendable {
    public var records: [IndexContents.Record]
    public var groups: [MergeGroup]
    /// Every candidate pair found, before decisions.
    public var candidates: [DuplicateCandidate]
    /// Candidates nobody decided about and that were not merged automatically: `kaart duplicates`.
    public var open: [DuplicateCandidate]
    public var diagnostics: [Diagnostic]
}

/// Merges duplicates so search never shows the same help twice: a merged record is written to
/// the index once, with the fields of the most trusted source, the gaps filled from the others,
/// and every source and origin kept.
public enum Deduplication {
    public static func run(
        _ records: [IndexContents.Record], decisions: DuplicateDecisions, decisionsFile: String, sourceOrder: [String]
    ) -> DeduplicationResult {
        let rank = Dictionary(uniqueKeysWithValues: sourceOrder.enumerated().map { ($1, $0) })
        let candidates = DuplicateFinder.candidates(records, sourceRank: rank)
        var diagnostics: [Diagnostic] = []
        let index = Dictionary(records.enumerated().map { ($1.entry.id, $0) }, uniquingKeysWith: { first, _ in first })

        // Union-find over record positions.
        var parent = Array(records.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var chosenPrimary: [Int: Int] = [:]
        var decided = Set<Int>()
        for decision in decisions.merges {
            let known = decision.ids.filter { id in
                guard index[id] != nil else {
                    diagnostics.append(Diagnostic(
                        .warning, file: decisionsFile, line: decision.line, field: "merge",
                        "no record has the id \(id) (any more); remove it from this decision, or check the source it came from"))
                    return false
                }
                return true
            }
            let conflicting = zip(known, known.dropFirst()).contains { decisions.areDistinct($0, $1) }
                || known.contains { a in known.contains { b in a != b && decisions.areDistinct(a, b) } }
            if conflicting {
                diagnostics.append(Diagnostic(
                    .error, file: decisionsFile, line: decision.line, field: "merge",
                    "\(known.joined(separator: ", ")) are also marked distinct; keep one of the two decisions. Not merged"))
                continue
            }
            guard known.count >= 2 else { continue }
            let positions = known.map { index[$0]! }
            let primary = positions[0]
            for position in positions.dropFirst() {
                let root = find(position), target = find(primary)
                if root != target { parent[root] = target }
            }
            if chosenPrimary[find(primary)] == nil { chosenPrimary[find(primary)] = primary }
            decided.formUnion(positions)
        }
        var open: [DuplicateCandidate] = []
        for candidate in candidates {
            guard let a = index[candidate.first], let b = index[candidate.second] else { continue }
            if decisions.areDistinct(candidate.first, candidate.second) { continue }
            if find(a) == find(b) { continue }
            if candidate.isCertain {
                let (ra, rb) = (find(a), find(b))
                let primary = chosenPrimary[ra] ?? chosenPrimary[rb]
                parent[rb] = ra
                if let primary { chosenPrimary[ra] = primary }
            } else {
                open.append(candidate)
            }
        }

        // Collect groups in the records' order, which is the sources' order of trust.
        var members: [Int: [Int]] = [:]
        for position in records.indices { members[find(position), default: []].append(position) }
        var groups: [MergeGroup] = []
        var result: [IndexContents.Record] = []
        for position in records.indices where find(position) == position || members[find(position)]!.first == position {
            let group = members[find(position)]!
            guard group.first == position else { continue }
            if group.count == 1 {
                result.append(records[position])
                continue
            }
            let primary = chosenPrimary[find(position)] ?? group.min { a, b in
                let ra = rank[records[a].origins.first?.source ?? ""] ?? Int.max
                let rb = rank[records[b].origins.first?.source ?? ""] ?? Int.max
                return ra != rb ? ra < rb : records[a].entry.id < records[b].entry.id
            }!
            let others = group.filter { $0 != primary }.map { records[$0] }
            result.append(merge(records[primary], others))
            groups.append(MergeGroup(
                kept: records[primary].entry.id, merged: others.map(\.entry.id),
                automatic: !group.contains(where: decided.contains)))
        }
        open = open.filter { candidate in
            guard let a = index[candidate.first], let b = index[candidate.second] else { return false }
            return find(a) != find(b)
        }
        return DeduplicationResult(records: result, groups: groups, candidates: candidates, open: open, diagnostics: diagnostics)
    }

    static func rank(_ precision: Entry.LocationPrecision) -> Int {
        switch precision {
        case .none: 0
        case .municipality: 1
        case .place: 2
        case .postcode: 3
        case .address: 4
        }
    }

    /// The primary record with the others folded in: its own fields win; what it lacks comes
    /// from the others in order; lists are joined; every source, origin and id is kept.
    static func merge(_ primary: IndexContents.Record, _ others: [IndexContents.Record]) -> IndexContents.Record {
        var record = primary
        var entry = primary.entry
        for other in others.map(\.entry) {
            entry.alternateName = entry.alternateName ?? (other.name != entry.name ? other.name : other.alternateName)
            entry.summaryB1 = entry.summaryB1 ?? other.summaryB1
            entry.organization = entry.organization ?? other.organization
            entry.url = entry.url ?? other.url
            entry.email = entry.email ?? other.email
            let known = Set(entry.phones.map { ImportBuilder.phoneKey($0.number) })
            entry.phones += other.phones.filter { !known.contains(ImportBuilder.phoneKey($0.number)) }
            // A more precise place from another source is taken whole (address, municipality,
            // point), never mixed with the primary's: the source that gives it vouches for it.
            if entry.locationType == other.locationType, Self.rank(other.locationPrecision) > Self.rank(entry.locationPrecision),
                entry.municipality == nil || entry.municipality == other.municipality
            {
                entry.address = other.address
                entry.municipality = other.municipality
                entry.coordinate = other.coordinate
                entry.locationPrecision = other.locationPrecision
            }
            if !entry.servesWholeCountry {
                if other.servesWholeCountry && !entry.isRestrictedToArea { entry.servesWholeCountry = other.servesWholeCountry }
                for area in other.serviceArea where !entry.serviceArea.contains(area) && entry.isRestrictedToArea { entry.serviceArea.append(area) }
            }
            entry.schedule = entry.schedule ?? other.schedule
            entry.languages += other.languages.filter { !entry.languages.contains($0) }
            entry.accessibility = entry.accessibility ?? other.accessibility
            entry.free = entry.free ?? other.free
            entry.feesDescription = entry.feesDescription ?? other.feesDescription
            entry.applicationProcess = entry.applicationProcess ?? other.applicationProcess
            entry.minimumAge = entry.minimumAge ?? other.minimumAge
            entry.maximumAge = entry.maximumAge ?? other.maximumAge
            entry.domains += other.domains.filter { !entry.domains.contains($0) }
            let groups = other.targetGroups.filter { !entry.targetGroups.contains($0) && $0 != "iedereen" }
            if !groups.isEmpty {
                entry.targetGroups = entry.targetGroups.filter { $0 != "iedereen" } + groups
            }
            entry.supportTypes += other.supportTypes.filter { !entry.supportTypes.contains($0) }
            entry.access = entry.access ?? other.access
            entry.line = entry.line ?? other.line
            entry.formal = entry.formal ?? other.formal
            entry.crisis = entry.crisis || other.crisis
            entry.sector = entry.sector ?? other.sector
            entry.whenToRefer = entry.whenToRefer ?? other.whenToRefer
            entry.slimverwijzen = entry.slimverwijzen ?? other.slimverwijzen
            entry.waitingTimes = entry.waitingTimes ?? other.waitingTimes
            entry.sources += other.sources.filter { !entry.sources.contains($0) }
            entry.lastModified = [entry.lastModified, other.lastModified, (other.assuredDate ?? .distantPast) > (entry.assuredDate ?? .distantPast) ? other.assuredDate : nil]
                .compactMap { $0 }.max()
        }
        record.entry = entry
        record.origins = primary.origins + others.flatMap(\.origins)
        record.aliases = primary.aliases + others.flatMap { [$0.entry.id] + $0.aliases }
        record.alsoKnownAs = primary.alsoKnownAs + others.flatMap { [$0.entry.name] + $0.alsoKnownAs }.filter { $0 != entry.name }
        return record
    }
}
