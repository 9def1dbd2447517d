import Crypto
import Foundation
import KaartModel

/// The SHA-256 of an index file, worked out on first use (a large index takes a moment) and
/// kept. The file's size and modification time are noted when the index is opened: if the file
/// on disk has changed since (a new `kaart index` not yet reloaded), the checksum would not be
/// that of the index in use, so none is given.
final class IndexChecksum: Sendable {
    private let path: String
    private let openedAs: FileStamp?
    private let value = Locked<String?>(nil)

    struct FileStamp: Equatable, Sendable {
        var size: UInt64
        var modified: Date
    }

    init(path: String) {
        self.path = path
        openedAs = Self.stamp(path)
    }

    static func stamp(_ path: String) -> FileStamp? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? UInt64, let modified = attributes[.modificationDate] as? Date
        else { return nil }
        return FileStamp(size: size, modified: modified)
    }

    /// "sha256:…", or nil when the file on disk is no longer the one in use.
    var sha256: String? {
        if let known = value.withLock({ $0 }) { return known }
        guard let openedAs, Self.stamp(path) == openedAs, let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        guard Self.stamp(path) == openedAs else { return nil }
        let digest = "sha256:" + hasher.finalize().map { String(format: "%02x", $0) }.joined()
        value.withLock { $0 = digest }
        return digest
    }
}
