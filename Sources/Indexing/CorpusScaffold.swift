import Foundation
import KaartModel
import Yams

/// A new record from a suggestion ("ik mis iets"): what the sender told, with an empty
/// `sources:`. `kaart check` refuses it until a maintainer adds a source that vouches for it
/// (a seed with lines, or the organisation's own page with its date); only then is it indexed.
public struct CorpusScaffold: Sendable {
    public var id: String
    public var file: URL

    /// Writes `Corpus/<id>.yaml`; refuses to overwrite a record that exists.
    public static func write(
        name: String, description: String, url: String?, place: String?, suggestion: Int64, role: String,
        paths: IndexPaths, today: Day
    ) throws -> CorpusScaffold {
        let id = "nieuw-" + slug(name)
        let file = paths.corpus.appendingPathComponent("\(id).yaml")
        guard !FileManager.default.fileExists(atPath: file.path) else {
            throw CorrectionError.badValue("id", "\(id) bestaat al in \(file.lastPathComponent); pas dat record aan met kaart correct")
        }
        var pairs: [(Node, Node)] = [
            (Node("id"), Node(id)), (Node("kind"), Node("aanbod")), (Node("name"), Node(name)),
            (Node("description"), Node(description)),
        ]
        if let url { pairs.append((Node("url"), Node(url))) }
        pairs.append((Node("domains"), .sequence(Node.Sequence([]))))
        pairs.append((Node("support_types"), .sequence(Node.Sequence([]))))
        pairs.append((Node("sources"), .sequence(Node.Sequence([]))))
        var text = "# Uit suggestie s\(suggestion) (\(role)) van \(today)\(place.map { ", waar: \(oneLine($0))" } ?? "").\n"
        text += "# kaart check weigert dit record tot een bron het onderbouwt: vul sources, domains, support_types en de plek in.\n"
        text += try serialize(node: .mapping(Node.Mapping(pairs)), width: 100, allowUnicode: true)
        try FileManager.default.createDirectory(at: paths.corpus, withIntermediateDirectories: true)
        try AtomicFile.write(Data(text.utf8), to: file)
        return CorpusScaffold(id: id, file: file)
    }

    static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ")
    }

    /// "Wandelgroep Rouw (Arnhem)" → "wandelgroep-rouw-arnhem".
    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "nl_NL")).lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return String((slug.isEmpty ? "suggestie" : slug).prefix(60))
    }
}
