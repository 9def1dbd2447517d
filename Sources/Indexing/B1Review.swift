import DutchText
import Foundation
import KaartModel

/// How one record's summaries read: the maintainer's `summary_b1` (if any) and the one the
/// writer generates from the record, and which of them residents see.
public struct SummaryReview: Sendable {
    public var id: String
    public var sourceFile: String
    public var maintainer: ReadabilityReport?
    public var generatedText: String
    public var generated: ReadabilityReport
    /// What the index stores and residents read: the maintainer's text, else the generated one.
    public var shown: RecordSummary
}

/// Share passing, mean sentence length and mean Flesch-Douma over a set of texts.
public struct ReadabilityTotals: Hashable, Sendable {
    public var count = 0
    public var passing = 0
    public var meanSentenceLength = 0.0
    public var meanFleschDouma = 0.0

    public init(_ figures: [ReadabilityFigures]) {
        let judged = figures.filter { $0.verdict != .noText }
        count = judged.count
        passing = judged.filter { $0.verdict == .b1 }.count
        guard !judged.isEmpty else { return }
        meanSentenceLength = judged.map(\.meanSentenceLength).reduce(0, +) / Double(judged.count)
        let scores = judged.compactMap(\.fleschDouma)
        meanFleschDouma = scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)
    }

    public var sharePassing: Double { count == 0 ? 0 : Double(passing) / Double(count) }

    /// "128 of 130 pass B1 (98.5%), mean sentence length 7.2 words, mean Flesch-Douma 81.3".
    public var description: String {
        "\(passing) of \(count) pass B1 (\(B1Checker.format(100 * sharePassing))%), "
            + "mean sentence length \(B1Checker.format(meanSentenceLength)) words, "
            + "mean Flesch-Douma \(B1Checker.format(meanFleschDouma))"
    }
}

/// The B1 review of a corpus: every record's summaries checked, with warnings a maintainer can
/// act on (file, line, field).
public struct CorpusSummaryReview: Sendable {
    public var records: [SummaryReview]
    public var diagnostics: [Diagnostic]

    /// The summaries residents see.
    public var shown: ReadabilityTotals { ReadabilityTotals(records.map(\.shown.figures)) }
    /// The maintainers' summaries.
    public var maintainers: ReadabilityTotals { ReadabilityTotals(records.compactMap(\.maintainer?.figures)) }
    /// Generated summaries for every record, as if no maintainer had written one.
    public var generated: ReadabilityTotals { ReadabilityTotals(records.map(\.generated.figures)) }
}

public enum B1Review {
    /// Checks the summaries of every record in `load`. A maintainer's summary above B1 is a
    /// warning, never replaced; a generated summary above B1 is a warning asking for one.
    public static func review(_ load: CorpusLoad, reference: ReferenceData) -> CorpusSummaryReview {
        let checker = reference.b1Checker
        let writer = B1SummaryWriter(checker: checker, taxonomy: reference.taxonomy)
        // Records are independent and the checker's memos are thread-safe, so the summaries
        // are written and checked on every core; the results come back in record order.
        let written = load.records.map(\.entry).orderedParallelMap { entry in
            let names = B1SummaryWriter.names(of: entry)
            let maintainer = entry.summaryB1.map { checker.check($0, names: names) }
            let generatedText = writer.summary(for: entry)
            return (maintainer: maintainer, generatedText: generatedText, generated: checker.check(generatedText, names: names))
        }
        var reviews: [SummaryReview] = []
        var diagnostics: [Diagnostic] = []
        for (record, written) in zip(load.records, written) {
            let entry = record.entry
            let (maintainer, generatedText, generated) = written
            let shown = maintainer.map { RecordSummary(text: entry.summaryB1!, origin: .maintainer, figures: $0.figures) }
                ?? RecordSummary(text: generatedText, origin: .generated, figures: generated.figures)
            let line = load.fieldLines[entry.id]?["summary_b1"]
            if let maintainer, maintainer.verdict == .aboveB1 {
                diagnostics.append(Diagnostic(
                    .warning, file: record.sourceFile, line: line, field: "summary_b1",
                    "not B1: \(maintainer.problems.map(\.description).joined(separator: "; ")); kaart check --b1 shows each sentence"))
            }
            if maintainer == nil, generated.verdict == .aboveB1 {
                diagnostics.append(Diagnostic(
                    .warning, file: record.sourceFile, line: load.fieldLines[entry.id]?["description"], field: "summary_b1",
                    "the summary generated from this record is not B1 (\(generated.problems.map(\.description).joined(separator: "; "))); write a summary_b1"))
            }
            reviews.append(SummaryReview(
                id: entry.id, sourceFile: record.sourceFile, maintainer: maintainer,
                generatedText: generatedText, generated: generated, shown: shown))
        }
        return CorpusSummaryReview(records: reviews, diagnostics: diagnostics)
    }

    /// The summary residents see for each entry, and only that: a maintainer's summary checked,
    /// else one generated and checked. What the index stores. `review` also writes and checks a
    /// generated summary beside every maintainer's, for `kaart check --b1` to compare; an index
    /// build never shows those, and writing them was half its summary work.
    public static func shownSummaries(_ entries: [Entry], reference: ReferenceData) -> [RecordSummary] {
        let checker = reference.b1Checker
        let writer = B1SummaryWriter(checker: checker, taxonomy: reference.taxonomy)
        return entries.orderedParallelMap { entry in
            let names = B1SummaryWriter.names(of: entry)
            if let text = entry.summaryB1 {
                return RecordSummary(text: text, origin: .maintainer, figures: checker.check(text, names: names).figures)
            }
            let generated = writer.summary(for: entry)
            return RecordSummary(text: generated, origin: .generated, figures: checker.check(generated, names: names).figures)
        }
    }

    /// The per-record, per-sentence lines `kaart check --b1` prints.
    public static func lines(_ review: CorpusSummaryReview) -> [String] {
        var lines: [String] = []
        for record in review.records {
            lines.append("\(record.id) (\(record.sourceFile))")
            if let maintainer = record.maintainer {
                lines += describe(maintainer, label: "summary_b1")
                if maintainer.verdict != .b1 { lines.append("    \"\(B1SummaryWriter.oneLine(record.shown.text))\"") }
            } else {
                lines.append("  summary_b1: none; residents see the generated summary")
            }
            lines += describe(record.generated, label: "generated")
            lines.append("    \"\(record.generatedText)\"")
        }
        return lines
    }

    /// One text's verdict and figures, then each sentence that has findings.
    public static func describe(_ report: ReadabilityReport, label: String) -> [String] {
        let f = report.figures
        var lines = ["  \(label): \(f.verdict) · \(f.sentenceCount) sentences · mean \(B1Checker.format(f.meanSentenceLength)) words · longest \(f.longestSentence) · Flesch-Douma \(f.fleschDouma.map(B1Checker.format) ?? "–")"]
        lines += report.problems.map { "    ✗ \($0)" }
        for (index, sentence) in report.sentences.enumerated() where !sentence.findings.isEmpty {
            lines.append("    \(index + 1). \(sentence.text)")
            lines += sentence.findings.map { "       - \($0)" }
        }
        return lines
    }

    /// Checks the passages of text files (`kaart b1`); each file may say what it expects.
    public static func checkPassages(_ files: [(name: String, text: String)], reference: ReferenceData) -> PassageCheck {
        let checker = reference.b1Checker
        var results: [PassageCheck.Result] = []
        for file in files {
            let parsed = PassageFile(parsing: file.text, name: file.name)
            for passage in parsed.passages {
                results.append(.init(
                    file: file.name, label: passage.label, expected: parsed.expected,
                    report: checker.check(passage.text)))
            }
        }
        return PassageCheck(results: results)
    }
}

/// What `kaart b1` found: a verdict per passage, and how many matched what the file expected.
public struct PassageCheck: Sendable {
    public struct Result: Sendable {
        public var file: String
        public var label: String
        public var expected: B1Verdict?
        public var report: ReadabilityReport
        public var isAsExpected: Bool? { expected.map { $0 == report.verdict } }
    }

    public var results: [Result]

    public var totals: ReadabilityTotals { ReadabilityTotals(results.map(\.report.figures)) }

    /// Per file with expectations: "seed-b1-summaries.txt: expected B1, 5 of 5 as expected".
    public var expectationLines: [String] {
        var lines: [String] = []
        var files: [String] = []
        for result in results where !files.contains(result.file) { files.append(result.file) }
        for file in files {
            let mine = results.filter { $0.file == file }
            guard let expected = mine.first?.expected else { continue }
            let matching = mine.filter { $0.isAsExpected == true }.count
            lines.append("\(file): expected \(expected) for \(mine.count) passages; \(matching) of \(mine.count) classified as expected")
        }
        return lines
    }

    public var lines: [String] {
        var lines: [String] = []
        for result in results {
            let mark = result.isAsExpected.map { $0 ? "" : "  ← expected \(result.expected!)" } ?? ""
            lines.append("\(result.file) — \(result.label)\(mark)")
            lines += B1Review.describe(result.report, label: "verdict")
        }
        return lines
    }
}
