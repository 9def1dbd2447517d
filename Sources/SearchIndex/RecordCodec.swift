import CZlib
import Foundation
import KaartModel

/// How the index stores a record: its JSON, deflated (raw deflate, zlib) with a preset
/// dictionary of the text records share. A record is about 1.2 kB of JSON, too short for
/// deflate to find much to repeat on its own; primed with the keys, the usual values and the
/// taxonomy's codes it shrinks to about 40 % (the real corpus) or 42 % (the bench's synthetic
/// records), where plain deflate reached 47 % and 57 %. At 100,000 records the JSON was 124 MB
/// of a 300 MB index. Reading a record back costs a few microseconds of inflate, next to the
/// tens that decoding its JSON takes, and a search reads at most a page of them.
///
/// The dictionary is written into the index (`meta.record_dictionary`) and read back from it,
/// so an index is always read with the dictionary it was written with.
public struct RecordCodec: Sendable {
    public let dictionary: [UInt8]

    public init(dictionary: [UInt8]) {
        self.dictionary = dictionary
    }

    /// The codec a build uses for records under `taxonomy`.
    public init(taxonomy: Taxonomy) {
        self.init(dictionary: Self.dictionary(taxonomy: taxonomy))
    }

    /// The text deflate is primed with: the taxonomy's codes, then values and keys that nearly
    /// every record has. Deflate codes nearer distances in fewer bits, so the most common
    /// strings come last, and the whole of it (about 2 kB) stays within the 8 kB window it is
    /// set up with (`kaart_deflate_init`). The codes are sorted, so the same taxonomy gives the
    /// same dictionary and the same index bytes.
    static func dictionary(taxonomy: Taxonomy) -> [UInt8] {
        var text = ""
        for facet in Taxonomy.Facet.allCases {
            for code in taxonomy.terms(facet).map(\.code).sorted() { text += "\"\(code)\"," }
        }
        text += #""free":false,"minimumAge":"maximumAge":"feesDescription":"applicationProcess":"email":"#
        text += #""address":{"address1":"city":"postalCode":"},"organization":{"name":"url":"https:\/\/www."#
        text += #""schedule":"schedules":[{"closes":"days":[],"opens":"}],"whenToRefer":"alternateName":"#
        text += #""municipality":"coordinate":{"latitude":"longitude":"},"phones":[{"number":"}],"#
        text += #""access":"assuredDate":"2025-"sector":"ggz","welzijn","sociaal-domein","landelijk","#
        text += #""sources":[{"covers":[],"date":"2025-"lines":"seed":"00"note":"url":"https:\/\/"}],"#
        text += #"{"audience":"everyone","crisis":false,"description":"domains":[""#
        text += #"],"id":"kind":"aanbod","languages":[],"locationPrecision":"none","locationType":"physical","#
        text += #""metadata":[],"name":"phones":[],"schedules":[],"servesWholeCountry":false,"serviceArea":[],"#
        text += #""status":"active","summaryB1":"supportTypes":[""targetGroups":["iedereen"]}"#
        return Array(text.utf8)
    }

    /// The deflated form of `json`.
    public func compress(_ json: Data) throws -> Data {
        var source = [UInt8](json)
        var stream = z_stream()
        guard kaart_deflate_init(&stream, Z_DEFAULT_COMPRESSION) == Z_OK else { throw RecordCodecError.failed("deflateInit") }
        defer { deflateEnd(&stream) }
        let primed = dictionary.withUnsafeBufferPointer { deflateSetDictionary(&stream, $0.baseAddress, uInt($0.count)) }
        guard primed == Z_OK else { throw RecordCodecError.failed("deflateSetDictionary") }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(source.count))))
        let status = source.withUnsafeMutableBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = input.baseAddress
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        // deflateBound is enough for one call with Z_FINISH, so anything else is a fault.
        guard status == Z_STREAM_END else { throw RecordCodecError.failed("deflate (\(status))") }
        return Data(output[0..<Int(stream.total_out)])
    }

    /// The JSON that `compress` deflated into `data`.
    public func decompress(_ data: Data) throws -> Data {
        var stream = z_stream()
        guard kaart_inflate_init(&stream) == Z_OK else { throw RecordCodecError.failed("inflateInit") }
        defer { inflateEnd(&stream) }
        let primed = dictionary.withUnsafeBufferPointer { inflateSetDictionary(&stream, $0.baseAddress, uInt($0.count)) }
        guard primed == Z_OK else { throw RecordCodecError.failed("inflateSetDictionary") }
        // Records shrink to about 40 %; start at four times the input and grow when needed.
        var output = [UInt8](repeating: 0, count: max(256, data.count * 4))
        var input = [UInt8](data)
        var status: Int32 = Z_OK
        try input.withUnsafeMutableBufferPointer { input in
            stream.next_in = input.baseAddress
            stream.avail_in = uInt(input.count)
            while true {
                let produced = Int(stream.total_out)
                status = output.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress! + produced
                    stream.avail_out = uInt(out.count - produced)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                if status == Z_STREAM_END { break }
                // Out of room: grow and go on. Anything else (bad data, input ended early) is damage.
                guard status == Z_OK || status == Z_BUF_ERROR, stream.avail_out == 0 else {
                    throw RecordCodecError.failed("inflate (\(status))")
                }
                output += [UInt8](repeating: 0, count: output.count)
            }
        }
        return Data(output[0..<Int(stream.total_out)])
    }
}

public enum RecordCodecError: Error, CustomStringConvertible {
    case failed(String)

    public var description: String {
        switch self {
        case .failed(let step): "zlib failed in \(step)"
        }
    }
}
