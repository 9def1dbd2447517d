import KaartModel

extension Strings {
    public static let english = Strings(
        language: .english,
        monthNames: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        kindLabels: [.offering: "service", .supportPoint: "support centre", .peerSupport: "peer support", .online: "online", .knowledge: "to read"],
        nearHeading: { place, radius in "Near \(place) (within \(radius))" },
        allHeading: "Help at a place",
        onlineHeading: "Online and by phone",
        knowledgeHeading: "To read",
        nothingNearby: { radius, place in "We found nothing that fits within \(radius) of \(place)." },
        furtherHeading: "The nearest, further away",
        noResults: "We found nothing that fits. Try other words, or fewer filters.",
        anyWordNotice: "Nothing fits all the words. These fit some of them.",
        lastChecked: "Last checked",
        possiblyOutdated: "may be out of date",
        contact: "Contact",
        noContact: "no phone, e-mail or website known",
        online: "online",
        somewhereInMunicipality: { "somewhere in the municipality of \($0)" },
        inMunicipality: { "in the municipality of \($0)" },
        servesArea: { "for residents of \($0)" },
        nationwide: "for all of the Netherlands",
        about: "about",
        page: { page, pages, total in "Page \(page) of \(pages) (\(total) in all)" },
        explainTerms: "Searched for",
        explainSynonyms: "also searched for",
        explainScore: { relevance, distance, freshness, total in
            "text \(relevance) × distance \(distance) × freshness \(freshness) = \(total)"
        },
        fieldLabels: [
            "kind": "Kind", "summary": "In short", "description": "What is it?",
            "target_groups": "For whom?", "domains": "About", "support_types": "Kind of help",
            "where": "Where?", "schedule": "When?", "cost": "What does it cost?",
            "application_process": "How to start", "access": "Access", "languages": "Languages",
            "accessibility": "Accessibility", "contact": "Contact", "phones": "Phone",
            "email": "E-mail", "url": "Website", "organization": "Organisation",
            "when_to_refer": "For referrers", "ages": "Age", "line": "Care level",
            "sector": "Sector", "id": "Id", "last_checked": "Last checked",
        ],
        sourcesHeading: "Sources",
        handoutFooter: { id in "This information comes from Sociale Kaart (\(id)). Something wrong? Report it with: kaart report \(id)" },
        unknown: "unknown",
        yes: "yes",
        no: "no",
        free: "free",
        inactive: "This service no longer exists or has stopped."
    )
}
