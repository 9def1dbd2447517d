import Foundation
import Hummingbird
import Presentation

/// The API's answers: JSON bodies, and the one error shape every API error has:
/// `{"error": {"status": 400, "code": "invalid_parameter", "message": "…", "parameter": "km"}}`.
enum JSONResponses {
    struct ErrorBody: Encodable {
        struct Detail: Encodable {
            var status: Int
            var code: String
            var message: String
            var parameter: String?
        }
        var error: Detail
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        json(data: try APIJSON.encode(value), status: status)
    }

    static func json(data: Data, status: HTTPResponse.Status = .ok, contentType: String = "application/json; charset=utf-8") -> Response {
        Response(
            status: status, headers: [.contentType: contentType, .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func json(bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func error(_ error: WebError, strings: Strings, fields: [(name: String, value: String)]) throws -> Response {
        let body = ErrorBody(error: .init(status: Int(error.status.code), code: error.code, message: error.message(strings), parameter: error.parameter(given: fields)))
        return try json(body, status: error.status)
    }
}
