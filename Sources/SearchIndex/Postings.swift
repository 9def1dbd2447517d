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

/// Collects every token's weighted frequencies while the writer inserts records, then turns the
/// frequent ones into scored postings.
struct PostingsBuilder {
    /// The bm25 weight of each full-text column, in `Schema.textColumns` order.
    private let weights = Schema.textColumns.map { Float($0.weight) }
    private var tokens = Interner<String>()
    private var documents: [[UInt32]] = []
    private var frequencies: [[Float]] = []
    private var lengths: [UInt32] = []
    private var totalLength = 0
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
        totalLength += length
    }

    /// Scored postings of the tokens found in at least `minimumDocuments` records, ready for the
    /// `posting` table. Rowids are dense from 1, in the order records were added.
    func finish(minimumDocuments: Int) -> [(token: String, postings: Postings)] {
        let rows = lengths.count
        guard rows > 0 else { return [] }
        let averageLength = Double(totalLength) / Double(rows)
        var result: [(String, Postings)] = []
        for (id, token) in tokens.values.enumerated() where documents[id].count >= minimumDocuments {
            let idf = BM25.idf(rows: rows, hits: documents[id].count)
            let shares = zip(documents[id], frequencies[id]).map { rowid, frequency in
                BM25.share(
                    idf: idf, frequency: Double(frequency),
                    length: Double(lengths[Int(rowid) - 1]), averageLength: averageLength)
            }
            result.append((token, Postings(rowids: documents[id], shares: shares)))
        }
        return result
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
