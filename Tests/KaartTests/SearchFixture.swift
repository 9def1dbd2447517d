import Foundation
import SearchIndex

/// A small corpus with records at known places, indexed once for the search tests.
/// The search point is 51.9800, 5.9100 (in Arnhem); `zestien-km` lies 16.0 km due north.
enum SearchFixture {
    static let origin = "51.9800,5.9100"

    static let records: [(String, String)] = [
        ("dichtbij", record(
            "dichtbij", kind: "lotgenoten", name: "Lotgenotencontact bij eenzaamheid",
            description: "Een groep voor mensen die zich eenzaam voelen.",
            domains: "[sociale-contacten]", supportTypes: "[lotgenotencontact]",
            extra: "municipality: Arnhem\nlatitude: 51.9800\nlongitude: 5.9100\ntarget_groups: [volwassenen]")),
        ("zestien-km", record(
            "zestien-km", name: "Inloop De Brug", description: "Een inloop met koffie.",
            supportTypes: "[ontmoeting-en-inloop]",
            extra: "municipality: Rheden\nlatitude: 52.1240\nlongitude: 5.9100")),
        ("rouwgroep", record(
            "rouwgroep", kind: "lotgenoten", name: "Rouwverwerkingsgroep",
            description: "Praten met anderen na het overlijden van iemand die je liefhebt.",
            domains: "[zingeving]", supportTypes: "[lotgenotencontact]",
            extra: "municipality: Arnhem\nlatitude: 51.9900\nlongitude: 5.9200\ntarget_groups: [naasten]")),
        ("jongeren-online", record(
            "jongeren-online", kind: "online", name: "Chat voor jongeren",
            description: "Praat anoniem met een vrijwilliger als je je somber voelt.",
            supportTypes: "[online-zelfhulp]", extra: "target_groups: [jongeren]")),
        ("regionaal-online", record(
            "regionaal-online", kind: "online", name: "Geldlijn Stadskanaal",
            description: "Online vragen stellen over rekeningen.", domains: "[geld-en-schulden]",
            extra: "service_area: [Stadskanaal]")),
        ("gesloten", record(
            "gesloten", name: "Gesloten inloop", description: "Bestaat niet meer.",
            extra: "status: inactive\nmunicipality: Arnhem\nlocation_precision: municipality")),
        ("kennis-steunpunt", record(
            "kennis-steunpunt", kind: "kennis", name: "Wat is een steunpunt?",
            description: "Een steunpunt is een plek waar je zonder afspraak binnenloopt.")),
        ("schulden-stadskanaal", record(
            "schulden-stadskanaal", name: "Schuldhulp Stadskanaal",
            description: "Hulp bij financiële problemen en schulden.", domains: "[geld-en-schulden]",
            supportTypes: "[praktische-hulp]",
            extra: "municipality: Stadskanaal\nlocation_precision: municipality\nfree: true")),
        ("wmo-veendam", record(
            "wmo-veendam", name: "Wmo-loket Veendam", description: "Het loket van de gemeente voor haar inwoners.",
            supportTypes: "[informatie-en-advies]",
            extra: "municipality: Veendam\nlocation_precision: municipality\nservice_area: [Veendam]")),
        ("elst-aanbod", record(
            "elst-aanbod", name: "Wandelgroep Elst", description: "Samen wandelen in Elst.",
            domains: "[lichaam-en-leefstijl]", supportTypes: "[activiteit]",
            extra: "municipality: Overbetuwe\naddress:\n  city: Elst\nlocation_precision: place")),
    ]

    /// A record checked long ago (on its own page, January 2024, and on nothing newer): it
    /// should be marked and ranked lower.
    static let stale = record(
        "oud", kind: "lotgenoten", name: "Lotgenotengroep eenzaamheid",
        description: "Een groep voor mensen die zich eenzaam voelen.",
        domains: "[sociale-contacten]", supportTypes: "[lotgenotencontact]",
        extra: "municipality: Arnhem\nlatitude: 51.9810\nlongitude: 5.9110"
    )
    .replacingOccurrences(of: "  - seed: \"002\"\n    lines: \"655\"\n", with: "")
    .replacingOccurrences(of: "    date: 2026-11-01", with: "    own: true\n    date: 2024-01-15")

    static let index: SearchIndex = {
        do {
            let workspace = try Workspace()
            for (name, yaml) in records { try workspace.write(name, yaml) }
            try workspace.write("oud", stale)
            let load = try workspace.load()
            precondition(load.errorCount == 0, "fixture corpus has errors: \(load.diagnostics)")
            return try workspace.index()
        } catch {
            fatalError("cannot build the search fixture: \(error)")
        }
    }()
}
