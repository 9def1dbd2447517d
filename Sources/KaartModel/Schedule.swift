import Foundation

/// A day of the week, by its Dutch corpus code (`ma` … `zo`) and its HSDS / iCalendar code
/// (`MO` … `SU`).
public enum Weekday: Int, CaseIterable, Codable, Hashable, Sendable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// `ma`, `di`, `wo`, `do`, `vr`, `za`, `zo`: how the corpus writes days.
    public var code: String { ["ma", "di", "wo", "do", "vr", "za", "zo"][rawValue - 1] }

    /// `MO` … `SU`, as HSDS's `byday` writes days.
    public var icalendarCode: String { ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][rawValue - 1] }

    /// Reads a corpus code, an HSDS code or a full Dutch or English day name.
    public init?(code text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        let names: [[String]] = [
            ["ma", "mo", "maandag", "monday", "mon"], ["di", "tu", "dinsdag", "tuesday", "tue"],
            ["wo", "we", "woensdag", "wednesday", "wed"], ["do", "th", "donderdag", "thursday", "thu"],
            ["vr", "fr", "vrijdag", "friday", "fri"], ["za", "sa", "zaterdag", "saturday", "sat"],
            ["zo", "su", "zondag", "sunday", "sun"],
        ]
        guard let index = names.firstIndex(where: { $0.contains(key) }) else { return nil }
        self.init(rawValue: index + 1)
    }

    /// The weekday of `date` as Foundation's calendar numbers it (1 is Sunday).
    init(gregorianWeekday: Int) {
        self.init(rawValue: gregorianWeekday == 1 ? 7 : gregorianWeekday - 1)!
    }

    /// The day before.
    public var previous: Weekday { Weekday(rawValue: rawValue == 1 ? 7 : rawValue - 1)! }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A time on the clock, in minutes after midnight; 24:00 closes a day.
public struct TimeOfDay: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var minutes: Int

    public init?(minutes: Int) {
        guard (0...1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// Reads `10:00`, `9.30` or `24:00`.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            let hours = Int(parts[0]), let minutes = Int(parts[1]), (0...24).contains(hours), (0...59).contains(minutes),
            hours < 24 || minutes == 0
        else { return nil }
        self.minutes = hours * 60 + minutes
    }

    /// `10:00`, as HSDS writes `opens_at`.
    public var description: String {
        let hours = minutes / 60, rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    /// `10.00`, as Dutch text writes times.
    public var dutch: String {
        let hours = minutes / 60, rest = minutes % 60
        return "\(hours)." + (rest < 10 ? "0" : "") + "\(rest)"
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let time = TimeOfDay(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a time: \(text)"))
        }
        self = time
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Opening hours as data, in the shape of an HSDS `schedule`: on these days, from `opens` to
/// `closes`, optionally only between two dates, with a note. Without times it is open all day
/// on those days (a phone line "dag en nacht" is every day, 00:00 to 24:00).
public struct Schedule: Codable, Hashable, Sendable {
    public var days: [Weekday]
    public var opens: TimeOfDay?
    public var closes: TimeOfDay?
    public var validFrom: Day?
    public var validUntil: Day?
    public var note: String?

    public init(
        days: [Weekday], opens: TimeOfDay? = nil, closes: TimeOfDay? = nil, validFrom: Day? = nil,
        validUntil: Day? = nil, note: String? = nil
    ) {
        self.days = days
        self.opens = opens
        self.closes = closes
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.note = note
    }

    /// True when the schedule holds on `day` (inside its validity dates).
    public func isValid(on day: Day) -> Bool {
        if let validFrom, day < validFrom { return false }
        if let validUntil, validUntil < day { return false }
        return true
    }

    /// True when it is open on `moment`'s day at some time.
    public func isOpen(during day: Day, weekday: Weekday) -> Bool {
        isValid(on: day) && days.contains(weekday)
    }

    /// True when the hours run past midnight (`opens: "17:00"`, `closes: "08:00"`): open from
    /// `opens` on the listed days until `closes` the next morning.
    public var runsPastMidnight: Bool {
        guard let opens, let closes else { return false }
        return closes < opens
    }

    /// True when it is open at `moment` (opening time included, closing time excluded).
    public func isOpen(at moment: Moment) -> Bool {
        let opens = opens?.minutes ?? 0, closes = closes?.minutes ?? 1440
        if runsPastMidnight {
            if isOpen(during: moment.day, weekday: moment.weekday) && moment.minute >= opens { return true }
            // The night that began yesterday.
            let yesterday = moment.day.adding(days: -1)
            return isOpen(during: yesterday, weekday: moment.weekday.previous) && moment.minute < closes
        }
        guard isOpen(during: moment.day, weekday: moment.weekday) else { return false }
        return opens <= moment.minute && moment.minute < closes
    }
}

/// A moment as the Dutch clock shows it: the date, the weekday and the minute of the day in
/// Europe/Amsterdam, daylight-saving time included. Made once per request from the injected
/// clock, so every "nu open" on one page is decided for the same minute.
public struct Moment: Hashable, Sendable {
    public var day: Day
    public var weekday: Weekday
    /// Minutes after local midnight, 0 ..< 1440.
    public var minute: Int

    public init(day: Day, weekday: Weekday, minute: Int) {
        self.day = day
        self.weekday = weekday
        self.minute = minute
    }

    /// The Dutch time zone every opening hour in the corpus is written in.
    public static let dutchTimeZone = TimeZone(identifier: "Europe/Amsterdam")!

    public init(_ date: Date, timeZone: TimeZone = Moment.dutchTimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
        self.day = Day(year: c.year!, month: c.month!, day: c.day!)!
        self.weekday = Weekday(gregorianWeekday: c.weekday!)
        self.minute = c.hour! * 60 + c.minute!
    }
}

/// What a record's schedules say about a moment, for the "nu open" and "vandaag open" badges
/// and filters.
public enum Openness: String, Hashable, Sendable {
    /// Open at this minute.
    case openNow = "nu"
    /// Open at some time today, but not at this minute.
    case openToday = "vandaag"
    /// Closed all of today.
    case closedToday = "dicht"

    /// Decides for `schedules`; nil when there are none (unknown is not closed).
    public static func of(_ schedules: [Schedule], at moment: Moment) -> Openness? {
        guard !schedules.isEmpty else { return nil }
        if schedules.contains(where: { $0.isOpen(at: moment) }) { return .openNow }
        if schedules.contains(where: { $0.isOpen(during: moment.day, weekday: moment.weekday) }) { return .openToday }
        return .closedToday
    }
}
