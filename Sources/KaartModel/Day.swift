import Foundation

/// A calendar date without time or zone (`2026-11-24`), as HSDS's `assured_date` is.
public struct Day: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else, including impossible dates.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses `YYYY-MM-DD`, or `YYYY-MM` for a source that shows only a month (read as the
    /// first of that month; output shows month and year only anyway).
    public init?(dateOrMonth text: String) {
        if let day = Day(text) {
            self = day
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]) else {
            return nil
        }
        self.init(year: y, month: m, day: 1)
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> Day {
        var result = self
        var remaining = days
        while remaining > 0 {
            if result.day < Self.daysIn(month: result.month, year: result.year) {
                result.day += 1
            } else if result.month < 12 {
                result = Day(year: result.year, month: result.month + 1, day: 1)!
            } else {
                result = Day(year: result.year + 1, month: 1, day: 1)!
            }
            remaining -= 1
        }
        while remaining < 0 {
            if result.day > 1 {
                result.day -= 1
            } else if result.month > 1 {
                result = Day(year: result.year, month: result.month - 1, day: Self.daysIn(month: result.month - 1, year: result.year))!
            } else {
                result = Day(year: result.year - 1, month: 12, day: 31)!
            }
            remaining += 1
        }
        return result
    }

    /// The day `date` falls on in the Dutch time zone.
    public init(_ date: Date, timeZone: TimeZone = TimeZone(identifier: "Europe/Amsterdam")!) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.year = c.year!
        self.month = c.month!
        self.day = c.day!
    }

    /// yyyy-mm-dd. Written out by hand: `String(format:)` cost more than the rest of writing a
    /// record to the index, where every record's dates are formatted.
    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The freshness rule, in one place: a record checked on this day is past its limit on
    /// `today` once `limitMonths` whole months have gone by.
    public func isPastFreshnessLimit(on today: Day, limitMonths: Int) -> Bool {
        months(until: today) >= limitMonths
    }

    /// The same rule as one number, for a search that decides it for every match: a record
    /// checked on day `d` is past its limit on `self` exactly when `d.packed <= ` this. (It is
    /// today's day of the month, `limitMonths` months back, and may not exist, like 31 February.)
    public func freshnessCutoff(limitMonths: Int) -> Int {
        let months = year * 12 + (month - 1) - limitMonths
        return (months / 12) * 10_000 + (months % 12 + 1) * 100 + day
    }

    /// Earlier than any date a record can carry, for comparing unknown dates.
    public static let distantPast = Day(year: 1900, month: 1, day: 1)!

    /// yyyymmdd as a number: packed days order as the days do.
    public var packed: Int { year * 10_000 + month * 100 + day }

    /// Whole months from `self` to `later` (negative when `later` is earlier).
    public func months(until later: Day) -> Int {
        (later.year - year) * 12 + (later.month - month) - (later.day < day ? 1 : 0)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
