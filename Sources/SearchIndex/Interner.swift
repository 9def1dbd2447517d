/// Numbers values in the order they are first seen: the first new value gets 0, the next 1.
/// The index build numbers tokens (postings), facet rows, areas and languages this way, so
/// each is stored once and referred to by number.
struct Interner<Value: Hashable> {
    /// Every value seen, at its number.
    private(set) var values: [Value] = []
    private var numbers: [Value: Int] = [:]

    var count: Int { values.count }

    /// The value's number, and whether this is the first time it was seen.
    mutating func number(_ value: Value) -> (number: Int, isNew: Bool) {
        if let known = numbers[value] { return (known, false) }
        numbers[value] = values.count
        values.append(value)
        return (values.count - 1, true)
    }
}
