import Foundation
import Indexing
import KaartModel
import SearchIndex
import Testing

/// `kaart import hsds`: Open Referral's own examples, our taxonomy mapping, virtual locations.
@Suite("Importing HSDS 3")
struct HSDSImportTests {
    static let full: SourceLoad = {
        do { return try importSource(.hsds, fixtures.appendingPathComponent("hsds/service_full.json"), name: "openreferral") } catch {
            fatalError("cannot import service_full.json: \(error)")
        }
    }()

    @Test("Open Referral's full service example imports without losing any field we model")
    func fullServiceKeepsEveryModelledField() throws {
        #expect(Self.full.errorCount == 0, "\(Self.full.diagnostics)")
        let entry = try #require(Self.full.records.first?.entry)
        #expect(Self.full.records.count == 1)
        #expect(entry.id == "hsds-openreferral-ac148810-d857-441c-9679-408f346de14b")
        #expect(entry.name == "Community Counselling")
        #expect(entry.alternateName == "MyCity Counselling Services")
        #expect(entry.description.hasPrefix("Counselling Services provided by trained professionals."))
        #expect(entry.description.hasSuffix("difficult life events and circumstances."))
        #expect(entry.url == "http://example.com/counselling")
        #expect(entry.email == "email@example.com")
        #expect(entry.status == .active)
        #expect(entry.applicationProcess?.hasPrefix("If you are an NHS patient") == true)
        #expect(entry.feesDescription?.contains("£50 per hour") == true)
        #expect(entry.whenToRefer == "This service is intended for all people aged 12 and over who require counselling services in the MyCity area")
        #expect(entry.minimumAge == 12)
        #expect(entry.maximumAge == 100)
        #expect(entry.assuredDate == Day("2005-01-01"))
        #expect(entry.lastModified == Day("2023-03-15"))
        #expect(entry.organization == Entry.Organization(name: "Example Organization Inc.", url: "http://example.com"))
        // The number's stray quotes go; its extension and description stay with it.
        #expect(entry.phones.count == 1)
        #expect(entry.phones.first?.number == "+44 1234 234567")
        #expect(entry.phones.first?.description?.hasPrefix("toestel 100; Our main reception phone number.") == true)
        #expect(entry.languages == ["ur"])
        #expect(entry.schedule == "The service is available from 10 am to 6pm weekdays. The service is not available on public holidays. Some of our staff will be unavailable during their lunch break which may be any 30 minute period between 1200 and 1400")
        #expect(entry.accessibility == "The building is equipped with induction loops for hearing aids. Wheelchair access is possible on all levels. Switch hearing aid to T-coil to access the induction loop facility.")
        #expect(entry.locationType == .physical)
        #expect(entry.address == Entry.Address(address1: "1-30 Main Street, MyVillage", postalCode: "ABC 1234", city: "MyCity"))
        // A cost option of £35 says it is not free.
        #expect(entry.free == false)
        #expect(entry.kind == .offering)
    }

    @Test("What the example cannot be, it says: an address abroad, coordinates off the map, a service area and a term we cannot map")
    func fullServiceReportsWhatItCannotUse() {
        let messages = Self.full.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("service_full.json:175:24: warning: service_at_locations[0].location.addresses[0].country: an address in \"US\"") })
        #expect(messages.contains { $0.contains("service_full.json:153:21: warning: service_at_locations[0].location.latitude: 100.0, 101.0 is not a point in the Netherlands") })
        #expect(messages.contains { $0.contains("service_areas[0].name: service area \"The service is available to all residents of the MyCity area.") })
        #expect(messages.contains { $0.contains("attributes[0].taxonomy_term: taxonomy term \"taxonomy: code name\" is not mapped") })
        #expect(Self.full.unmappedTerms.map(\.term) == [ExternalTerm(taxonomy: "taxonomy", code: "code", name: "name")])
        // Fields we do not model are listed, so nothing disappears unseen.
        let ignored = Set(Self.full.ignoredFields.map(\.field))
        for field in ["interpretation_services", "alert", "wait_time", "accreditations", "licenses", "contacts[].name", "funding[].source", "required_documents[].document", "service_at_locations[].location.name", "service_at_locations[].location.transportation"] {
            #expect(ignored.contains(field), "\(field) should be reported as not read")
        }
        #expect(!ignored.contains("name") && !ignored.contains("phones[].number"))
    }

    @Test("The tabular package (CSV tables) imports to the same record as the JSON example, and says where its links break")
    func tabularPackageMatchesJSON() throws {
        let tabular = try importSource(.hsds, fixtures.appendingPathComponent("hsds/tabular"), name: "openreferral")
        #expect(tabular.errorCount == 0, "\(tabular.diagnostics)")
        var fromTables = try #require(tabular.records.first?.entry)
        var fromJSON = try #require(Self.full.records.first?.entry)
        #expect(fromTables.sources.first?.file == "Tests/KaartTests/Fixtures/hsds/tabular")
        fromTables.sources = []
        fromJSON.sources = []
        #expect(fromTables == fromJSON)
        let messages = tabular.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("Tests/KaartTests/Fixtures/hsds/tabular/datapackage.json: warning: not a Data Package descriptor") })
        #expect(messages.contains { $0.hasPrefix("Tests/KaartTests/Fixtures/hsds/tabular/attributes.csv:2:2: warning: link_id: f28dd44b-0c4d-479f-8e90-4c52219a8b3c matches no service") })
        #expect(messages.contains { $0.hasPrefix("Tests/KaartTests/Fixtures/hsds/tabular/locations.csv:2:9: warning: latitude:") })
        #expect(tabular.ignoredFields.map(\.field).contains("contacts.csv (whole table)"))
    }

    @Test("A page of services from the HSDS API imports its services; one without a place is help reached online or by phone")
    func serviceListPage() throws {
        let page = try importSource(.hsds, fixtures.appendingPathComponent("hsds/service_list.json"), name: "lijst")
        #expect(page.itemCount == 1)
        let entry = try #require(page.records.first?.entry)
        #expect(entry.name == "Community Counselling")
        #expect(entry.locationType == .virtual)
        #expect(entry.kind == .online)
        #expect(entry.organization?.name == "Example Organization Inc.")
        #expect(page.diagnostics.contains { $0.message.contains("no location to visit") })
    }

    @Test("Imported records name their source: the file and the record's own id, vouching for every contact fact")
    func importedRecordsNameTheirSource() throws {
        let entry = try #require(Self.full.records.first?.entry)
        let source = try #require(entry.sources.last)
        #expect(source.file == "Tests/KaartTests/Fixtures/hsds/service_full.json")
        #expect(source.record == "ac148810-d857-441c-9679-408f346de14b")
        #expect(Set(source.covers) == ["url", "email", "phones", "address", "schedule", "fees_description", "free"])
        #expect(source.citation == "Tests/KaartTests/Fixtures/hsds/service_full.json, record ac148810-d857-441c-9679-408f346de14b")
        #expect(Self.full.records.first?.origins == [IndexContents.Origin(source: "openreferral", file: "Tests/KaartTests/Fixtures/hsds/service_full.json", recordID: "ac148810-d857-441c-9679-408f346de14b")])
    }

    @Test("Taxonomy terms map through Indexer/hsds-taxonomy.yaml, virtual locations become online help, and Dutch places are placed")
    func mappingVirtualAndPlacement() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let file = workspace.root.appendingPathComponent("wegwijzer.json")
        try """
        [
          {"id": "s-1", "name": "Praatgroep na verlies", "description": "Een groep voor wie iemand verloor.",
           "assured_date": "2026-10-01", "status": "active",
           "attributes": [
             {"id": "a1", "taxonomy_term": {"id": "t1", "name": "Support Groups", "description": "", "taxonomy": "Open Eligibility"}},
             {"id": "a2", "taxonomy_term": {"id": "t2", "name": "Bereavement", "description": "", "taxonomy": "Open Eligibility"}},
             {"id": "a3", "taxonomy_term": {"id": "t3", "code": "X9", "name": "Iets onbekends", "description": "", "taxonomy": "Eigen lijst"}}
           ],
           "service_at_locations": [{"id": "l1", "location": {"id": "loc-1", "location_type": "physical",
              "addresses": [{"id": "ad", "address_1": "Steenstraat 1", "city": "Arnhem", "postal_code": "6811 AB",
                             "state_province": "Gelderland", "country": "NL", "address_type": "physical"}]}}],
           "schedules": [{"id": "sc", "byday": "TU,TH", "opens_at": "19:30", "closes_at": "21:00", "freq": "WEEKLY"}],
           "cost_options": [{"id": "c", "amount": 0, "currency": "EUR"}]},
          {"id": "s-2", "name": "Chat bij somberheid", "description": "Chat met een vrijwilliger.",
           "last_modified": "2026-11-03T09:00:00Z",
           "service_areas": [{"id": "sa", "name": "Nederland"}],
           "service_at_locations": [{"id": "l2", "location": {"id": "loc-2", "location_type": "virtual", "url": "https://chat.example.org/"}}],
           "phones": [{"id": "p", "number": "113"}]}
        ]
        """.write(to: file, atomically: true, encoding: .utf8)
        let load = try importSource(.hsds, file, name: "wegwijzer")
        #expect(load.errorCount == 0, "\(load.diagnostics)")
        let group = try #require(load.records.first { $0.entry.name == "Praatgroep na verlies" }?.entry)
        #expect(group.id == "hsds-wegwijzer-s-1")
        #expect(group.kind == .peerSupport)
        #expect(group.domains == ["psychisch-welzijn", "zingeving"])
        #expect(group.supportTypes == ["lotgenotencontact"])
        #expect(group.municipality == "Arnhem")
        #expect(group.locationPrecision == .address)
        #expect(group.coordinate != nil)
        #expect(group.free == true)
        // A weekly schedule with days and times stays data, so "nu open" can be worked out.
        #expect(group.schedule == nil)
        #expect(group.schedules == [Schedule(days: [.tuesday, .thursday], opens: TimeOfDay("19:30"), closes: TimeOfDay("21:00"))])
        #expect(load.unmappedTerms.map(\.term.description) == ["Eigen lijst: X9 Iets onbekends"])

        let chat = try #require(load.records.first { $0.entry.name == "Chat bij somberheid" }?.entry)
        #expect(chat.kind == .online)
        #expect(chat.locationType == .virtual)
        #expect(chat.url == "https://chat.example.org/")
        #expect(chat.servesWholeCountry)
        // No assured date: the source's last change stands in, and says so.
        #expect(chat.assuredDate == Day("2026-11-03"))
        #expect(load.diagnostics.contains { $0.message.contains("using the last change in the source (2026-11-03)") })
        // Crisis numbers never come from data.
        #expect(chat.phones.isEmpty)
        #expect(load.diagnostics.contains { $0.message.contains("crisis numbers") })
    }

    @Test("A service without a name, or a file that is not HSDS, is an error that says what to do")
    func errors() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let file = workspace.root.appendingPathComponent("kapot.json")
        try """
        [{"id": "x", "description": "Zonder naam.", "assured_date": "2026-01-01"},
         {"id": "y", "name": "Zonder datum", "description": "Wanneer gecontroleerd?"}]
        """.write(to: file, atomically: true, encoding: .utf8)
        let load = try importSource(.hsds, file, name: "kapot")
        #expect(load.records.isEmpty)
        let errors = load.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors.contains { $0.contains("kapot.json:1:2: error: [0].name: this record has no name") })
        #expect(errors.contains { $0.contains("kapot.json:2:2: error: [1].assured_date: no assured date and no last-modified date") })
        // A date the maintainer declared for the whole source is an honest stand-in.
        let declared = try importSource(.hsds, file, name: "kapot", assuredDate: Day("2026-11-20"))
        #expect(declared.records.map(\.entry.assuredDate) == [Day("2026-11-20")])

        try "dit is geen json {".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: ImportError.self) { try importSource(.hsds, file, name: "kapot") }
    }
}
