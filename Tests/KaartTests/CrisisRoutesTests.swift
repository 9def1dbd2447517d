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
