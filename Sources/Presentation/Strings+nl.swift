import KaartModel

extension Strings {
    /// Dutch at B1 level: short sentences, common words, "je".
    public static let dutch = Strings(
        language: .dutch,
        monthNames: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        kindLabels: [.offering: "aanbod", .supportPoint: "steunpunt", .peerSupport: "lotgenoten", .online: "online", .knowledge: "om te lezen"],
        nearHeading: { place, radius in "In de buurt van \(place) (tot \(radius))" },
        allHeading: "Hulp op een plek",
        onlineHeading: "Online en telefonisch",
        knowledgeHeading: "Om te lezen",
        nothingNearby: { radius, place in "Binnen \(radius) van \(place) vonden we niets dat past." },
        furtherHeading: "Het dichtstbij, verder weg",
        noResults: "We vonden niets dat past. Probeer andere woorden, of minder filters.",
        anyWordNotice: "Niets past bij alle woorden. Dit past bij een deel van de woorden.",
        lastChecked: "Laatst gecontroleerd",
        possiblyOutdated: "mogelijk verouderd",
        contact: "Contact",
        noContact: "geen telefoon, e-mail of website bekend",
        online: "online",
        somewhereInMunicipality: { "ergens in de gemeente \($0)" },
        inMunicipality: { "in de gemeente \($0)" },
        servesArea: { "voor inwoners van \($0)" },
        nationwide: "voor heel Nederland",
        about: "ca.",
        page: { page, pages, total in "Pagina \(page) van \(pages) (\(total) in totaal)" },
        explainTerms: "Gezocht op",
        explainSynonyms: "ook gezocht op",
        explainScore: { relevance, distance, freshness, total in
            "tekst \(relevance) × afstand \(distance) × actualiteit \(freshness) = \(total)"
        },
        fieldLabels: [
            "kind": "Soort", "summary": "In het kort", "description": "Wat is het?",
            "target_groups": "Voor wie?", "domains": "Waarover?", "support_types": "Wat voor hulp?",
            "where": "Waar?", "schedule": "Wanneer?", "cost": "Wat kost het?",
            "application_process": "Hoe begin je?", "access": "Toegang", "languages": "Talen",
            "accessibility": "Toegankelijkheid", "contact": "Contact", "phones": "Telefoon",
            "email": "E-mail", "url": "Website", "organization": "Organisatie",
            "when_to_refer": "Voor verwijzers", "ages": "Leeftijd", "line": "Lijn",
            "sector": "Sector", "id": "Id", "last_checked": "Laatst gecontroleerd",
        ],
        sourcesHeading: "Bronnen",
        handoutFooter: { id in "Deze informatie komt van Sociale Kaart (\(id)). Klopt er iets niet? Meld het met: kaart meld \(id)" },
        unknown: "onbekend",
        yes: "ja",
        no: "nee",
        free: "gratis",
        inactive: "Dit aanbod bestaat niet meer of is gestopt."
    )
}
