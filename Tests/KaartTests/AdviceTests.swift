import Advice
import Benchmark
import Foundation
import Indexing
import KaartModel
import SearchIndex
import Testing

/// The assistant's fixture map: the judged search fixture's records (`Fixtures/judged/Corpus`)
/// plus the assistant's own (`Fixtures/advies/Corpus`), indexed once with the real pipeline and
/// the repository's `Indexer/`, in a workspace `kaart` can run in too.
enum AdviceFixture {
    static let folder = repositoryRoot.appendingPathComponent("Tests/KaartTests/Fixtures/advies")

    static let workspace: Workspace = {
        do {
            let workspace = try Workspace()
            for source in [JudgedFixture.folder.appendingPathComponent("Corpus"), folder.appendingPathComponent("Corpus")] {
                for file in try FileManager.default.contentsOfDirectory(atPath: source.path) where file.hasSuffix(".yaml") {
                    try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: workspace.corpus.appendingPathComponent(file))
                }
            }
            try workspace.linkIndexer()
            let result = try runKaart(["index", "--quiet"], in: workspace.root)
            precondition(result.status == 0, "kaart index failed: \(result.stdout) \(result.stderr)")
            return workspace
        } catch {
            fatalError("cannot set up the assistant's workspace: \(error)")
        }
    }()

    static let index: SearchIndex = {
        do { return try SearchIndex(path: workspace.indexFile.path) } catch { preconditionFailure("cannot open the assistant's index: \(error)") }
    }()

    static func kaart(_ arguments: String...) throws -> CommandResult {
        try runKaart(arguments, in: workspace.root)
    }
}

@Suite("The assistant's judged situations", .serialized)
struct AdviceScenarioTests {
    static let set: AdviceScenarioSet = {
        let file = AdviceFixture.folder.appendingPathComponent("scenarios.yaml")
        do {
            return try AdviceScenarioSet.parse(String(contentsOf: file, encoding: .utf8), file: "scenarios.yaml", taxonomy: sharedReference.taxonomy)
        } catch {
            fatalError("cannot read the assistant's scenarios: \(error)")
        }
    }()

    @Test("At least 25 situations, with two- and three-need ones, a young person, an older person and a carer")
    func theSetCoversWhatTheIssueNames() {
        let scenarios = Self.set.scenarios
        #expect(scenarios.count >= 25)
        #expect(scenarios.contains { $0.domains.count == 2 })
        #expect(scenarios.contains { $0.domains.count == 3 })
        let who = Set(scenarios.compactMap(\.who))
        for kind in ["jongere", "oudere", "mantelzorger", "wegwijzer", "inwoner"] { #expect(who.contains(kind), "no situation in the words of a \(kind)") }
    }

    @Test("Every expected domain is found in at least 90 % of the situations, and no domain is suggested that a situation does not name")
    func theAssistantFindsTheDomainsOfTheSituations() throws {
        let score = try AdviceScenarioScore.score(Self.set, index: AdviceFixture.index, today: testToday)
        print("advies scenarios: " + score.report())
        #expect(score.domainsFoundShare >= Self.set.goalDomainsFound, "\(score.report())")
        #expect(score.extraDomains <= Self.set.goalExtraDomains, "\(score.report())")
        #expect(score.helpShownShare >= 0.9, "\(score.report())")
    }

    @Test("A scenario file with an unknown domain names the line and the field")
    func aBadScenarioFileSaysWhere() {
        let yaml = "scenarios:\n  - situatie: schulden\n    domeinen: [geld]\n"
        #expect {
            _ = try AdviceScenarioSet.parse(yaml, file: "x.yaml", taxonomy: sharedReference.taxonomy)
        } throws: { "\($0)".contains("x.yaml") && "\($0)".contains("domeinen") }
    }
}

@Suite("kaart advies on the command line", .serialized)
struct AdviceCommandLineTests {
    @Test("A three-need situation gives a plan per levensdomein, each with why, and ends with the crisis routes")
    func aSituationBecomesAPlan() throws {
        let result = try AdviceFixture.kaart("advies", "alleenstaande moeder, schulden, slaapt slecht, weinig mensen om zich heen", "--bij", "Arnhem")
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("Hulp die past"))
        #expect(out.contains("Geld en schulden"))
        #expect(out.contains("Je noemde 'schulden' → geld en schulden"))
        #expect(out.contains("Lichaam en leefstijl"))
        #expect(out.contains("Sociale contacten en eenzaamheid"))
        #expect(out.contains("Je noemde 'weinig mensen' → sociale contacten en eenzaamheid"))
        #expect(out.contains("Waarom: "))
        #expect(out.contains("In de buurt (lichtste hulp eerst)"))
        #expect(out.contains("Online"))
        #expect(out.contains("Om te lezen"))
        #expect(out.contains("eerst hulp voor ouders"))
        // The order follows the situation: money first, then sleep, then contact.
        let money = try #require(out.range(of: "Geld en schulden")), sleep = try #require(out.range(of: "Lichaam en leefstijl"))
        #expect(money.lowerBound < sleep.lowerBound)
        #expect(out.hasSuffix("Is er direct gevaar? Bel 112.\n"))
    }

    @Test("The lightest help comes first: nulde lijn before eerste before tweede, groups first")
    func theLightestHelpComesFirst() throws {
        let result = try AdviceFixture.kaart("advies", "somber", "--bij", "Arnhem", "--json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let domains = try #require(json["domains"] as? [[String: Any]])
        let mental = try #require(domains.first { $0["domain"] as? String == "psychisch-welzijn" })
        let nearby = try #require(mental["nearby"] as? [[String: Any]])
        let lines = nearby.compactMap { $0["line"] as? String }
        let weight = ["nulde": 0, "eerste": 1, "tweede": 2]
        #expect(lines == lines.sorted { weight[$0]! < weight[$1]! }, "\(lines)")
        #expect(!nearby.contains { $0["id"] as? String == "test-advies-ggz-somber-arnhem" } || lines.last == "tweede")
        let first = try #require(nearby.first)
        #expect((first["why"] as? String)?.hasPrefix("Je noemde 'somber' → psychisch welzijn") == true, "\(first)")
        #expect(mental["online"] is [String: Any])
    }

    @Test("Records for professionals never appear in the assistant's plan, in text or JSON")
    func professionalRecordsNeverAppear() throws {
        for format in [[], ["--json"]] {
            let result = try runKaart(
                ["advies", "somber, schulden, slaap slecht en eenzaam", "--bij", "Arnhem"] + format, in: AdviceFixture.workspace.root)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.contains("test-advies-professioneel-somber"))
            #expect(!result.stdout.contains("Overlegtafel"))
            #expect(!result.stdout.contains("test-professioneel-schulden"))
        }
        // The record is in the index: the search for professionals' own words does not show it either.
        let search = try AdviceFixture.kaart("zoek", "overlegtafel")
        #expect(!search.stdout.contains("Overlegtafel"))
    }

    @Test("Crisis words in the situation put the crisis routes first")
    func crisisWordsComeFirst() throws {
        let result = try AdviceFixture.kaart("advies", "ik wil niet meer leven en heb schulden", "--bij", "Arnhem")
        let out = result.stdout
        let crisis = try #require(out.range(of: "Bel 113"))
        let plan = try #require(out.range(of: "Hulp die past"))
        #expect(crisis.lowerBound < plan.lowerBound)
        #expect(out.hasPrefix("Je schrijft iets wat ons zorgen maakt."))
        let json = try AdviceFixture.kaart("advies", "ik wil niet meer leven", "--json")
        #expect(json.stdout.contains("\"crisis\" : true"))
    }

    @Test("Words it cannot place are listed as such, in plain words")
    func unplacedNeedsAreNamed() throws {
        let result = try AdviceFixture.kaart("advies", "schulden en paardrijden", "--bij", "Arnhem")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Dit konden we niet plaatsen"))
        #expect(result.stdout.contains("We weten niet bij welk onderwerp 'paardrijden' hoort."))
    }

    @Test("The plan is in English with --lang en, and in Arabic, Turkish, Polish and Ukrainian")
    func thePlanSpeaksTheInterfaceLanguages() throws {
        let english = try AdviceFixture.kaart("advies", "schulden", "--bij", "Arnhem", "--lang", "en")
        #expect(english.stdout.contains("Help that fits"))
        #expect(english.stdout.contains("You mentioned 'schulden' → money and debt"))
        for (code, heading) in [("ar", "مساعدة مناسبة"), ("tr", "Uygun yardım"), ("pl", "Pasująca pomoc"), ("uk", "Відповідна допомога")] {
            let result = try AdviceFixture.kaart("advies", "schulden", "--bij", "Arnhem", "--lang", code)
            #expect(result.status == 0)
            #expect(result.stdout.contains(heading), "\(code)")
        }
    }

    @Test("An empty situation: exit code 2 and a request for a few words")
    func anEmptySituation() throws {
        for situation in ["", "   ", "?!"] {
            let result = try AdviceFixture.kaart("advies", situation, "--bij", "Arnhem")
            #expect(result.status == 2)
            #expect(result.stdout.contains("Vertel in een paar woorden wat er speelt."))
        }
    }

    @Test("Only a place: exit code 2, the place read, and a request to say what is going on")
    func onlyAPlace() throws {
        let result = try AdviceFixture.kaart("advies", "Arnhem")
        #expect(result.status == 2)
        #expect(result.stdout.contains("Gezocht rond Arnhem"))
        #expect(result.stdout.contains("We lazen alleen een plaats of leeftijd."))
    }

    @Test("An unknown place: exit code 2 and what to type instead, on stderr")
    func anUnknownPlace() throws {
        let result = try AdviceFixture.kaart("advies", "schulden", "--bij", "Xyzzyville")
        #expect(result.status == 2)
        #expect(result.stderr.contains("kennen we niet als postcode, plaats of gemeente"))
        #expect(result.stdout.isEmpty)
    }

    @Test("A 5,000-character situation is read up to 1,000 characters, and says so")
    func aVeryLongSituation() throws {
        let situation = String(repeating: "ik heb schulden en slaap slecht, ", count: 160).prefix(5_000)
        let result = try AdviceFixture.kaart("advies", String(situation), "--bij", "Arnhem")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Je tekst was lang. We lazen de eerste 1000 tekens."))
        #expect(result.stdout.contains("Geld en schulden"))
    }

    @Test("A place and an age in the words are used, and said")
    func placeAndAgeInTheWords() throws {
        let result = try AdviceFixture.kaart("advies", "mijn dochter van 15 is somber, we wonen in Arnhem")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Gezocht rond Arnhem"))
        #expect(result.stdout.contains("leeftijd 15"))
        #expect(result.stdout.contains("eerst hulp voor jongeren"))
    }
}
