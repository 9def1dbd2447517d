import Foundation
import KaartModel

/// The records one analysed token occurs in, with the token's bm25 score in each.
///
/// A hit's relevance is BM25 summed over the query's tokens (each token as FTS5's `bm25()`
/// scores it on its own: `idf · f·(k1+1) / (f + k1·(1 − b + b·D/avgdl))` with the column
/// weights), so a search fetches each token's matches and scores on its own and adds them up.
/// Frequent tokens have their lists precomputed at index time (`posting` table), so a common
/// word like "hulp" is never re-ranked by FTS5; rare ones are asked of FTS5 itself. (FTS5's
/// `bm25()` of a whole AND/OR expression can leave out a token that sits in a part of the
/// expression that did not match, depending on how its iterators happened to move.)
struct Postings: Sendable {
    /// Record rowids, ascending.
    var rowids: [UInt32]
    /// The token's bm25 score in each of those records.
    var shares: [Double]

    var count: Int { rowids.count }
}

/// FTS5's bm25 parameters and formula (sqlite ext/fts5/fts5_aux.c), written in the same order
/// of operations so the doubles come out bit for bit the same.
enum BM25 {
    static let k1 = 1.2
    static let b = 0.75

    static func idf(rows: Int, hits: Int) -> Double {
        let idf = log((Double(rows) - Double(hits) + 0.5) / (Double(hits) + 0.5))
        return idf <= 0 ? 1e-6 : idf
    }

    static func share(idf: Double, frequency: Double, length: Double, averageLength: Double) -> Double {
        let numerator = frequency * (k1 + 1.0)
        let denominator = frequency + k1 * (1 - b + b * length / averageLength)
        return idf * (numerator / denominator)
    }
}

/// Collects every token's weighted frequencies while the writer inserts records, then hands
/// the frequent ones over for the `posting` table.
struct PostingsBuilder {
    /// The bm25 weight of each full-text column, in `Schema.textColumns` order.
    private let weights = Schema.textColumns.map { Float($0.weight) }
    private var tokens = Interner<String>()
    private var documents: [[UInt32]] = []
    private var frequencies: [[Float]] = []
    private(set) var lengths: [UInt32] = []
    /// Per-record scratch: weighted frequency per token id, and which ids were touched.
    private var scratch: [Float] = []
    private var touched: [Int32] = []

    /// Adds one record's analysed columns, in `Schema.textColumns` order.
    /// Weighted frequencies are sums of small integers, exact in a Float.
    mutating func add(rowid: UInt32, columns: [[String]]) {
        var length = 0
        for (column, tokensInColumn) in columns.enumerated() {
            let weight = weights[column]
            length += tokensInColumn.count
            for token in tokensInColumn {
                let (id, isNew) = tokens.number(token)
                if isNew {
                    documents.append([])
                    frequencies.append([])
                    scratch.append(0)
                }
                if scratch[id] == 0 { touched.append(Int32(id)) }
                scratch[id] += weight
            }
        }
        for id in touched {
            documents[Int(id)].append(rowid)
            frequencies[Int(id)].append(scratch[Int(id)])
            scratch[Int(id)] = 0
        }
        touched.removeAll(keepingCapacity: true)
        lengths.append(UInt32(length))
    }

    /// The tokens found in at least `minimumDocuments` records, each with its records and
    /// weighted frequencies encoded for the `posting` table (`PostingCodec`). Rowids are dense
    /// from 1, in the order records were added.
    func finish(minimumDocuments: Int) -> [(token: String, count: Int, encoded: Data)] {
        var result: [(String, Int, Data)] = []
        for (id, token) in tokens.values.enumerated() where documents[id].count >= minimumDocuments {
            result.append((token, documents[id].count, PostingCodec.encode(rowids: documents[id], frequencies: frequencies[id])))
        }
        return result
    }
}

/// Each record's length in tokens (all columns), and what bm25 makes of it: the part of the
/// score's denominator that depends only on the record. Stored once per index (`search_data`
/// `document_lengths`) so postings keep only rowids and frequencies, and the scores are worked
/// out on reading with FTS5's formula in FTS5's order of operations: the same doubles as before.
struct DocumentNorms: Sendable {
    let rows: Int
    /// `k1 · (1 − b + b · length / average length)`, per rowid − 1.
    let norms: [Double]

    init(lengths: [UInt32]) {
        rows = lengths.count
        let total = lengths.reduce(0) { $0 + Int($1) }
        let averageLength = rows == 0 ? 1 : Double(total) / Double(rows)
        norms = lengths.map { BM25.k1 * (1 - BM25.b + BM25.b * Double($0) / averageLength) }
    }

    /// From the `document_lengths` blob the writer stored beside the candidate table.
    init(blobs: [String: Data]) throws {
        guard let data = blobs["document_lengths"] else { throw IndexError.corrupt(what: "search_data has no document_lengths") }
        self.init(lengths: CandidateTable.array(data))
    }
}

/// The `posting` table's blob: per record, the distance of its rowid from the previous one
/// (from 0) and the token's weighted frequency there, each as an unsigned LEB128 varint.
/// Most distances and frequencies take one byte, where a rowid and a float64 score took twelve.
enum PostingCodec {
    static func encode(rowids: [UInt32], frequencies: [Float]) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rowids.count * 3)
        func append(_ value: UInt32) {
            var value = value
            while value >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
                value >>= 7
            }
            bytes.append(UInt8(value))
        }
        var previous: UInt32 = 0
        for (rowid, frequency) in zip(rowids, frequencies) {
            append(rowid - previous)
            append(UInt32(frequency))
            previous = rowid
        }
        return Data(bytes)
    }

    /// The postings of `count` records, with each one's bm25 score (`BM25.share`, bit for bit).
    static func decode(_ data: Data, count: Int, norms: DocumentNorms) -> Postings {
        let idf = BM25.idf(rows: norms.rows, hits: count)
        var rowids = [UInt32](repeating: 0, count: count)
        var shares = [Double](repeating: 0, count: count)
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var position = 0
            func next() -> UInt32 {
                var value: UInt32 = 0
                var shift: UInt32 = 0
                while position < bytes.count {
                    let byte = bytes[position]
                    position += 1
                    value |= UInt32(byte & 0x7F) << shift
                    if byte < 0x80 { break }
                    shift += 7
                }
                return value
            }
            norms.norms.withUnsafeBufferPointer { norms in
                var rowid: UInt32 = 0
                for k in 0..<count {
                    rowid &+= next()
                    let frequency = Double(next())
                    rowids[k] = rowid
                    let norm = Int(rowid) >= 1 && Int(rowid) <= norms.count ? norms[Int(rowid) - 1] : BM25.k1
                    shares[k] = idf * ((frequency * (BM25.k1 + 1.0)) / (frequency + norm))
                }
            }
        }
        return Postings(rowids: rowids, shares: shares)
    }
}

/// Tokens' postings kept in memory as searches use them (`SearchIndex.Matches`: table positions
/// and scores), up to a byte budget; the first to go are the oldest.
final class PostingsCache: Sendable {
    typealias List = SearchIndex.Matches
    private struct State {
        var lists: [String: List] = [:]
        var order: [String] = []
        var bytes = 0
    }
    private let state = Locked(State())
    let budget: Int

    init(budget: Int) { self.budget = budget }

    func get(_ token: String) -> List? { state.withLock { $0.lists[token] } }

    func put(_ token: String, _ postings: List) {
        guard postings.byteCount <= budget else { return }
        state.withLock { s in
            guard s.lists[token] == nil else { return }
            while s.bytes + postings.byteCount > budget, !s.order.isEmpty {
                let oldest = s.order.removeFirst()
                s.bytes -= s.lists.removeValue(forKey: oldest)?.byteCount ?? 0
            }
            s.lists[token] = postings
            s.order.append(token)
            s.bytes += postings.byteCount
        }
    }
}
