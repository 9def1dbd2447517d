import Advice
import Foundation
import KaartModel
import SearchIndex
import Yams

/// The judged situations of the assistant (issue 19): each with the levensdomeinen it must find
/// and the kinds of help that must appear. The figures: the share of situations in which every
/// expected domain was found, the domains suggested that a situation does not name, and the
/// share in which every expected kind of help appeared.
public struct AdviceScenarioSet: Sendable {
    public struct Scenario: Sendable {
        public var line: Int
        public var situation: String
        public var near: String?
        public var age: Int?
        public var who: String?
        public var domains: [String]
        public var help: [HelpKind]
    }

    /// A kind of help a plan must show.
    public enum HelpKind: String, CaseIterable, Sendable {
        /// A place within the radius.
        case nearby = "dichtbij"
        case online
        /// An article.
        case knowledge = "kennis"
        /// The crisis routes first.
        case crisis
        /// Help together with others.
        case group = "groep"
    }

    public var scenarios: [Scenario]
    public var goalDomainsFound: Double
    public var goalExtraDomains: Int

    /// Reads the YAML file; a problem names the line and the field.
    public static func parse(_ yaml: String, file: String, taxonomy: Taxonomy) throws -> AdviceScenarioSet {
        func fail(_ line: Int, _ message: String) -> JudgedSetError {
            let field = String(message.prefix { $0 != ":" })
            return JudgedSetError.malformed(file: file, line: line, field: field, message: String(message.drop { $0 != ":" }.dropFirst().drop { $0 == " " }))
        }
        guard let root = try Yams.compose(yaml: yaml), let items = root["scenarios"]?.sequence else {
            throw fail(1, "scenarios: expected a list of situations")
        }
        let goal = root["goal"]
        var scenarios: [Scenario] = []
        for item in items {
            let line = (item.mark?.line ?? 0)
            guard let situation = item["situatie"]?.string else { throw fail(line, "situatie: every scenario needs the situation in words") }
            let domains = item["domeinen"]?.sequence?.compactMap(\.string) ?? []
            guard !domains.isEmpty else { throw fail(line, "domeinen: list the levensdomeinen the situation names") }
            for code in domains where taxonomy.term(.domains, code: code) == nil {
                throw fail(line, "domeinen: \(code) is no levensdomein code in taxonomy.yaml")
            }
            var help: [HelpKind] = []
            for name in item["hulp"]?.sequence?.compactMap(\.string) ?? [] {
                guard let kind = HelpKind(rawValue: name) else {
                    throw fail(line, "hulp: \(name) is not one of \(HelpKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                help.append(kind)
            }
            var age: Int?
            if let text = item["leeftijd"]?.string {
                guard let value = Int(text), (0...120).contains(value) else { throw fail(line, "leeftijd: give an age from 0 to 120") }
                age = value
            }
            scenarios.append(Scenario(
                line: line, situation: situation, near: item["bij"]?.string, age: age, who: item["wie"]?.string, domains: domains, help: help))
        }
        return AdviceScenarioSet(
            scenarios: scenarios, goalDomainsFound: goal?["domains_found"]?.float ?? 0.9, goalExtraDomains: goal?["extra_domains"]?.int ?? 0)
    }
}

/// How the assistant did on a scenario set.
public struct AdviceScenarioScore: Sendable {
    public struct Outcome: Sendable {
        public var scenario: AdviceScenarioSet.Scenario
        public var found: [String]
        public var missing: [String]
        public var extra: [String]
        public var missingHelp: [AdviceScenarioSet.HelpKind]
        public var unplaced: [String]

        public var allDomainsFound: Bool { missing.isEmpty }
        public var allHelpShown: Bool { missingHelp.isEmpty }
    }

    public var outcomes: [Outcome]

    public var domainsFoundShare: Double { share(\.allDomainsFound) }
    public var helpShownShare: Double { share(\.allHelpShown) }
    public var extraDomains: Int { outcomes.reduce(0) { $0 + $1.extra.count } }

    func share(_ passed: KeyPath<Outcome, Bool>) -> Double {
        outcomes.isEmpty ? 0 : Double(outcomes.filter { $0[keyPath: passed] }.count) / Double(outcomes.count)
    }

    /// Runs every scenario through `Advisor` on `index`.
    public static func score(_ set: AdviceScenarioSet, index: SearchIndex, today: Day) throws -> AdviceScenarioScore {
        let advisor = Advisor(index: index)
        var outcomes: [Outcome] = []
        for scenario in set.scenarios {
            let advice = try advisor.advise(AdviceRequest(situation: scenario.situation, near: scenario.near, age: scenario.age), today: today)
            let found = advice.domains.map(\.domain)
            var missingHelp: [AdviceScenarioSet.HelpKind] = []
            let suggestions = advice.domains.flatMap(\.suggestions)
            for kind in scenario.help {
                let shown: Bool
                switch kind {
                case .nearby: shown = advice.domains.contains { !$0.nearby.isEmpty && !$0.nearbyIsFurther }
                case .online: shown = advice.domains.contains { $0.online != nil }
                case .knowledge: shown = advice.domains.contains { $0.article != nil }
                case .crisis: shown = advice.crisis
                case .group: shown = suggestions.contains { $0.reasons.contains(.group) }
                }
                if !shown { missingHelp.append(kind) }
            }
            outcomes.append(Outcome(
                scenario: scenario, found: found, missing: scenario.domains.filter { !found.contains($0) },
                extra: found.filter { !scenario.domains.contains($0) }, missingHelp: missingHelp, unplaced: advice.unplaced))
        }
        return AdviceScenarioScore(outcomes: outcomes)
    }

    /// One line per scenario that fell short, and the figures.
    public func report() -> String {
        var lines = outcomes.filter { !$0.allDomainsFound || !$0.extra.isEmpty || !$0.allHelpShown }.map { outcome in
            "line \(outcome.scenario.line): \"\(outcome.scenario.situation)\" found \(outcome.found)"
                + (outcome.missing.isEmpty ? "" : ", missing \(outcome.missing)")
                + (outcome.extra.isEmpty ? "" : ", extra \(outcome.extra)")
                + (outcome.missingHelp.isEmpty ? "" : ", no \(outcome.missingHelp.map(\.rawValue))")
                + (outcome.unplaced.isEmpty ? "" : ", unplaced \(outcome.unplaced)")
        }
        lines.append(String(
            format: "%d situations: every expected domain found in %.0f %%, %d domains suggested that were not named, every expected kind of help in %.0f %%",
            outcomes.count, domainsFoundShare * 100, extraDomains, helpShownShare * 100))
        return lines.joined(separator: "\n")
    }
}
