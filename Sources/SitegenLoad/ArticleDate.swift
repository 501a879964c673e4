/// A publication date as written in front matter. The date and time the author
/// wrote are kept as they are (no time-zone conversion for display), so output
/// does not depend on the machine's TZ or locale.
public struct ArticleDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int, month: Int, day: Int
    public var hour: Int, minute: Int, second: Int
    /// Minutes east of UTC; nil when the author gave no offset (taken as UTC).
    public var offsetMinutes: Int?
    /// Whether a time of day was written.
    public var hasTime: Bool

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]

    /// Parses `YYYY-MM-DD`, optionally followed by `T` or a space and
    /// `HH:MM[:SS[.fff]]` and `Z` or `±HH:MM`. Returns nil for anything else,
    /// including impossible dates such as 2024-13-45 or 2023-02-29.
    public init?(parsing raw: String) {
        let s = Array(raw.trimmingSpaces.utf8)
        var p = 0
        func digits(_ n: Int) -> Int? {
            guard p + n <= s.count else { return nil }
            var v = 0
            for k in 0..<n {
                let c = s[p + k]
                guard c >= 0x30 && c <= 0x39 else { return nil }
                v = v * 10 + Int(c - 0x30)
            }
            p += n
            return v
        }
        func expect(_ c: UInt8) -> Bool {
            guard p < s.count, s[p] == c else { return false }
            p += 1
            return true
        }
        guard let y = digits(4), expect(0x2D), let mo = digits(2), expect(0x2D), let d = digits(2) else { return nil }
        year = y; month = mo; day = d
        hour = 0; minute = 0; second = 0; offsetMinutes = nil; hasTime = false
        if p < s.count {
            guard s[p] == 0x54 || s[p] == 0x20 || s[p] == 0x74 else { return nil }
            p += 1
            guard let h = digits(2), expect(0x3A), let mi = digits(2) else { return nil }
            hour = h; minute = mi; hasTime = true
            if expect(0x3A) {
                guard let sec = digits(2) else { return nil }
                second = sec
                if expect(0x2E) {  // fractional seconds: accepted, dropped
                    let before = p
                    while p < s.count, s[p] >= 0x30, s[p] <= 0x39 { p += 1 }
                    guard p > before else { return nil }
                }
            }
            while p < s.count, s[p] == 0x20 { p += 1 }
            if p < s.count {
                if s[p] == 0x5A || s[p] == 0x7A {
                    p += 1
                    offsetMinutes = 0
                } else if s[p] == 0x2B || s[p] == 0x2D {
                    let sign = s[p] == 0x2D ? -1 : 1
                    p += 1
                    guard let oh = digits(2) else { return nil }
                    _ = expect(0x3A)
                    guard let om = digits(2), oh <= 23, om <= 59 else { return nil }
                    offsetMinutes = sign * (oh * 60 + om)
                } else {
                    return nil
                }
            }
            guard p == s.count else { return nil }
        }
        guard (1...12).contains(month), day >= 1, day <= ArticleDate.daysIn(month: month, year: year),
              hour <= 23, minute <= 59, second <= 60 else { return nil }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Seconds since 1970-01-01T00:00:00Z, for ordering articles across time zones.
    public var epochSeconds: Int {
        // Days from civil (Howard Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146097 + doe - 719468
        return days * 86400 + hour * 3600 + minute * 60 + second - (offsetMinutes ?? 0) * 60
    }

    /// RFC 3339, as written (for `<time datetime>`, feeds and JSON-LD).
    public var iso8601: String {
        var out = "\(pad(year, 4))-\(pad(month))-\(pad(day))"
        guard hasTime || offsetMinutes != nil else { return out }
        out += "T\(pad(hour)):\(pad(minute)):\(pad(second))"
        if let offset = offsetMinutes {
            if offset == 0 {
                out += "Z"
            } else {
                let sign = offset < 0 ? "-" : "+"
                out += "\(sign)\(pad(abs(offset) / 60)):\(pad(abs(offset) % 60))"
            }
        } else {
            out += "Z"
        }
        return out
    }

    /// "January 2, 2021": the same on every machine, whatever its locale.
    public var display: String { "\(ArticleDate.monthNames[month - 1]) \(day), \(year)" }

    public var description: String { iso8601 }

    public static func < (a: ArticleDate, b: ArticleDate) -> Bool { a.epochSeconds < b.epochSeconds }

    private func pad(_ v: Int, _ width: Int = 2) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
