extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without white space at either end (Unicode's White_Space, newlines included, and
    /// the zero-width space, which Foundation's set also holds), as Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives it. On Linux that one goes
    /// through NSString: on the search path it was a twentieth of a request.
    public var trimmingWhitespace: String {
        guard let first = utf8.first, let last = utf8.last else { return "" }
        // Printable ASCII at both ends, the usual case: nothing to trim, nothing to look up.
        if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return String(self) }
        let kept = { (c: Character) in !c.isWhitespace && c != "\u{200B}" }
        guard let start = firstIndex(where: kept), let end = lastIndex(where: kept) else { return "" }
        return String(self[start...end])
    }
}
