import Foundation
import KaartModel
import SearchIndex
import Testing

@testable import Benchmark
@testable import DutchText
@testable import Indexing

/// The index build's fast paths (bytes for ASCII text, memos, every core) must give exactly
/// the answers of the plain code they stand in for.
@Suite("Fast text paths give the plain answers")
struct FastTextPathTests {
    /// Pieces of text with every case the byte paths must get right or hand back: spaces,
    /// tabs, "\r\n", Unicode spaces and line separators, combining marks (also right after a
    /// space), typographic quotes, letters with accents, Arabic, emoji.
    static let pieces = [
        "a", "b", "Z", "e", "k", "0", "7", " ", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", ".", "!", "?",
        "-", "(", ")", "\"", "'", "/", "@", ":", ",", "bijv.", "o.a.", "J.", "ca.", "é", "ë", "ï", "’", "“", "”", "…",
        "–", "€", "\u{0301}", " \u{0301}", "\u{00A0}", "\u{0085}", "\u{2028}", "\u{2003}", "\u{202F}", "\u{0600}",
        "ش", "😀", "ß", "İ", "Ǆ", "ﬁ",
    ]

    @Test("ASCII folding by lower-casing equals Foundation's fold")
    func asciiFold() {
        let all = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        #expect(TextNormalizer.asciiLowercased(all) == TextNormalizer.foundationFold(all))
        for scalar in 0..<128 {
            let text = String(UnicodeScalar(UInt8(scalar)))
            #expect(TextNormalizer.fold(text) == TextNormalizer.foundationFold(text))
        }
        for word in ["Financiële", "HULP", "burn-out", "GGZ", "café", "Straße", "İstanbul"] {
            #expect(TextNormalizer.fold(word) == TextNormalizer.foundationFold(word))
        }
    }

    @Test("Words of ASCII text, on bytes, equal the scalar-by-scalar words")
    func asciiWords() {
        var random = SplitMix64(seed: 1)
        let pieces = ["a", "b", "z", "0", "9", "-", "--", " ", ".", "burn", "out", "x-y-z", "-a", "a-"]
        for _ in 0..<3_000 {
            let text = random.string(from: pieces, length: 12)
            #expect(TextNormalizer.asciiWords(text) == TextNormalizer.scalarWords(text), "\(text.debugDescription)")
        }
        #expect(TextNormalizer.words("Burn-out en POH-GGZ!") == ["burn", "out", "burnout", "en", "poh", "ggz", "pohggz"])
    }

    @Test("Splitting on bytes equals splitting Characters, or hands the text back")
    func splitting() {
        var random = SplitMix64(seed: 2)
        for _ in 0..<5_000 {
            let text = random.string(from: Self.pieces, length: 14)
            for separator in [TextSplit.Separator.whitespace, .newline, .space] {
                for omitting in [true, false] {
                    let expected = text.split(omittingEmptySubsequences: omitting, whereSeparator: separator.matches).map(String.init)
                    #expect(TextSplit.split(text, on: separator, omittingEmpty: omitting) == expected, "\(text.debugDescription)")
                }
            }
        }
    }

    @Test("Sentences of ASCII paragraphs, split on bytes, equal the Character split")
    func asciiSentences() {
        var random = SplitMix64(seed: 3)
        let pieces = [
            "Dit is een zin", ". ", "! ", "? ", "...", ".)", ".\" ", " bijv. ", " o.a. ", " J. Jansen", " ca. vijf", "10.00",
            " (bijv. dit)", " 'Hallo.' ", "\t", "  ", "Wat", "nu", ".", "a", "A",
        ]
        for _ in 0..<3_000 {
            let block = random.string(from: pieces, length: 10)
            #expect(SentenceSplitter.splitASCIIBlock(block) == SentenceSplitter.splitCharacterBlock(block), "\(block.debugDescription)")
        }
    }

    @Test("Trimming spaces equals Foundation's trimming of whitespaces")
    func trimming() {
        var random = SplitMix64(seed: 4)
        for _ in 0..<5_000 {
            let text = random.string(from: Self.pieces, length: 8)
            #expect(SentenceSplitter.trimmingSpaces(text) == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    @Test("A memo answers as the computation does, and starts over instead of growing past its limit")
    func memo() {
        let memo = Memo<String, Int>(limit: 64, shards: 4)
        for round in 0..<3 {
            for number in 0..<500 {
                #expect(memo.value("\(number)") { number * 2 } == number * 2, "round \(round)")
            }
        }
        #expect(memo.count <= 64)
    }

    @Test("A checker with warm memos reports what a fresh checker reports")
    func warmChecker() throws {
        let texts = [
            "De POH-GGZ helpt je verder. Ggz, Wmo en psycho-educatie.",
            "Er wordt door de gemeente geholpen bij schulden. Bel 026 123 45 67 of kijk op www.example.org.",
            "Kwartiermaken en zelfredzaamheid in de wijk, bijv. bij de buurtvereniging van Arnhem.",
            "Verwarde personen worden opgevangen. De implementatie van preventie vraagt participatie.",
        ]
        let warm = sharedReference.b1Checker
        for text in texts + texts { _ = warm.check(text, names: ["Arnhem"]) }
        for text in texts {
            #expect(warm.check(text, names: ["Arnhem"]) == sharedReference.b1Checker.check(text, names: ["Arnhem"]))
        }
    }

    @Test("The Analyzer's memoised index tokens are each word's stem and parts, warm or cold")
    func analyzerMemo() {
        let text = "De rouwverwerkingsgroep en het lotgenotencontact: burn-out, financiële hulp, Schuldhulpmaatje."
        let analyzer = Analyzer(lexicon: InMemoryLexicon(sharedReference.wordFrequencies))
        let cold = analyzer.indexTokens(text)
        // Worked out word by word without the memo.
        let plain = TextNormalizer.words(text).flatMap { word in
            analyzer.stopWords.contains(word) ? [] : Array(analyzer.wordTokens(word).joined())
        }
        #expect(cold == plain)
        #expect(cold.contains("rouwverwerkingsgroep") && cold.contains("groep"))
        #expect(analyzer.indexTokens(text) == cold)
    }

    @Test("The parallel map keeps input order whatever the number of chunks")
    func orderedParallelMap() {
        let numbers = Array(0..<1_001)
        for chunks in [1, 2, 3, 7, 64, 5_000] {
            #expect(numbers.orderedParallelMap(chunkCount: chunks) { $0 * 3 } == numbers.map { $0 * 3 })
        }
        #expect([Int]().orderedParallelMap { $0 }.isEmpty)
    }

    @Test("Summaries written and checked on every core equal those written one by one")
    func parallelSummaries() throws {
        let corpus = SyntheticCorpus(
            today: testToday, gazetteer: sharedReference.gazetteer, wordFrequencies: sharedReference.wordFrequencies)
        var records = corpus.records(240).map { synthetic in
            IndexContents.Record(entry: synthetic.entry(gazetteer: sharedReference.gazetteer), sourceFile: "synthetic/\(synthetic.id).yaml")
        }
        records += try CorpusLoader.load(
            directory: repositoryRoot.appendingPathComponent("Corpus"), reference: sharedReference, today: testToday,
            relativeTo: repositoryRoot
        ).records
        let review = B1Review.review(CorpusLoad(records: records, diagnostics: [], fileCount: records.count), reference: sharedReference)
        // One by one, with a checker of its own, so no memo is shared with the parallel run.
        let checker = sharedReference.b1Checker
        let writer = B1SummaryWriter(checker: checker, taxonomy: sharedReference.taxonomy)
        #expect(review.records.count == records.count)
        for (record, reviewed) in zip(records, review.records) {
            let entry = record.entry
            let names = B1SummaryWriter.names(of: entry)
            let text = writer.summary(for: entry)
            #expect(reviewed.id == entry.id)
            #expect(reviewed.generatedText == text)
            #expect(reviewed.generated == checker.check(text, names: names))
            #expect(reviewed.maintainer == entry.summaryB1.map { checker.check($0, names: names) })
        }
        // The index build asks only for the summary shown, and gets the review's.
        let shown = B1Review.shownSummaries(records.map(\.entry), reference: sharedReference)
        #expect(shown == review.records.map(\.shown))
        #expect(Set(shown.map(\.origin)) == [.maintainer, .generated])
    }
}

/// Random text from pieces, with the benchmark's seeded generator, so a failure can be replayed.
extension SplitMix64 {
    mutating func string(from pieces: [String], length: Int) -> String {
        (0..<Int(next() % UInt64(length + 1))).map { _ in element(pieces) }.joined()
    }
}
