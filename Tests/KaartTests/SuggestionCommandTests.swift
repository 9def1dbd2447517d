import Feedback
import Foundation
import KaartModel
import Testing

/// "Ik mis iets" at the terminal: `kaart meld --nieuw`, the suggestion in `kaart review`, and
/// `kaart correct --nieuw` scaffolding a record that `kaart check` refuses until a source vouches.
@Suite("kaart meld --nieuw and kaart correct --nieuw")
struct SuggestionCommandTests {
    @Test("A suggestion from the terminal shows in kaart review and becomes a record kaart check refuses until it has a source")
    func suggestionBecomesARecordThatNeedsASource() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.write("goed", record("goed", name: "Goed"))
        try workspace.index()
        let indexer = repositoryRoot.appendingPathComponent("Indexer").path
        let common = ["--index", workspace.indexFile.path, "--feedback", workspace.root.appendingPathComponent("var/feedback.sqlite").path]

        let sent = try runKaart(
            ["meld", "--nieuw", "--naam", "Wandelgroep Rouw (Arnhem)", "--wat", "Elke dinsdag wandelen; bel 06-12345678", "--waar", "Arnhem",
             "--website", "https://example.org/wandelen", "--als", "inwoner", "--contact", "piet@example.org"] + common,
            in: workspace.root)
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stdout.contains("suggestie 1 opgeslagen: Wandelgroep Rouw (Arnhem)"))
        #expect(sent.stdout.contains("weggelaten") || sent.stdout.contains("telefoon"), "the sender hears the number was left out")
        let both = try runKaart(["meld", "goed", "--nieuw", "--naam", "X", "--wat", "Y"] + common, in: workspace.root)
        #expect(both.status != 0)
        for (arguments, message) in [
            (["--wat", "Y"], "vul naam in (--naam)"),
            (["--naam", "X", "--wat", "Y", "--als", "kat"], "\"kat\" is geen inwoner of professional (--als)"),
            (["--naam", "X", "--wat", "Y", "--website", "ftp://x"], "begin met https:// (--website)"),
        ] {
            let wrong = try runKaart(["meld", "--nieuw"] + arguments + common, in: workspace.root)
            #expect(wrong.status == 2)
            #expect(wrong.stderr.contains(message), "the message names the option to fix: \(wrong.stderr)")
        }

        let review = try runKaart(["review"] + common, in: workspace.root)
        #expect(review.stdout.contains("Suggesties voor nieuw aanbod (ik mis iets): 1"))
        #expect(review.stdout.contains("s1 Wandelgroep Rouw (Arnhem) (inwoner, via terminal) — Arnhem"))
        #expect(review.stdout.contains("[contact: piet@example.org]"))
        #expect(!review.stdout.contains("06-12345678"))

        let scaffold = try runKaart(["correct", "--nieuw", "s1", "--indexer", indexer] + common, in: workspace.root)
        #expect(scaffold.status == 0, "\(scaffold.stderr)")
        let file = workspace.corpus.appendingPathComponent("nieuw-wandelgroep-rouw-arnhem.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("name: Wandelgroep Rouw (Arnhem)"))
        #expect(text.contains("url: https://example.org/wandelen"))
        #expect(text.contains("sources: []"))
        let again = try runKaart(["correct", "--nieuw", "1", "--indexer", indexer] + common, in: workspace.root)
        #expect(again.status == 2, "an existing record is never overwritten")

        let check = try runKaart(["check", "--indexer", indexer], in: workspace.root)
        #expect(check.status == 1)
        #expect(check.stdout.contains("Corpus/nieuw-wandelgroep-rouw-arnhem.yaml"))
        #expect(check.stdout.contains("sources"))

        let closed = try runKaart(["review", "--sluit-suggestie", "1"] + common, in: workspace.root)
        #expect(closed.stdout.contains("suggestie 1 afgehandeld; contact gewist"))
        #expect(!closed.stdout.contains("Suggesties voor nieuw aanbod"))
    }
}
