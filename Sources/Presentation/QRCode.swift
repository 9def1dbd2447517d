import CQRencode
import Foundation

/// A QR code made by Debian's libqrencode (never by our own encoder), as the grid of its
/// modules. The list handout prints one that opens the same live list.
public struct QRCode: Sendable, Equatable {
    /// Modules per side, without the quiet zone.
    public let width: Int
    /// Row by row, `true` for a dark module.
    public let modules: [Bool]

    /// The quiet zone the standard asks for around the code, in modules.
    public static let quietZone = 4

    /// Encodes `text` (a web address) at error-correction level M, or nil when libqrencode
    /// cannot (text longer than the largest code holds).
    public init?(_ text: String) {
        guard !text.isEmpty, let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let data = UnsafeBufferPointer(start: code.pointee.data, count: width * width)
        self.width = width
        // libqrencode marks a dark module by the lowest bit; the others say what the module is for.
        self.modules = data.map { $0 & 1 == 1 }
    }

    public func isDark(row: Int, column: Int) -> Bool { modules[row * width + column] }

    /// The code as inline SVG, marked `class="qr"`: one path of dark runs on a white square,
    /// with presentation attributes only (the CSP allows no style attribute). `label` is read
    /// out by screen readers and must already be escaped for HTML.
    public func svg(label: String, size: Int = 160) -> String {
        let side = width + 2 * Self.quietZone
        var path = ""
        for row in 0..<width {
            var column = 0
            while column < width {
                guard isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                var run = 1
                while column + run < width && isDark(row: row, column: column + run) { run += 1 }
                path += "M\(column + Self.quietZone) \(row + Self.quietZone)h\(run)v1h-\(run)z"
                column += run
            }
        }
        return "<svg class=\"qr\" viewBox=\"0 0 \(side) \(side)\" width=\"\(size)\" height=\"\(size)\" role=\"img\" aria-label=\"\(label)\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path d=\"\(path)\" fill=\"#000\"/></svg>"
    }
}
