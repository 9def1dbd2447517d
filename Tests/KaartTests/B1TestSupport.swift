import DutchText
import Foundation
import Indexing
import KaartModel
import TestSupport

/// What the B1 tests share: the repository (found from this file, so tests run from anywhere),
/// its reference data loaded once, and the calibration excerpts.
enum B1TestSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let indexer = root.appendingPathComponent("Indexer")
    static let corpus = root.appendingPathComponent("Corpus")
    static let fixtures = root.appendingPathComponent("Tests/KaartTests/Fixtures/b1")

    static let reference: ReferenceData? = try? ReferenceData.load(from: indexer)

    static func checker() throws -> B1Checker {
        guard let reference else { throw LoadFailure(what: "Indexer/") }
        return reference.b1Checker
    }

    static func passages(_ file: String) throws -> PassageFile {
        let text = try String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8)
        return PassageFile(parsing: text, name: file)
    }

    struct LoadFailure: Error, CustomStringConvertible {
        var what: String
        var description: String { "cannot load \(what)" }
    }

    /// A temporary folder removed when the test ends.
    static func temporaryDirectory() throws -> URL {
        let url = Scratch.path("kaart-b1")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
