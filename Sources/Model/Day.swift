/// A calendar day, independent of time zones: what a news article means by "on Thursday".
///
/// Arithmetic uses the proleptic Gregorian calendar through day numbers, so it is pure,
/// fast and the same on every machine.
public struct Day: Hashable, Codable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day if the numbers name a real date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (anything after the tenth character is ignored).
    /// The years a publication date may fall in: anything else is a typo (`2202`, `0202`).
    public static let plausibleYears = 1900...2100

    public init?(iso: String) {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        // (Written as its ten bytes where it can be: every event's id, page and export names
        // its day, tens of thousands of times in a build.)
        guard (0...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return paddedISO }
        return String(unsafeUninitializedCapacity: 10) { bytes in
            func digit(_ n: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(n % 10) }
            (bytes[0], bytes[1], bytes[2], bytes[3]) = (digit(year / 1000), digit(year / 100), digit(year / 10), digit(year))
            (bytes[5], bytes[6], bytes[8], bytes[9]) = (digit(month / 10), digit(month), digit(day / 10), digit(day))
            (bytes[4], bytes[7]) = (UInt8(ascii: "-"), UInt8(ascii: "-"))
            return 10
        }
    }

    /// `iso` for any day: each part padded with zeros to its width.
    private var paddedISO: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day with the given day number (see `dayNumber`).
    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4).
        return (w < 0 ? w + 7 : w) + 1
    }

    public func adding(days: Int) -> Day { Day(dayNumber: dayNumber + days) }

    /// Days from `self` to `other` (positive when `other` is later).
    public func distance(to other: Day) -> Int { other.dayNumber - dayNumber }

    /// The most recent day with this ISO weekday on or before `self`.
    public func previous(weekday target: Int, includingToday: Bool = true) -> Day {
        var delta = (weekday - target + 7) % 7
        if delta == 0 && !includingToday { delta = 7 }
        return adding(days: -delta)
    }

    /// The next day with this ISO weekday on or after `self`.
    public func next(weekday target: Int, includingToday: Bool = true) -> Day {
        var delta = (target - weekday + 7) % 7
        if delta == 0 && !includingToday { delta = 7 }
        return adding(days: delta)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
