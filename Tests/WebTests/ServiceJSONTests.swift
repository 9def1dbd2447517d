import Foundation
import KaartModel
@testable import Presentation
import SearchIndex
import Testing

/// The API's search page is assembled from cached per-record JSON; it must be byte for byte
/// what encoding the whole page with `JSONEncoder` gives.
@Suite struct ServiceJSONTests {
    let index = TestIndex.index
    var mapping: HSDSMapping { HSDSMapping(index: index, identifiers: .local) }

    func bothWays(_ results: SearchResults, _ language: Language, cache: ServiceJSONCache) throws {
        let strings = Strings.for(language)
        let encoded = try APIJSON.encode(HSDSSearchPage(results, mapping: mapping.speaking(language)))
        let assembled = try cache.searchPage(results, strings: strings)
        #expect(String(decoding: assembled, as: UTF8.self) == String(decoding: encoded, as: UTF8.self))
    }

    @Test("A search page assembled from cached records is byte for byte the encoded page, in both languages", arguments: [
        "wat=eenzaam&bij=6811", "wat=eenzaam", "bij=Arnhem&km=50", "wat=lotgenoten&bij=9501&km=2",
        "wat=somber+schulden", "domein=psychisch-welzijn", "wat=hulp&pagina=2&per_pagina=1", "wat=xyzzy",
        "wat=eenzaamhied", "wat=mijn+dochter+van+15+is+somber", "wat=koffie+Arnhem", "wat=lonely", "wat=hoe+kan+ik",
        "wat=koffie+arnhm",
    ])
    func assembledPagesEqualEncodedPages(_ queryString: String) throws {
        let cache = ServiceJSONCache(mapping: mapping)
        let fields = queryString.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).replacingOccurrences(of: "+", with: " ") }
            return (name: parts[0], value: parts.count > 1 ? parts[1] : "")
        }
        for language in Language.allCases {
            var query = try SearchQuery.parse(fields, taxonomy: index.taxonomy)
            query.language = language
            let results = try index.search(query, today: TestIndex.today, openReports: ["test-escaping-arnhem": 1])
            try bothWays(results, language, cache: cache)
            try bothWays(results, language, cache: cache)  // again, from the cache
        }
    }

    @Test("Quotes, control characters, non-ASCII and </script> are escaped as JSONEncoder escapes them")
    func stringsAreEscapedAsJSONEncoderDoes() throws {
        var results = try index.search(SearchQuery.parse([("wat", "eenzaam"), ("bij", "6811")], taxonomy: index.taxonomy), today: TestIndex.today)
        results.origin?.label = "a\"b\\c/d\u{1}\u{1F}\t\n\r\u{8}\u{C}é€🙂</script>"
        results.origin?.municipality = nil
        try bothWays(results, .dutch, cache: ServiceJSONCache(mapping: mapping))
    }

    @Test("A full cache starts over, holds no more than its capacity and still gives exact pages")
    func aFullCacheStartsOver() throws {
        let cache = ServiceJSONCache(mapping: mapping, capacity: 2)
        let results = try index.search(SearchQuery.parse([("bij", "Arnhem"), ("km", "50")], taxonomy: index.taxonomy), today: TestIndex.today)
        #expect(results.local.count + results.online.count > 2)
        try bothWays(results, .dutch, cache: cache)
        #expect(cache.count > 0 && cache.count <= 2)
    }
}
