import Foundation
import KaartModel

extension SearchIndex {
    /// The records that cover any of a query's needs (its terms), ranked by how many they cover:
    /// each need a record covers adds 1, plus its bm25 there as a share of that need's best
    /// (0 to 1). So a record with both "somber" and "geldzorgen" comes first, and after it the
    /// best help for each need alike, whichever need has the higher bm25 figures. Each need's
    /// own list is what a search for that need alone matches, kept in the postings cache.
    /// Plain words (a name, a rare word: no concept) keep their old meaning: when some record
    /// holds all of them, only such records are shown ("Inloophuis De Linde" is that inloophuis).
    /// `complete` counts the records that cover every need.
    func matchNeeds(_ phrases: Phrases) throws -> (matches: Matches, complete: Int) {
        let lists = try phrases.terms.map { term in try match(Phrases(term: term), requireAll: true) }
        let weights = lists.map { list in
            let best = list.relevance.max() ?? 0
            return best > 0 ? 1 / best : 1
        }
        var scratch = matchScratch.withLock { $0.popLast() } ?? MatchScratch(count: candidates.count)
        var matched: [Int32] = []
        var relevance: [Double] = []
        var complete = 0
        let needed = UInt32(lists.count)
        let plain = phrases.concepts.map { !$0 }
        let plainNeeded = UInt32(plain.filter { $0 }.count)
        var holdsAllPlain: [Bool] = []
        var cursors = [Int](repeating: 0, count: lists.count)
        scratch.slots.withUnsafeMutableBufferPointer { slots in
            var blockEnd = 0
            while blockEnd < slots.count {
                blockEnd = min(slots.count, blockEnd + MatchScratch.blockSize)
                let end = Int32(blockEnd)
                let first = matched.count
                for (k, list) in lists.enumerated() {
                    let weight = weights[k]
                    list.indexes.withUnsafeBufferPointer { indexes in
                        list.relevance.withUnsafeBufferPointer { scores in
                            var c = cursors[k]
                            while c < indexes.count && indexes[c] < end {
                                let i = Int(indexes[c])
                                if slots[i].terms == 0 { matched.append(indexes[c]) }
                                slots[i].terms += 1
                                if plain[k] { slots[i].term += 1 }
                                slots[i].score += 1 + scores[c] * weight
                                c += 1
                            }
                            cursors[k] = c
                        }
                    }
                }
                for n in first..<matched.count {
                    let i = Int(matched[n])
                    relevance.append(slots[i].score)
                    holdsAllPlain.append(slots[i].term == plainNeeded)
                    if slots[i].terms == needed { complete += 1 }
                    slots[i] = MatchScratch.Slot()
                }
                if zip(lists, cursors).allSatisfy({ $0.indexes.count == $1 }) { break }
            }
        }
        matchScratch.withLock { if $0.count < 8 { $0.append(scratch) } }
        if plainNeeded > 0, holdsAllPlain.contains(true), holdsAllPlain.contains(false) {
            var kept = Matches.empty
            for (n, holds) in holdsAllPlain.enumerated() where holds {
                kept.indexes.append(matched[n])
                kept.relevance.append(relevance[n])
            }
            return (kept, complete)
        }
        return (Matches(indexes: matched, relevance: relevance), complete)
    }
}
