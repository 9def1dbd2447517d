import KaartModel
import Testing

@Suite("Crisis routes")
struct CrisisRoutesTests {
    @Test("The crisis routes are 113, 0800-0113 and 112, in that order")
    func numbers() {
        #expect(CrisisRoutes.all.map(\.number) == ["113", "0800-0113", "112"])
    }

    @Test("Each route's text names its own number in Dutch and English")
    func texts() {
        for route in CrisisRoutes.all {
            #expect(route.dutch.contains(route.number))
            #expect(route.english.contains(route.number))
        }
        #expect(CrisisRoutes.lines(.dutch).count == 3)
    }
}

@Suite("The taxonomy")
struct TaxonomyTests {
    @Test("Every label is whole: no parenthesis left open by a YAML flow-mapping comma")
    func labelsAreWhole() {
        for (_, terms) in sharedReference.taxonomy.terms {
            for term in terms {
                for label in [term.dutch, term.english] {
                    #expect(label.filter { $0 == "(" }.count == label.filter { $0 == ")" }.count, "\(term.code): \(label)")
                }
            }
        }
    }

    @Test("The never-stigmatising rule holds in the taxonomy's own labels")
    func noEPA() {
        for (_, terms) in sharedReference.taxonomy.terms {
            for term in terms { #expect(!term.dutch.split(separator: " ").contains("EPA")) }
        }
    }
}
