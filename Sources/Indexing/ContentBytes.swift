import Foundation

/// A value's content as bytes, for a hash to be taken of: what it encodes (`Encodable`), written
/// as a plain, unambiguous stream: a tag per value, strings with their length, keys by name,
/// containers opened and closed. Two values that encode differently give different bytes; the
/// same value always gives the same bytes within one `kaart` (keys come in the order the type
/// encodes them, not a dictionary's). It is not JSON and is never read back.
///
/// A container's end is written when anything is next written at its parent's depth, or at the
/// end: a type that went back to a parent container while a child was still in use would have
/// the child's later values counted in the parent. Synthesised `Codable` never does that.
///
/// A build hashes every record to find the ones it has seen before (`IndexBuild.contentKey`).
/// Encoding each record to JSON for that took 3.4 s at 100,000 records, JSONEncoder building
/// and sorting a tree of every record first; this writes the bytes as the record walks itself.
struct ContentBytes {
    static func of(_ value: some Encodable) throws -> [UInt8] {
        let sink = Sink()
        try value.encode(to: ContentEncoder(sink: sink, level: 0))
        sink.at(0)
        return sink.bytes
    }

    final class Sink {
        var bytes: [UInt8] = []
        /// How many containers are open.
        private var depth = 0

        init() { bytes.reserveCapacity(2_048) }

        func tag(_ tag: UInt8) { bytes.append(tag) }

        /// Closes the containers deeper than `level`, before something is written at `level`.
        func at(_ level: Int) {
            while depth > level {
                bytes.append(Tag.end)
                depth -= 1
            }
        }

        /// Opens a container at `level` (its parent's level + 1).
        func open(_ tag: UInt8, level: Int) {
            at(level - 1)
            bytes.append(tag)
            depth = level
        }

        func string(_ value: String) {
            var value = value
            value.withUTF8 { utf8 in
                integer(UInt64(utf8.count))
                bytes.append(contentsOf: utf8)
            }
        }

        func integer(_ value: UInt64) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
    }

    enum Tag {
        static let null: UInt8 = 0, bool: UInt8 = 1, string: UInt8 = 2, double: UInt8 = 3, float: UInt8 = 4
        static let signed: UInt8 = 5, unsigned: UInt8 = 6
        static let object: UInt8 = 10, array: UInt8 = 11, end: UInt8 = 12, key: UInt8 = 13
    }
}

/// Encodes one value whose containers open at `level` + 1.
private struct ContentEncoder: Encoder {
    let sink: ContentBytes.Sink
    let level: Int
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.open(ContentBytes.Tag.object, level: level + 1)
        return KeyedEncodingContainer(KeyedContainer<Key>(sink: sink, level: level + 1))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.open(ContentBytes.Tag.array, level: level + 1)
        return UnkeyedContainer(sink: sink, level: level + 1)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleValue(sink: sink, level: level) }
}

/// Writes single values at the container's `level`: shared by all three kinds of container.
private protocol ValueWriter {
    var sink: ContentBytes.Sink { get }
    var level: Int { get }
}

extension ValueWriter {
    func writeNil() {
        sink.at(level)
        sink.tag(ContentBytes.Tag.null)
    }
    func write(_ value: Bool) {
        sink.at(level)
        sink.tag(ContentBytes.Tag.bool)
        sink.tag(value ? 1 : 0)
    }
    func write(_ value: String) {
        sink.at(level)
        sink.tag(ContentBytes.Tag.string)
        sink.string(value)
    }
    func write(_ value: Double) {
        sink.at(level)
        sink.tag(ContentBytes.Tag.double)
        sink.integer(value.bitPattern)
    }
    func write(_ value: Float) {
        sink.at(level)
        sink.tag(ContentBytes.Tag.float)
        sink.integer(UInt64(value.bitPattern))
    }
    func writeSigned(_ value: some SignedInteger) {
        sink.at(level)
        sink.tag(ContentBytes.Tag.signed)
        sink.integer(UInt64(bitPattern: Int64(value)))
    }
    func writeUnsigned(_ value: some UnsignedInteger) {
        sink.at(level)
        sink.tag(ContentBytes.Tag.unsigned)
        sink.integer(UInt64(value))
    }
    func writeEncodable(_ value: some Encodable) throws {
        try value.encode(to: ContentEncoder(sink: sink, level: level))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol, ValueWriter {
    let sink: ContentBytes.Sink
    let level: Int
    var codingPath: [any CodingKey] = []

    private func key(_ key: Key) {
        sink.at(level)
        sink.tag(ContentBytes.Tag.key)
        sink.string(key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws { self.key(key); writeNil() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { self.key(key); write(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { self.key(key); write(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { self.key(key); write(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { self.key(key); write(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { self.key(key); writeSigned(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { self.key(key); writeSigned(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { self.key(key); writeSigned(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { self.key(key); writeSigned(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { self.key(key); writeSigned(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { self.key(key); writeUnsigned(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { self.key(key); writeUnsigned(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { self.key(key); writeUnsigned(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { self.key(key); writeUnsigned(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { self.key(key); writeUnsigned(value) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws { self.key(key); try writeEncodable(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        self.key(key)
        return ContentEncoder(sink: sink, level: level).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        self.key(key)
        return ContentEncoder(sink: sink, level: level).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { ContentEncoder(sink: sink, level: level) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { self.key(key); return ContentEncoder(sink: sink, level: level) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer, ValueWriter {
    let sink: ContentBytes.Sink
    let level: Int
    var codingPath: [any CodingKey] = []
    var count = 0

    mutating func encodeNil() throws { count += 1; writeNil() }
    mutating func encode(_ value: Bool) throws { count += 1; write(value) }
    mutating func encode(_ value: String) throws { count += 1; write(value) }
    mutating func encode(_ value: Double) throws { count += 1; write(value) }
    mutating func encode(_ value: Float) throws { count += 1; write(value) }
    mutating func encode(_ value: Int) throws { count += 1; writeSigned(value) }
    mutating func encode(_ value: Int8) throws { count += 1; writeSigned(value) }
    mutating func encode(_ value: Int16) throws { count += 1; writeSigned(value) }
    mutating func encode(_ value: Int32) throws { count += 1; writeSigned(value) }
    mutating func encode(_ value: Int64) throws { count += 1; writeSigned(value) }
    mutating func encode(_ value: UInt) throws { count += 1; writeUnsigned(value) }
    mutating func encode(_ value: UInt8) throws { count += 1; writeUnsigned(value) }
    mutating func encode(_ value: UInt16) throws { count += 1; writeUnsigned(value) }
    mutating func encode(_ value: UInt32) throws { count += 1; writeUnsigned(value) }
    mutating func encode(_ value: UInt64) throws { count += 1; writeUnsigned(value) }
    mutating func encode(_ value: some Encodable) throws { count += 1; try writeEncodable(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        count += 1
        return ContentEncoder(sink: sink, level: level).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        count += 1
        return ContentEncoder(sink: sink, level: level).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { count += 1; return ContentEncoder(sink: sink, level: level) }
}

private struct SingleValue: SingleValueEncodingContainer, ValueWriter {
    let sink: ContentBytes.Sink
    let level: Int
    var codingPath: [any CodingKey] = []

    mutating func encodeNil() throws { writeNil() }
    mutating func encode(_ value: Bool) throws { write(value) }
    mutating func encode(_ value: String) throws { write(value) }
    mutating func encode(_ value: Double) throws { write(value) }
    mutating func encode(_ value: Float) throws { write(value) }
    mutating func encode(_ value: Int) throws { writeSigned(value) }
    mutating func encode(_ value: Int8) throws { writeSigned(value) }
    mutating func encode(_ value: Int16) throws { writeSigned(value) }
    mutating func encode(_ value: Int32) throws { writeSigned(value) }
    mutating func encode(_ value: Int64) throws { writeSigned(value) }
    mutating func encode(_ value: UInt) throws { writeUnsigned(value) }
    mutating func encode(_ value: UInt8) throws { writeUnsigned(value) }
    mutating func encode(_ value: UInt16) throws { writeUnsigned(value) }
    mutating func encode(_ value: UInt32) throws { writeUnsigned(value) }
    mutating func encode(_ value: UInt64) throws { writeUnsigned(value) }
    mutating func encode(_ value: some Encodable) throws { try writeEncodable(value) }
}
