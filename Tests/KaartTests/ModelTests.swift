import Foundation
import KaartModel
import Testing

@Suite("Model values")
struct ModelTests {
    @Test("Trimming white space gives what Foundation's trimming gives, for ASCII and Unicode space at either end", arguments: [
        "", " ", "\t\n", "Arnhem", "  Arnhem ", "\u{00A0}Elst (Overbetuwe)\u{2003}", "\r\n6811 AB\n", "\u{2028}é\u{85}",
        "a b", " 🙂 ", "\u{3000}", "x\u{200B}", "\u{FEFF}y", "\u{1680}z\u{202F}",
    ])
    func trimmingMatchesFoundation(_ text: String) {
        #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text[...].trimmingWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("Trimming agrees with Foundation for every Unicode scalar up to U+2FFFF at either end")
    func trimmingMatchesFoundationForEveryScalar() {
        var differing: [String] = []
        for value in 0..<0x3_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["a" + String(scalar), String(scalar) + "a"] where text.trimmingWhitespace != text.trimmingCharacters(in: .whitespacesAndNewlines) {
                differing.append(String(value, radix: 16))
            }
        }
        #expect(differing.isEmpty)
    }

    @Test("A record is past the 12-month limit from the same day a year later, not the day before")
    func freshnessBoundary() {
        let checked = Day("2025-11-24")!
        #expect(!checked.isPastFreshnessLimit(on: Day("2026-11-23")!, limitMonths: 12))
        #expect(checked.isPastFreshnessLimit(on: Day("2026-11-24")!, limitMonths: 12))
        #expect(!checked.isPastFreshnessLimit(on: checked, limitMonths: 12))
    }

    @Test("The freshness cutoff as one number agrees with the rule for every day of four years checked")
    func freshnessCutoff() {
        var days: [Day] = []
        for year in 2023...2026 {
            for month in 1...12 {
                for day in 1...31 { if let d = Day(year: year, month: month, day: day) { days.append(d) } }
            }
        }
        var disagreements = 0
        var pastSeen = 0
        // Searched on the first, the 28th and the last of each month of two years: month ends
        // are where a day-of-month rule goes wrong.
        let todays = days.filter { $0.year >= 2025 && ($0.day == 1 || $0.day == 28 || Day(year: $0.year, month: $0.month, day: $0.day + 1) == nil) }
        for today in todays {
            for limit in [1, 12, 13] {
                let cutoff = today.freshnessCutoff(limitMonths: limit)
                for checked in days {
                    let past = checked.isPastFreshnessLimit(on: today, limitMonths: limit)
                    if past { pastSeen += 1 }
                    if past != (checked.packed <= cutoff) { disagreements += 1 }
                }
            }
        }
        #expect(disagreements == 0)
        #expect(pastSeen > 0)
    }

    @Test("Dates that do not exist are refused", arguments: ["2026-02-29", "2026-13-01", "2026-4-01", "24-11-2026", ""])
    func impossibleDates(_ text: String) {
        #expect(Day(text) == nil)
    }

    @Test("Postcodes are read as people type them, and never-issued ones are refused")
    func postcodes() {
        #expect(Postcode("6811ab")?.description == "6811 AB")
        #expect(Postcode(" 6811 ")?.description == "6811")
        #expect(Postcode("0811 AB") == nil)
        #expect(Postcode("6811 SS") == nil)
        #expect(Postcode("68111") == nil)
    }
}
