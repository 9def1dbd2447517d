import Foundation

/// One folder per test process for everything the tests write, removed when the process exits,
/// so test runs leave nothing behind in /tmp (a day of runs had left 14,000 files and folders
/// there, one per test that built an index or opened a feedback store).
public enum Scratch {
    public static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kaart-tests-\(getpid())-\(UUID().uuidString.prefix(8))")
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            fatalError("cannot create the tests' scratch folder \(url.path): \(error)")
        }
        atexit { try? FileManager.default.removeItem(at: Scratch.root) }
        return url
    }()

    /// A new, unused path in `root`: `prefix`, a UUID, then `suffix` (nothing is created).
    public static func path(_ prefix: String, suffix: String = "") -> URL {
        root.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)")
    }
}
