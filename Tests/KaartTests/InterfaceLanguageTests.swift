import Foundation
import Indexing
import KaartModel
import Presentation
import Testing

/// The interface in six languages (issue 18): every text in every language, with the same
/// placeholders; every taxonomy label translated; the crisis lines naming their own numbers.
@Suite("Interface languages")
struct InterfaceLanguageTests {
    /// Sentinels handed to every closure: each must come back in the text, in every language.
    static let words = ["⟦A⟧", "⟦B⟧", "⟦C⟧", "⟦D⟧"]
    static let numbers = [9_871, 9_872, 9_873]

    /// Every plain text of one value, by path (dictionaries by key); closures are listed by
    /// path only: `placeholders` calls each of them with sentinels.
    struct Walk {
        var texts: [String: String] = [:]
        var keys: [String: Set<String>] = [:]

        mutating func visit(_ value: Any, _ path: String) {
            if path.hasSuffix(".standaloneMonthNames") || path.hasSuffix(".language") || path.hasSuffix(".taxonomyLabels") {
                // Optional by design; the language itself; taxonomy labels have their own test
                // (Dutch and English ones live in Indexer/taxonomy.yaml).
                return
            } else if let text = value as? String {
                texts[path] = text
            } else if let list = value as? [String] {
                for (i, text) in list.enumerated() { texts["\(path)[\(i)]"] = text }
            } else if let labels = value as? [String: String] {
                keys[path] = Set(labels.keys)
                for (key, text) in labels { texts["\(path).\(key)"] = text }
            } else if let labels = value as? [Entry.Kind: String] {
                keys[path] = Set(labels.keys.map(\.rawValue))
                for (key, text) in labels { texts["\(path).\(key.rawValue)"] = text }
            } else if let labels = value as? [ReportReason: String] {
                keys[path] = Set(labels.keys.map(\.rawValue))
                for (key, text) in labels { texts["\(path).\(key.rawValue)"] = text }
            } else if let pairs = value as? [(code: String, label: String)] {
                keys[path] = Set(pairs.map(\.code))
                for pair in pairs { texts["\(path).\(pair.code)"] = pair.label }
            } else if String(describing: type(of: value)).contains("->") {
                texts[path] = "⟪closure⟫"
            } else {
                let mirror = Mirror(reflecting: value)
                if mirror.displayStyle == .struct {
                    for child in mirror.children { visit(child.value, path + "." + (child.label ?? "?")) }
                } else {
                    texts[path] = "⟪not checked: \(type(of: value))⟫"
                }
            }
        }
    }

    static func walk(_ strings: Strings) -> Walk {
        var walk = Walk()
        walk.visit(strings, "strings")
        walk.visit(strings.safety, "safety")
        walk.visit(strings.reading, "reading")
        walk.visit(strings.list, "list")
        walk.visit(strings.referrer, "referrer")
        return walk
    }

    /// Every text with a placeholder, called with sentinels, and the sentinels it must carry.
    static func placeholders(_ s: Strings) -> [(path: String, text: String, words: [String])] {
        let (a, b, c, d) = (words[0], words[1], words[2], words[3])
        let (x, y, z) = (numbers[0], numbers[1], numbers[2])
        let (web, practical, confirmation, data, safety, reading) = (s.web, s.practical, s.confirmation, s.data, s.safety, s.reading)
        var list: [(String, String, [String])] = [
            ("nearHeading", s.nearHeading(a, b), [a, b]), ("nothingNearby", s.nothingNearby(a, b), [a, b]),
            ("somewhereInMunicipality", s.somewhereInMunicipality(a), [a]), ("inMunicipality", s.inMunicipality(a), [a]),
            ("servesArea", s.servesArea(a), [a]), ("page", s.page(x, y, z), [x, y, z].map(String.init)),
            ("explainScore", s.explainScore(a, b, c, d), [a, b, c, d]), ("handoutFooter", s.handoutFooter(a), [a]),
            ("sourceUpdated", s.sourceUpdated(a, b), [a, b]), ("goneFromSource", s.goneFromSource(a, b), [a, b]),
            ("websiteBroken", s.websiteBroken(a, b), [a, b]),
            ("queryError.unknownPlace", s.queryError(.unknownPlace(name: a, suggestions: [b])), [a, b]),
            ("queryError.ambiguousPlace", s.queryError(.ambiguousPlace(name: a, choices: [b, c])), [a, b, c]),
            ("queryError.unknownParameter", s.queryError(.unknownParameter(a)), [a]),
            ("queryError.unknownCode", s.queryError(.unknownCode(parameter: "soort", value: a, choices: [b])), [a, b]),
            ("queryError.invalid", s.queryError(.invalid(parameter: "km", value: a, expected: "")), [a]),
            ("reportProblem.unknownEntry", s.reportProblem(.unknownEntry(a)), [a]),
            ("reportProblem.unknownReason", s.reportProblem(.unknownReason(a)), [a]),
            ("reportProblem.tooLong", s.reportProblem(.tooLong(.text, limit: x)), [String(x)]),
            ("web.resultsTitle", web.resultsTitle(a), [a]), ("web.reportHeading", web.reportHeading(a), [a]),
            ("web.reportTextHint", web.reportTextHint(x), [String(x)]), ("web.handoutFooter", web.handoutFooter(a), [a]),
            ("web.notFoundEntry", web.notFoundEntry(a), [a]), ("web.textUsage", web.textUsage(a), [a]),
            ("practical.expectedFrom", practical.expectedFrom(a), [a]), ("practical.dayRange", practical.dayRange(a, b), [a, b]),
            ("practical.hours", practical.hours(a, b), [a, b]), ("practical.validFrom", practical.validFrom(a), [a]),
            ("practical.validUntil", practical.validUntil(a), [a]), ("practical.sourceLine", practical.sourceLine(a), [a]),
            ("practical.ownWebsite", practical.ownWebsite(a), [a]), ("practical.webPage", practical.webPage(a), [a]),
            ("practical.regionalPlan", practical.regionalPlan(a), [a]), ("practical.outsideCoverage", practical.outsideCoverage(a, b), [a, b]),
            ("practical.coverage", practical.coverage(a), [a]),
            ("confirmation.heading", confirmation.heading(a), [a]), ("confirmation.thanksRight", confirmation.thanksRight(a), [a]),
            ("confirmation.expired", confirmation.expired(a), [a]),
            ("languageText.unknownChoice", s.languageText.unknownChoice(a), [a]),
            ("data.translatedBy", data.translatedBy(a, b), [a, b]), ("data.kind", data.kind(a), [a]),
            ("data.supportTypes", data.supportTypes(a), [a]), ("data.targetGroups", data.targetGroups(a), [a]),
            ("data.ages", data.ages(a), [a]), ("data.agesBetween", data.agesBetween(x, y), [String(x), String(y)]),
            ("data.agesFrom", data.agesFrom(x), [String(x)]), ("data.agesUpTo", data.agesUpTo(x), [String(x)]),
            ("data.access", data.access(a), [a]), ("data.online", data.online(a), [a]), ("data.place", data.place(a), [a]),
            ("data.languages", data.languages(a), [a]), ("data.hours", data.hours(a), [a]),
            ("safety.indexUnusable", safety.indexUnusable(a), [a]),
            ("safety.removedPersonalData", safety.removedPersonalData([.phoneNumber, .emailAddress]), []),
            ("reading.searchedFor", reading.searchedFor(a), [a]), ("reading.insteadOf", reading.insteadOf(a, b), [a, b]),
            ("reading.searchAsTyped", reading.searchAsTyped(a), [a]), ("reading.didYouMean", reading.didYouMean(a), [a]),
            ("reading.didYouMeanPlace", reading.didYouMeanPlace(a), [a]), ("reading.aroundPlace", reading.aroundPlace(a), [a]),
            ("reading.searchedAround", reading.searchedAround(a), [a]), ("reading.age", reading.age(x), [String(x)]),
            ("reading.audience", reading.audience(a), [a]), ("reading.leftOut", reading.leftOut(a), [a]),
            ("useAndPrivacy.reportsStored", s.useAndPrivacy.reportsStored(x), [String(x)]),
            ("useAndPrivacy.usageStored", s.useAndPrivacy.usageStored(x, y), [String(x), String(y)]),
            ("useAndPrivacy.rateLimit", s.useAndPrivacy.rateLimit(x, y), [String(x), String(y)]),
            ("suggestion.problem", s.suggestion.problem(.tooLong(.what, limit: x)), [String(x)]),
            ("list.tooMany", s.list.tooMany(x, y), [String(x), String(y)]), ("list.skipped", s.list.skipped(x), [String(x)]),
            ("list.duplicates", s.list.duplicates(x), [String(x)]), ("list.qrCaption", s.list.qrCaption(a), [a]),
            ("list.outcomeLink", s.list.outcomeLink(a), [a]), ("list.outcomeQuestion", s.list.outcomeQuestion(a), [a]),
            ("referrer.waitingTime", s.referrer.waitingTime(a, b, c), [a, b, c]),
        ]
        for (i, route) in CrisisRoutes.all.enumerated() { list.append(("crisis.line[\(i)]", s.crisis.line(route), [route.number])) }
        return list
    }

    @Test("Every closure of Strings is called by the placeholder check")
    func everyClosureIsChecked() {
        let closures = Self.walk(.dutch).texts.filter { $0.value == "⟪closure⟫" }.count
        // queryError and reportProblem are called once per case worth checking.
        let called = Set(Self.placeholders(.dutch).map { $0.path.components(separatedBy: "[").first!.components(separatedBy: ".").prefix(2).joined(separator: ".") })
        let named = Set(called.map { $0.hasPrefix("queryError") ? "queryError" : $0.hasPrefix("reportProblem") ? "reportProblem" : $0 })
        #expect(named.count == closures, "\(closures) closures, \(named.count) checked")
    }

    @Test("Every language fills in every text, with the same keys and the same placeholders as Dutch", arguments: Language.allCases)
    func everyKeyInEveryLanguage(language: Language) {
        let dutch = Self.walk(.dutch)
        let other = Self.walk(.for(language))
        #expect(Set(other.texts.keys) == Set(dutch.texts.keys), "\(language): keys differ")
        #expect(other.keys == dutch.keys, "\(language): dictionary keys differ")
        let missing = Self.placeholders(.for(language)).filter { item in item.words.contains { !item.text.contains($0) } }.map(\.path)
        #expect(missing.isEmpty, "\(language) drops a placeholder in: \(missing)")
        let blank = Self.placeholders(.for(language)).filter { $0.text.trimmingCharacters(in: .whitespaces).isEmpty }.map(\.path)
        #expect(blank.isEmpty)
        let empty = other.texts.filter { $0.value.trimmingCharacters(in: .whitespaces).isEmpty }.map(\.key)
        #expect(empty.isEmpty, "\(language) has empty texts: \(empty)")
        #expect(!other.texts.values.contains { $0.hasPrefix("⟪not checked") }, "a text kind the walk does not know: \(other.texts.filter { $0.value.hasPrefix("⟪not checked") })")
    }

    @Test("The walk notices a dropped placeholder and a missing key")
    func theWalkCanFail() {
        var broken = Strings.english
        broken.nearHeading = { place, _ in "Near \(place)" }
        broken.fieldLabels["kind"] = nil
        let missing = Self.placeholders(broken).filter { item in item.words.contains { !item.text.contains($0) } }.map(\.path)
        #expect(missing == ["nearHeading"])
        #expect(Self.walk(broken).keys["strings.fieldLabels"] != Self.walk(.dutch).keys["strings.fieldLabels"])
    }

    @Test("Each language names itself, and the six names differ")
    func languagesNameThemselves() {
        let names = Language.allCases.map { Strings.for($0).languageName }
        #expect(names == ["Nederlands", "English", "العربية", "Türkçe", "Polski", "Українська"])
        #expect(Language.allCases.filter(\.isRightToLeft) == [.arabic])
    }

    @Test("Every taxonomy label a page shows is translated into Arabic, Turkish, Polish and Ukrainian", arguments: [Language.arabic, .turkish, .polish, .ukrainian])
    func taxonomyLabelsAreTranslated(language: Language) {
        let strings = Strings.for(language)
        let taxonomy = sharedReference.taxonomy
        for facet in [Taxonomy.Facet.domains, .targetGroups, .supportTypes, .access, .lines, .sectors] {
            for term in taxonomy.terms(facet) {
                #expect(strings.taxonomyLabels["\(facet.rawValue)/\(term.code)"] != nil, "\(language): no label for \(facet.rawValue)/\(term.code)")
            }
        }
        let known = Set([Taxonomy.Facet.domains, .targetGroups, .supportTypes, .access, .lines, .sectors].flatMap { facet in taxonomy.terms(facet).map { "\(facet.rawValue)/\($0.code)" } })
        #expect(Set(strings.taxonomyLabels.keys).subtracting(known).isEmpty, "labels for codes the taxonomy does not have")
    }

    @Test("Every language names every help language", arguments: Language.allCases)
    func helpLanguagesAreNamed(language: Language) {
        let strings = Strings.for(language)
        for code in HelpLanguages.codes {
            #expect(strings.languageText.names[code] != nil, "\(language) does not name \(code)")
        }
    }

    @Test("Every crisis line, in every language, names its own number and only numbers from CrisisRoutes", arguments: Language.allCases)
    func crisisLinesCarryTheirNumbers(language: Language) {
        let strings = Strings.for(language)
        let known = Set(CrisisRoutes.all.map(\.number))
        for route in CrisisRoutes.all {
            let line = strings.crisis.line(route)
            #expect(line.contains(route.number), "\(language): \(line)")
            #expect(Set(CrisisRoutes.numbers(in: line)).isSubset(of: known))
        }
        #expect(strings.crisis.line(CrisisRoutes.all[0]).contains(CrisisRoutes.chatName))
        #expect(!strings.crisis.languagesNote.isEmpty)
    }

    @Test("Dutch and English crisis lines are the ones CrisisRoutes holds")
    func dutchAndEnglishLinesAreUnchanged() {
        #expect(Strings.dutch.crisisLines == CrisisRoutes.lines(.dutch))
        #expect(Strings.english.crisisLines == CrisisRoutes.lines(.english))
        #expect(Strings.dutch.crisis.heading == CrisisRoutes.heading(.dutch))
    }
}
