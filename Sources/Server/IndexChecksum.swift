import Crypto
import Foundation
import KaartModel

/// The SHA-256 of an index file, worked out once in the background as soon as the index is
/// opened (a large index takes a moment; doing it on the first `/healthz` made that request
/// slow, and two at once read the file twice). The file's size and modification time are noted
/// when the index is opened: if the file on disk has changed since (a new `kaart index` not yet
/// reloaded), the checksum would not be that of the index in use, so none is given.
final class IndexChecksum: Sendable {
    private let work: Task<String?, Never>

    struct FileStamp: Equatable, Sendable {
        var size: UInt64
        var modified: Date
    }

    init(path: String) {
        let openedAs = Self.stamp(path)
        work = Task.detached(priority: .background) { Self.digest(path: path, openedAs: openedAs) }
    }

    static func stamp(_ path: String) -> FileStamp? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? UInt64, let modified = attributes[.modificationDate] as? Date
        else { return nil }
        return FileStamp(size: size, modified: modified)
    }

    /// "sha256:…", or nil when the file on disk is no longer the one in use. Waits for the
    /// background work when it has not finished yet.
    var sha256: String? {
        get async { await work.value }
    }

    static func digest(path: String, openedAs: FileStamp?) -> String? {
        guard let openedAs, stamp(path) == openedAs, let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        guard stamp(path) == openedAs else { return nil }
        return "sha256:" + hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
