import Foundation
import KaartModel

/// What filtering and ranking need of every record, packed at index time and held in memory
/// while searching. A search decides kind, facets, ages, place and freshness from this table and
/// reads full records only for the hits it shows, so a word that matches half the country costs
/// a pass over an array, not a row fetch per match.
struct CandidateTable: Sendable {
    /// One record, indexed by `rowid - 1` (the writer inserts rowids 1...n in order).
    struct Record: Sendable {
        var latitude: Double = .nan
        var longitude: Double = .nan
        var domains: UInt64 = 0
        var targetGroups: UInt64 = 0
        var supportTypes: UInt64 = 0
        var areaStart: UInt32 = 0
        var languageStart: UInt32 = 0
        /// Position of the name in `localizedStandardCompare` order; equal names share a rank.
        var nameRank: UInt32 = 0
        /// The assured date as yyyymmdd; 0 when unknown.
        var assured: UInt32 = 0
        var areaCount: UInt16 = 0
        var languageCount: UInt16 = 0
        var minimumAge: Int16 = -1
        var maximumAge: Int16 = -1
        /// 0 for none, else the access code's bit + 1.
        var access: UInt8 = 0
        var kind: UInt8 = 0
        var flags: UInt8 = 0

        static let active: UInt8 = 1, isVirtual: UInt8 = 2, wholeCountry: UInt8 = 4, restricted: UInt8 = 8
        static let freeKnown: UInt8 = 16, free: UInt8 = 32

        @inline(__always) func has(_ flag: UInt8) -> Bool { flags & flag != 0 }
        @inline(__always) var hasCoordinate: Bool { !latitude.isNaN }
    }

    /// The facets held as bit masks (at most 64 codes each), with their codes in bit order.
    static let maskFacets = ["domains", "target_groups", "support_types", "access"]
    static let knowledgeKind = UInt8(Entry.Kind.allCases.firstIndex(of: .knowledge)!)

    var records: [Record] = []
    /// Service-area municipalities (and the record's own), as positions in `areaNames`.
    var areas: [UInt16] = []
    var areaNames: [String] = []
    var languages: [UInt16] = []
    var languageNames: [String] = []
    var codes: [String: [String]] = [:]
    /// Opening hours of the records that have them, by position: only the "open" filter reads them.
    var schedules: [Int32: [Schedule]] = [:]
    /// The parts of `records` every pass reads, as columns; derived on open.
    private(set) var columns = Columns(records: [])

    var count: Int { records.count }

    // MARK: Writing

    /// Builds the table as the writer inserts records.
    struct Builder {
        var table = CandidateTable()
        var names: [String] = []
        private var areaNames = Interner<String>()
        private var languageNames = Interner<String>()
        private var codeBits: [String: [String: Int]] = [:]

        init() {
            for facet in CandidateTable.maskFacets { table.codes[facet] = [] }
        }

        private mutating func bit(_ facet: String, _ code: String) throws -> Int {
            if let bit = codeBits[facet]?[code] { return bit }
            let bit = table.codes[facet]!.count
            guard bit < 64 else { throw IndexError.tooManyCodes(facet: facet) }
            table.codes[facet]!.append(code)
            codeBits[facet, default: [:]][code] = bit
            return bit
        }

        private mutating func mask(_ facet: String, _ codes: [String]) throws -> UInt64 {
            var mask: UInt64 = 0
            for code in codes { mask |= 1 << UInt64(try bit(facet, code)) }
            return mask
        }

        private static func id(_ name: String, in names: inout Interner<String>) throws -> UInt16 {
            guard let id = UInt16(exactly: names.number(name).number) else { throw IndexError.tooManyCodes(facet: "area/language") }
            return id
        }

        mutating func append(_ entry: Entry, areas: [String], minimumAge: Int?, maximumAge: Int?) throws {
            var r = Record()
            if let c = entry.coordinate {
                r.latitude = c.latitude
                r.longitude = c.longitude
            }
            r.domains = try mask("domains", entry.domains)
            r.targetGroups = try mask("target_groups", entry.targetGroups)
            r.supportTypes = try mask("support_types", entry.supportTypes)
            r.access = try entry.access.map { UInt8(try bit("access", $0) + 1) } ?? 0
            r.kind = UInt8(Entry.Kind.allCases.firstIndex(of: entry.kind)!)
            // An unknown date is older than any cutoff: "mogelijk verouderd".
            r.assured = entry.assuredDate.map { UInt32($0.packed) } ?? 0
            r.minimumAge = minimumAge.map { Int16(clamping: $0) } ?? -1
            r.maximumAge = maximumAge.map { Int16(clamping: $0) } ?? -1
            var flags: UInt8 = 0
            // Residents' searches list only running services meant for them.
            if entry.status == .active && entry.audience == .everyone { flags |= Record.active }
            if entry.locationType == .virtual { flags |= Record.isVirtual }
            if entry.servesWholeCountry { flags |= Record.wholeCountry }
            if entry.isRestrictedToArea { flags |= Record.restricted }
            if let free = entry.free { flags |= Record.freeKnown | (free ? Record.free : 0) }
            r.flags = flags
            r.areaStart = UInt32(table.areas.count)
            for area in areas { table.areas.append(try Self.id(area, in: &areaNames)) }
            r.areaCount = UInt16(clamping: areas.count)
            r.languageStart = UInt32(table.languages.count)
            for language in entry.languages {
                table.languages.append(try Self.id(language, in: &languageNames))
            }
            r.languageCount = UInt16(clamping: entry.languages.count)
            if !entry.schedules.isEmpty {
                table.schedules[Int32(table.records.count)] = entry.schedules.map { var s = $0; s.note = nil; return s }
            }
            table.records.append(r)
            names.append(entry.name)
        }

        /// The finished table, with name ranks in `localizedStandardCompare` order, the order
        /// results with equal scores are listed in.
        mutating func finish() -> CandidateTable {
            table.areaNames = areaNames.values
            table.languageNames = languageNames.values
            for (index, rank) in Self.nameRanks(names).enumerated() { table.records[index].nameRank = rank }
            return table
        }

        /// Sorting 100,000 names with `localizedStandardCompare` alone costs seconds; a cheap
        /// folded key puts them almost in order first, and the (adaptive) sort then needs about
        /// one comparison per name to get the exact order.
        static func nameRanks(_ names: [String]) -> [UInt32] {
            let keys = names.map { $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) }
            var order = Array(names.indices).sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
            order.sort { names[$0].localizedStandardCompare(names[$1]) == .orderedAscending }
            var ranks = [UInt32](repeating: 0, count: names.count)
            var rank: UInt32 = 0
            for (position, index) in order.enumerated() {
                if position > 0 && names[order[position - 1]].localizedStandardCompare(names[index]) != .orderedSame {
                    rank += 1
                }
                ranks[index] = rank
            }
            return ranks
        }
    }

    // MARK: Storing

    /// The layout of `Record` is part of the file format: an index written by a build with
    /// another layout is refused rather than misread.
    static var layoutSignature: String { "record-\(MemoryLayout<Record>.stride)-\(MemoryLayout<Record>.alignment)" }

    /// The records' bytes with the padding after each record's last field zeroed: Swift leaves
    /// it as it was in memory, and the same records gave a different file on every build.
    func recordBytes() -> Data {
        var bytes = records.withUnsafeBytes { Data($0) }
        let stride = MemoryLayout<Record>.stride
        let used = MemoryLayout<Record>.offset(of: \Record.flags)! + MemoryLayout<UInt8>.size
        if used < stride {
            for index in records.indices { bytes.resetBytes(in: (index * stride + used)..<((index + 1) * stride)) }
        }
        return bytes
    }

    /// The table as blobs, keyed for the `search_data` table.
    func encoded() throws -> [(String, Data)] {
        let encoder = IndexWriter.jsonEncoder()
        // Keyed by the position as text, so sorted keys give the same bytes on every build.
        let schedules = Dictionary(uniqueKeysWithValues: self.schedules.map { (String($0.key), $0.value) })
        return [
            ("layout", Data(Self.layoutSignature.utf8)),
            ("records", recordBytes()),
            ("areas", areas.withUnsafeBytes { Data($0) }),
            ("area_names", try encoder.encode(areaNames)),
            ("languages", languages.withUnsafeBytes { Data($0) }),
            ("language_names", try encoder.encode(languageNames)),
            ("codes", try encoder.encode(codes)),
            ("schedules", try encoder.encode(schedules)),
        ]
    }

    init() {}

    /// Reads the blobs the writer stored.
    init(blobs: [String: Data]) throws {
        func blob(_ key: String) throws -> Data {
            guard let data = blobs[key] else { throw IndexError.corrupt(what: "search_data has no \(key)") }
            return data
        }
        guard String(decoding: try blob("layout"), as: UTF8.self) == Self.layoutSignature else {
            throw IndexError.corrupt(what: "search_data was written with another record layout")
        }
        records = Self.array(try blob("records"))
        areas = Self.array(try blob("areas"))
        areaNames = try JSONDecoder().decode([String].self, from: try blob("area_names"))
        languages = Self.array(try blob("languages"))
        languageNames = try JSONDecoder().decode([String].self, from: try blob("language_names"))
        codes = try JSONDecoder().decode([String: [String]].self, from: try blob("codes"))
        let schedules = try JSONDecoder().decode([String: [Schedule]].self, from: try blob("schedules"))
        self.schedules = Dictionary(uniqueKeysWithValues: try schedules.map { key, value in
            guard let position = Int32(key) else { throw IndexError.corrupt(what: "search_data schedules") }
            return (position, value)
        })
        columns = Columns(records: records, areas: areas, areaCount: areaNames.count)
    }

    static func array<T>(_ data: Data) -> [T] {
        let count = data.count / MemoryLayout<T>.stride
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBytes { raw in
                if count > 0 { _ = memcpy(buffer.baseAddress!, raw.baseAddress!, count * MemoryLayout<T>.stride) }
            }
            initialized = count
        }
    }

    // MARK: Reading

    /// What a pass over matches reads of every record, one column each, apart from the 72-byte
    /// `Record`s. A common word matches 60,000 records; read as whole records they do not stay
    /// in the cache, and waiting on memory was half the time of such a search. A pass reads a
    /// `Record` only for a filter the columns cannot decide and for the few hits that may be shown.
    /// Allocated once on open and never written after, so it is shared between threads as is.
    final class Columns: @unchecked Sendable {
        /// Per record: `Record.flags`, `placed` when it has a coordinate, and `kind << 8`.
        let heads: UnsafeMutableBufferPointer<UInt16>
        let domains: UnsafeMutableBufferPointer<UInt64>
        let targetGroups: UnsafeMutableBufferPointer<UInt64>
        let supportTypes: UnsafeMutableBufferPointer<UInt64>
        /// What ranking a hit reads, so that ties (common in one-word searches) cost no record.
        let assured: UnsafeMutableBufferPointer<UInt32>
        let nameRanks: UnsafeMutableBufferPointer<UInt32>
        /// The age bounds (`ages(minimum:maximum:)`), so an age filter reads no record: reading
        /// each match's 72-byte record, all over memory, was most of a search for "mijn zoon van
        /// 15 …" and its 19,000 matches.
        let ages: UnsafeMutableBufferPointer<UInt32>
        /// Where each record is (meaningless without `placed`): a search near a point reads 16
        /// bytes per match for its distance, four to a cache line, not the 72-byte record.
        let coordinates: UnsafeMutableBufferPointer<Coordinate>
        /// Per municipality (position in `areaNames`), the records that name it as a service area,
        /// ascending: a search near a point marks them once instead of reading every match's list.
        let servedBy: [[Int32]]
        /// The section an active record is listed in (`Section`), 0 for an inactive one.
        let sections: UnsafeMutableBufferPointer<UInt8>

        /// Where a record is listed when no place was given.
        enum Section {
            static let none: UInt8 = 0, local: UInt8 = 1, online: UInt8 = 2, knowledge: UInt8 = 3
        }

        static let placed: UInt16 = 64

        init(records: [Record], areas: [UInt16] = [], areaCount: Int = 0) {
            heads = .allocate(capacity: records.count)
            domains = .allocate(capacity: records.count)
            targetGroups = .allocate(capacity: records.count)
            supportTypes = .allocate(capacity: records.count)
            assured = .allocate(capacity: records.count)
            nameRanks = .allocate(capacity: records.count)
            ages = .allocate(capacity: records.count)
            coordinates = .allocate(capacity: records.count)
            sections = .allocate(capacity: records.count)
            var servedBy = [[Int32]](repeating: [], count: areaCount)
            for (i, r) in records.enumerated() {
                for a in Int(r.areaStart)..<Int(r.areaStart) + Int(r.areaCount) where servedBy[Int(areas[a])].last != Int32(i) {
                    servedBy[Int(areas[a])].append(Int32(i))
                }
                heads[i] = UInt16(r.flags) | (r.hasCoordinate ? Self.placed : 0) | UInt16(r.kind) << 8
                domains[i] = r.domains
                targetGroups[i] = r.targetGroups
                supportTypes[i] = r.supportTypes
                assured[i] = r.assured
                nameRanks[i] = r.nameRank
                ages[i] = Self.ages(minimum: r.minimumAge, maximum: r.maximumAge)
                coordinates.initializeElement(at: i, to: Coordinate(latitude: r.latitude, longitude: r.longitude))
                sections[i] = !r.has(Record.active) ? Section.none
                    : r.kind == CandidateTable.knowledgeKind ? Section.knowledge
                    : r.has(Record.isVirtual) ? Section.online : Section.local
            }
            self.servedBy = servedBy
        }

        deinit {
            heads.deallocate()
            domains.deallocate()
            targetGroups.deallocate()
            supportTypes.deallocate()
            assured.deallocate()
            nameRanks.deallocate()
            ages.deallocate()
            coordinates.deallocate()
            sections.deallocate()
        }

        @inline(__always) static func has(_ head: UInt16, _ flag: UInt8) -> Bool { head & UInt16(flag) != 0 }

        /// A record's age bounds in one word: the minimum in the high half, the maximum in the
        /// low half, each as `Record` keeps it (-1: no bound).
        static func ages(minimum: Int16, maximum: Int16) -> UInt32 {
            UInt32(UInt16(bitPattern: minimum)) << 16 | UInt32(UInt16(bitPattern: maximum))
        }

        /// True when a record with `ages` is for someone of `age`.
        @inline(__always) static func admits(_ ages: UInt32, age: Int) -> Bool {
            let minimum = Int16(bitPattern: UInt16(truncatingIfNeeded: ages >> 16))
            let maximum = Int16(bitPattern: UInt16(truncatingIfNeeded: ages))
            return !(minimum >= 0 && Int(minimum) > age) && !(maximum >= 0 && Int(maximum) < age)
        }
        @inline(__always) static func kind(_ head: UInt16) -> UInt8 { UInt8(truncatingIfNeeded: head >> 8) }
    }

    /// The arrays a filter reads beyond the columns (records, their service areas and
    /// languages), for the length of `body`.
    func withBuffers<T>(
        _ body: (UnsafeBufferPointer<Record>, UnsafeBufferPointer<UInt16>, UnsafeBufferPointer<UInt16>) -> T
    ) -> T {
        records.withUnsafeBufferPointer { records in
            areas.withUnsafeBufferPointer { areas in
                languages.withUnsafeBufferPointer { languages in body(records, areas, languages) }
            }
        }
    }

    /// The bits of `wanted` codes in a facet; codes the index never saw have none.
    func mask(_ facet: String, _ wanted: [String]) -> UInt64 {
        guard let list = codes[facet] else { return 0 }
        var mask: UInt64 = 0
        for code in wanted { if let bit = list.firstIndex(of: code) { mask |= 1 << UInt64(bit) } }
        return mask
    }
}

/// A set of candidate-table positions, one bit each: what a pass asks once per match. An
/// empty set (made without a count) holds nothing.
struct RecordBits {
    private var words: [UInt64] = []

    init() {}
    init(count: Int) { words = [UInt64](repeating: 0, count: count / 64 + 1) }

    mutating func insert(_ i: Int32) { words[Int(i) >> 6] |= 1 << UInt64(Int(i) & 63) }

    @inline(__always)
    func contains(_ i: Int) -> Bool {
        let word = i >> 6
        return word < words.count && words[word] & (1 << UInt64(i & 63)) != 0
    }
}

/// The records near a search point and the records serving a municipality, worked out once
/// and kept: a busy page is searched around the same places over and over, and finding and
/// marking a city's records was a tenth of the time of a search near a point at 100,000
/// records. The sets depend on the index alone (one cache per loaded index), so a kept set
/// gives the same answer as a new one. Past `capacity` sets of a kind the cache starts over.
final class PlaceSets: Sendable {
    struct Key: Hashable, Sendable {
        var latitude: Double
        var longitude: Double
        var kilometres: Double
        init(_ center: Coordinate, _ radius: Distance) {
            latitude = center.latitude
            longitude = center.longitude
            kilometres = radius.kilometres
        }
    }
    typealias Near = (list: [Int32], bits: RecordBits)

    let capacity: Int
    private let nearSets = Locked([Key: Near]())
    private let servingSets = Locked([Int: RecordBits]())

    init(capacity: Int) { self.capacity = capacity }

    /// The placed records within a radius of a point, as a list and as bits.
    func near(_ key: Key, _ compute: () -> Near) -> Near { kept(nearSets, key, compute) }

    /// The records that name a municipality (by its position in `areaNames`) as service area.
    func serving(_ area: Int, _ compute: () -> RecordBits) -> RecordBits { kept(servingSets, area, compute) }

    /// The set kept under `key`, else `compute`d (outside the lock) and kept.
    private func kept<K: Hashable, V>(_ sets: Locked<[K: V]>, _ key: K, _ compute: () -> V) -> V {
        if let known = sets.withLock({ $0[key] }) { return known }
        let set = compute()
        sets.withLock { sets in
            if sets.count >= capacity { sets.removeAll(keepingCapacity: true) }
            sets[key] = set
        }
        return set
    }

    var count: Int { nearSets.withLock { $0.count } + servingSets.withLock { $0.count } }
}

/// A grid of 0.1° × 0.15° cells (about 11 × 10 km) over the records with a place on the map:
/// a search around a point without words looks only at the cells its box touches.
struct SpatialGrid: Sendable {
    static let latitudeStep = 0.1
    static let longitudeStep = 0.15
    var cells: [Int: [Int32]] = [:]
    /// Records with no place on the map (online help, articles, unplaced records).
    var unplaced: [Int32] = []

    init(_ table: CandidateTable) {
        for (index, r) in table.records.enumerated() where r.has(CandidateTable.Record.active) {
            if r.hasCoordinate {
                cells[Self.key(r.latitude, r.longitude), default: []].append(Int32(index))
            } else {
                unplaced.append(Int32(index))
            }
        }
    }

    static func row(_ latitude: Double) -> Int { Int((latitude / latitudeStep).rounded(.down)) }
    static func column(_ longitude: Double) -> Int { Int((longitude / longitudeStep).rounded(.down)) }
    static func key(_ latitude: Double, _ longitude: Double) -> Int { key(row: row(latitude), column: column(longitude)) }
    static func key(row: Int, column: Int) -> Int { row &* 100_000 &+ column }

    /// Placed records in the cells the box touches.
    func indexes(latitude: ClosedRange<Double>, longitude: ClosedRange<Double>) -> [Int32] {
        var found: [Int32] = []
        for row in Self.row(latitude.lowerBound)...Self.row(latitude.upperBound) {
            for column in Self.column(longitude.lowerBound)...Self.column(longitude.upperBound) {
                if let cell = cells[Self.key(row: row, column: column)] { found += cell }
            }
        }
        return found
    }
}
