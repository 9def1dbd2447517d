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
        inactive: "This service no longer exists or has stopped.",
        sourceUpdated: { source, day in "updated from source \(source) on \(day)" },
        goneFromSource: { source, day in "no longer at source \(source) since \(day)" },
        websiteBroken: { problem, day in "website does not work: \(problem) since \(day)" },
        languageName: "English",
        web: WebText(
            siteName: "Sociale Kaart",
            skipLink: "Skip to content",
            searchHeading: "Find help, nearby or online",
            searchIntro: "For when you do not feel well, feel lonely, or need help with money, housing or work. You do not need an account.",
            whatLabel: "What are you looking for?",
            whatHint: "For example: lonely, debts, grief",
            whereLabel: "Postcode or town",
            whereHint: "For example: 6811 or Arnhem",
            distanceLabel: "Distance",
            domainLabel: "What is it about?",
            targetGroupLabel: "For whom?",
            supportTypeLabel: "What kind of help?",
            anyOption: "Any",
            moreChoices: "More choices: topic, for whom, kind of help",
            freeOnlyLabel: "Free help only",
            searchButton: "Search",
            resultsTitle: { words in words.isEmpty ? "Search results" : "Search results for \(words)" },
            resultsHeading: "What we found",
            previousPage: "Previous page",
            nextPage: "Next page",
            pagesLabel: "Pages",
            emptyPage: "There is nothing more on this page. Go back to the first page.",
            reportLink: "Is this wrong?",
            detailsLink: "More about",
            handoutLink: "Make a handout to print",
            printHint: "Print this page with your browser's print button.",
            backToSearch: "Back to search",
            reportHeading: { name in "Is something wrong with \(name)?" },
            reportIntro: "Let us know. Someone from the Sociale Kaart will look at it and correct it.",
            reasonLegend: "What is wrong?",
            reportTextLabel: "Do you want to tell us more? (optional)",
            reportTextHint: { limit in "At most \(limit) characters. Do not write about your health here." },
            reportContactLabel: "Your e-mail or phone number, if we may ask you something (optional)",
            reportContactHint: "We use this only for this report. Then we delete it.",
            honeypotLabel: "Leave this field empty",
            sendReport: "Send report",
            thanksHeading: "Thank you for your report",
            thanksBody: "We have received and saved your report. Someone from the Sociale Kaart will look at it.",
            handoutFooter: { url in "This information comes from the Sociale Kaart. Something wrong? Report it at \(url)" },
            badRequestHeading: "We cannot search like this",
            badRequestHelp: "Change your search and try again.",
            notFoundHeading: "Not found",
            notFoundEntry: { id in "There is no service with number \"\(id)\". It may have been removed. Search again." },
            notFoundPage: "This page does not exist. Start again from the search.",
            tooManyReports: "You sent many reports in a short time. Wait a quarter of an hour and try again.",
            reportNotSaved: "Your report was NOT saved: something went wrong on our side. Please try again later.",
            requestTooLarge: "What you sent is too long. Make it shorter and try again.",
            unsupportedMediaType: "Send the data as JSON (Content-Type: application/json).",
            methodNotAllowed: "This address does not work that way. Go back to the search page.",
            serverError: "Something went wrong on our side. Please try again later.",
            maintenanceUnauthorized: "This route is for maintainers. Send the maintainer token: Authorization: Bearer …",
            maintenanceDisabled: "Maintenance over the web is switched off. Start the server with a maintainer token (KAART_BEHEER_TOKEN or --beheer-token-bestand).",
            errorHeading: "Something went wrong",
            textUsage: { example in "Search with wat= (what are you looking for?) and bij= (postcode or town), for example:\n  curl '\(example)'" },
            footer: "The information comes from public sources and regional plans. Something wrong? Use the link \"Is this wrong?\" next to the service.",
            apiLink: "For developers: the JSON API",
            routeAction: "Directions",
            printAction: "Print",
            actionsLabel: "Get there, call or look"
        ),
        reasonLabels: [
            .gone: "No longer exists",
            .temporarilyClosed: "Temporarily closed",
            .contactWrong: "Phone number or address is wrong",
            .hoursWrong: "Opening times are wrong",
            .duplicate: "Listed twice",
            .wrongGroupOrTopic: "Wrong group or topic",
            .other: "Something else",
        ],
        queryError: { error in
            switch error {
            case .invalid(let parameter, let value, _):
                let expected: String
                switch parameter {
                case "km": expected = "a distance in km between 0 and \(Int(SearchQuery.maximumRadius.kilometres)), for example 15"
                case "proximity": expected = "a distance in meters between 0 and \(Int(SearchQuery.maximumRadius.kilometres * 1_000)), for example 15000"
                case "leeftijd": expected = "an age in years, for example 19"
                case "pagina", "page": expected = "a page number from 1"
                case "per_pagina", "per_page", "limit": expected = "a number from 1 to \(SearchQuery.maximumPerPage)"
                case "sorteer", "sort": expected = "relevantie (relevance), afstand (distance) or naam (name)"
                case "kind", "type": expected = "one of: " + Entry.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                case "taal": expected = "an interface language: " + Language.allCases.map(\.rawValue).joined(separator: " or ")
                case "hulptaal": expected = "a two-letter language code, for example nl, en, ar or tr"
                case "formaat": expected = "html or tekst"
                case "gratis": expected = "ja (yes) or nee (no)"
                case "bij", "postcode", "plaats": expected = "a place in the Netherlands"
                default: expected = value.isEmpty ? "a value, or leave the parameter out" : "a valid value"
                }
                return "\(parameter) \"\(value)\" is not valid: give \(expected)."
            case .unknownCode(let parameter, let value, let choices):
                return "\(parameter) \"\(value)\" does not exist. Choose from: \(choices.joined(separator: ", "))."
            case .unknownParameter(let name):
                return "Unknown search option \"\(name)\"."
            case .ambiguousPlace(let name, let choices):
                return "\"\(name)\" can be several places: \(choices.joined(separator: "; ")). Choose one, for example \"\(choices.first ?? name)\", or give a postcode."
            case .unknownPlace(let name, let suggestions):
                let hint = suggestions.isEmpty ? "" : " Did you mean: \(suggestions.joined(separator: ", "))?"
                return "We do not know \"\(name)\" as a postcode, town or municipality.\(hint) Give a postcode (like 6811) or a town name."
            }
        },
        reportProblem: { problem in
            switch problem {
            case .missingEntry: "First choose the service you are reporting about."
            case .unknownEntry(let id): "There is no service with number \"\(id)\"."
            case .missingReason: "Choose what is wrong."
            case .unknownReason(let text): "\"\(text)\" is not in the list. Choose what is wrong."
            case .tooLong(.text, let limit): "Your text is too long. Use at most \(limit) characters."
            case .tooLong(.contact, let limit): "Your e-mail or phone number is too long. Use at most \(limit) characters."
            case .invalidCharacters(.text): "Your text contains characters we cannot save."
            case .invalidCharacters(.contact): "Your e-mail or phone number contains characters we cannot save."
            }
        },
        practical: PracticalText(
            dateUnknown: "date unknown",
            notYetAvailable: "Not available yet: this is a plan and has not started.",
            expectedFrom: { "It is expected to start in \($0)." },
            forProfessionalsOnly: "For professionals only, not for residents.",
            openNow: "Open now",
            openToday: "Open today",
            closedToday: "Closed today",
            dayAbbreviations: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            dayRange: { "\($0) to \($1)" },
            hours: { "\($0) to \($1)" },
            allDay: "all day",
            everyDayAndNight: "day and night, every day",
            validFrom: { "from \($0)" },
            validUntil: { "until \($0)" },
            chat: "Chat",
            phone: "Call",
            email: "E-mail",
            website: "Website",
            sourceLine: { "Source: \($0)" },
            ownWebsite: { "website of \($0)" },
            webPage: { "website \($0)" },
            regionalPlan: { region in region.map { "regional plan of \($0)" } ?? "regional plan" },
            outsideCoverage: { place, regions in
                "The Sociale Kaart does not cover \(place) yet. It now covers: \(regions). Below is help you can use anywhere: online and by phone."
            },
            coverage: { "This map covers \($0), and help you can get online or by phone anywhere in the Netherlands." },
            openFilterLabel: "Open",
            openFilterAny: "Any time"
        ),
        confirmation: ConfirmationText(
            heading: { "Is this still right? \($0)" },
            intro: "This is how your service appears on the Sociale Kaart, where residents and professionals look for help. Is everything still right? Tell us with one click.",
            rightButton: "Yes, this is still right",
            wrongLegend: "Is something wrong?",
            fieldLabel: "What is wrong?",
            fields: [
                ("telefoon", "Phone number"), ("e-mail", "E-mail address"), ("website", "Website"),
                ("adres", "Address"), ("tijden", "Opening hours"), ("kosten", "Costs"),
                ("bestaat-niet-meer", "This service no longer exists"), ("anders", "Something else"),
            ],
            correctLabel: "What is right?",
            correctHint: "Write the new number, address or opening hours. Do not write anything about clients here.",
            contactLabel: "Your e-mail or phone number, if we may ask you something (optional)",
            wrongButton: "Send the correction",
            thanksRight: { "Thank you. The map now says: last checked \($0)." },
            thanksWrong: "Thank you. We have received your correction. Someone from the Sociale Kaart will change it.",
            thanksHeading: "Thank you",
            forbiddenHeading: "This link does not work",
            forged: "This link was not made by the Sociale Kaart. Use the link from the e-mail you received.",
            expired: { "This link worked until \($0). Ask the Sociale Kaart for a new link." },
            malformed: "This link is not complete. Copy the whole link from the e-mail.",
            unknownRecord: "This service is no longer on the Sociale Kaart.",
            disabled: "Confirming through a link is switched off on this server.",
            missingCorrection: "Choose what is wrong and write what is right."
        ),
        crisis: CrisisText(
            heading: "Do you need help right now?",
            shortLine: "Need help now?",
            line: { $0.english },
            languagesNote: "These helplines speak Dutch. Their own websites do not say whether they also help in other languages.",
            englishPageLink: "Information from 113 in English"
        ),
        languageText: LanguageText(
            choiceLabel: "Language",
            offer: "Read this page in English",
            unknownChoice: { "We do not know the language \"\($0)\". This page is in Dutch. Choose another language above." },
            helpLanguageLabel: "Help in my language",
            helpLanguageAny: "Any language",
            helpLanguagesUnknown: "not known which languages",
            names: [
                "nl": "Dutch", "en": "English", "ar": "Arabic", "tr": "Turkish", "pl": "Polish", "uk": "Ukrainian",
                "de": "German", "fr": "French", "es": "Spanish", "ru": "Russian", "fa": "Persian", "ti": "Tigrinya", "so": "Somali",
            ]
        ),
        data: DataText(
            madeFromData: "This explanation was made from the details we hold about this service.",
            dutchText: "In Dutch",
            translatedBy: { translator, day in "Translated by \(translator) on \(day)." },
            kind: { "Kind: \($0)." },
            supportTypes: { "Type of help: \($0)." },
            targetGroups: { "For: \($0)." },
            ages: { "Age: \($0)." },
            agesBetween: { low, high in "\(low) to \(high)" },
            agesFrom: { "\($0) and over" },
            agesUpTo: { "up to \($0)" },
            free: "It is free.",
            notFree: "It is not free.",
            access: { "Access: \($0)." },
            online: { "It is online, \($0)." },
            place: { "Where: \($0)." },
            languages: { "Languages: \($0)." },
            hours: { "Open: \($0)." }
        ),
        taxonomyLabels: [:],
        // ---- issue 20 (use counted, privacy): one block, to translate at merge ----
        useAndPrivacy: UseAndPrivacyText(
            foundQuestion: "Did you find what you were looking for?",
            foundYes: "Yes",
            foundNo: "No",
            foundThanksHeading: "Thank you",
            foundThanks: "Thank you for your answer. We only count yes or no. We do not know who you are or what you searched for.",
            privacyLink: "Privacy: what we keep",
            privacyHeading: "Privacy: what we keep and what we do not",
            privacyIntro: "You can use this map without an account. We want to know whether the map helps, not who you are.",
            storedHeading: "What we keep, and for how long",
            reportsStored: { days in "Reports about a service: the reason and your explanation, until the report is handled. We delete your e-mail address or phone number when the report is handled, and after \(days) days at the latest." },
            usageStored: { days, minimum in "Counts per day: how often people searched per municipality, per channel (website or API), which filters and how many results (0, 1 to 3, or 4 or more). Also how often a service or handout was viewed. Searches that found nothing are kept only as a concept, such as \"debts\", never your own words. We show a concept only when at least \(minimum) searches share it. We keep the counts for \(days) days." },
            foundStored: "Your answer to \"Did you find what you were looking for?\": only yes or no, added up per day.",
            whyHeading: "Why",
            why: "This shows us where help is missing and what to improve. Twice a year we report on it to the municipalities and the organisations in the network.",
            whoHeading: "Who sees this",
            who: "Only the map's maintainers see the reports. They and the municipalities see the counts, as totals only.",
            neverHeading: "What we never keep",
            never: ["your IP address", "cookies", "your search words", "your postcode or where you are", "what one person did"],
            rateLimit: { count, minutes in "Against abuse, the server briefly remembers, in memory only, how many messages come from one address: at most \(count) per \(minutes) minutes. The address itself is not stored." },
            crisisNote: "Do you need help now? Call or chat with the help below."
        ),
        suggestion: SuggestionText(
            link: "Something is missing from the map",
            heading: "Something is missing from the map",
            intro: "Do you know a group, drop-in or other help that is not here? Tell us. Someone from Sociale Kaart will look at it and find a source.",
            nameLabel: "Name of the help or group",
            whatLabel: "What is it?",
            whatHint: "For example: a walking group for people who are grieving, every Tuesday. Do not write about your health or about other people here.",
            placeLabel: "Where? (town or address, may be left empty)",
            urlLabel: "Website (may be left empty)",
            roleLegend: "I am",
            resident: "a resident",
            professional: "a professional (care worker, guide)",
            contactLabel: "Your e-mail or phone number, if we may ask you something (may be left empty)",
            contactHint: "We delete this once we have handled your suggestion.",
            send: "Send the suggestion",
            thanksHeading: "Thank you",
            thanks: "Thank you. We have received your suggestion. Someone from Sociale Kaart will look at it.",
            queueFull: "We cannot take suggestions right now, because very many have come in. Please try again later.",
            problem: { problem in
                switch problem {
                case .missing(.name): "Fill in the name of the help or group."
                case .missing(.what): "Write briefly what it is."
                case .missing(_): "Choose whether you are a resident or a professional."
                case .unknownRole: "Choose whether you are a resident or a professional."
                case .tooLong(_, let limit): "This is too long. Use at most \(limit) characters."
                case .invalidCharacters: "This contains characters we cannot store."
                case .notAWebAddress: "The website is not a web address. Start with https://"
                }
            }
        )
        // ---- end issue 20 ----
    )
}

extension SafetyText {
    static let english = SafetyText(
        searchTooSlow: "This search took too long. Try fewer or shorter words.",
        malformedBody: "We could not read what you sent. Please try again.",
        correctionBusy: "Another correction is being processed. Try again in a few seconds.",
        indexUnusable: { detail in "The new index cannot be used: \(detail) The old index stays in use." },
        tooManyReportsAboutEntry: "We already have many reports about this service. We are looking into it. You do not need to send more.",
        reportQueueFull: "We cannot take reports right now, because very many have come in. Please try again later.",
        crisisFirst: "What you wrote worries us. Are you not doing well? Talk to someone about it now. You can right away, free and anonymous:",
        crisisReportStored: "Your report was saved too. Someone from the social map will read it, but that can take a few days. Do not wait for that if you need help now.",
        removedPersonalData: { kinds in
            let names = kinds.map { kind -> String in
                switch kind {
                case .citizenServiceNumber: "a citizen service number (BSN)"
                case .phoneNumber: "a phone number"
                case .emailAddress: "an e-mail address"
                case .streetAddress: "an address"
                }
            }
            let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " and " + names.last! : names.joined()
            return "We left \(list) out of your text. We do not keep such details with a report. If we may ask you something, fill in the box for your e-mail or phone."
        },
        reportFormCrisisNote: "Are you not doing well? Do not wait for us. Below is where you can get help right now."
    )
}

extension ReadingText {
    static let english = ReadingText(
        searchedFor: { "Searched for: \($0)" },
        and: "and",
        insteadOf: { searched, typed in "Searched for \(searched) instead of \(typed)." },
        searchAsTyped: { "Search for \($0) anyway" },
        didYouMean: { "Did you mean \($0)?" },
        didYouMeanPlace: { "Did you mean the place \($0)?" },
        aroundPlace: { "around \($0)" },
        searchedAround: { "Searched around \($0)" },
        age: { "age \($0)" },
        audience: { "help for \($0) first" },
        withoutPlace: "without this place",
        withoutAge: "without age",
        withoutAudience: "for everyone",
        leftOut: { "Not used: \($0)" },
        fewWords: "Say in a few words what you are looking for. For example: lonely, debts or grief.",
        explainHeading: "How we read your question",
        explainConcept: "topic",
        explainPlace: "place from your words",
        explainAge: "age from your words",
        explainAudience: "for whom",
        explainCorrected: "corrected"
    )
}

// ---- issue 19 (list handout, professional view) ----
extension ListText {
    static let english = ListText(
        title: "My list",
        intro: "Help that suits you, on one page. Take it with you or scan the code with your phone.",
        addToList: "Put on my list",
        makeList: "Make my list",
        listHint: "Tick the help you want. Then make one page of it to take with you.",
        unavailable: "no longer available",
        unavailableNote: "This is no longer on the map. Ask the person who gave you this list for something else.",
        whatItIs: "What is it?",
        howToReach: "How do you get there?",
        whereLabel: "Where",
        whenLabel: "When",
        contactLabel: "Phone, e-mail or website",
        hoursUnknown: "We do not know. Call or look at the website.",
        bringOrSay: "What do you bring or say?",
        bringOrSayUnknown: "We do not know. Ask when you get in touch.",
        tooMany: { maximum, given in "A list holds \(maximum) kinds of help. You chose \(given). Here are the first \(maximum)." },
        skipped: { count in count == 1 ? "We could not read one code in the link. We left it out." : "We could not read \(count) codes in the link. We left them out." },
        duplicates: { count in count == 1 ? "One kind of help was on the list twice. We show it once." : "Help was on the list twice \(count) times. We show each one once." },
        empty: "There is nothing on your list yet. Search for help and choose \"Put on my list\".",
        qrLabel: "QR code: open this list on your phone",
        qrCaption: { "Scan the code or go to \($0)" },
        outcomeLink: { "Did it work out? Let us know, without your name: \($0)" },
        outcomeHeading: "Did it work out?",
        outcomeQuestion: { "Did you manage to get help from \($0)?" },
        outcomeYes: "Yes, it worked out",
        outcomeNo: "No, it did not work out",
        outcomePrivacy: "We only count yes and no per month. We keep no name and no other details.",
        outcomeThanks: "Thank you. Your answer has been counted."
    )
}

extension ReferrerText {
    static let english = ReferrerText(
        heading: "For referrers",
        professionalOnlyHeading: "For referrers only",
        whenToRefer: "When to refer",
        slimverwijzen: "Slim verwijzen (waiting times)",
        waitingTimes: "Waiting time",
        waitingTime: { value, day, source in "\(value) (\(day), source: \(source))" },
        tokenMissing: "These pages are for referrers. Log in with your organisation's referrer code.",
        tokenWrong: "This referrer code is not right. Ask the map's maintainer for the right code.",
        feedbackOption: "Add the question \"Did it work out?\" to each offer (anonymous)"
    )
}

// ---- issue 19 (the wegwijzer's assistant) ----
extension AdviceText {
    static let english = AdviceText(
        heading: "What fits your situation?",
        intro: "Tell us in a few words or sentences what is going on. For each topic we look for the lightest help nearby. Also something online and something to read.",
        privacyNote: "We keep nothing of what you type here.",
        situationLabel: "What is going on?",
        situationHint: "For example: single mother, debts, sleeps badly, few people around her",
        placeLabel: "Where do you live?",
        placeHint: "Postcode or town. You may leave it empty.",
        ageLabel: "Age (if you like)",
        button: "Find help that fits",
        planHeading: "Help that fits",
        because: { words, domain in "You mentioned \(words) → \(domain.lowercased())" },
        nearbyHeading: "Nearby (lightest help first)",
        placesHeading: "At a place (lightest help first)",
        furtherHeading: { radius in "Nothing within \(radius). The nearest, further away" },
        onlineHeading: "Online",
        articleHeading: "To read",
        nothingInDomain: "The map has nothing for this yet. Ask your GP or the neighbourhood team.",
        why: "Why",
        lineReason: { line in
            switch line {
            case "nulde": "no referral needed, in the neighbourhood"
            case "eerste": "primary care: GP, practice nurse or neighbourhood team"
            case "tweede": "specialist help: usually with a referral"
            default: line
            }
        },
        groupReason: "together with others",
        noReferralReason: "you can go yourself or sign up",
        audienceReason: { group in "for \(group.lowercased())" },
        domainOnlyReason: { domain in "general help with \(domain.lowercased())" },
        onlineReason: "online, whenever it suits you",
        articleReason: "explained in plain words",
        unplacedHeading: "What we could not place",
        unplaced: { words in "We do not know which topic \(words) belongs to. Search for it yourself, or ask a guide or your GP." },
        noSituation: "Tell us in a few words what is going on. For example: debts, sleeping badly, little contact.",
        onlyPlace: "We only read a place or an age. Tell us what is going on too. For example: debts, low mood or lonely.",
        nothingPlaced: "We could not place your words under a topic. Try other words, or search yourself.",
        truncated: { characters in "Your text was long. We read the first \(characters) characters." },
        readAs: { typed, read in "We read '\(typed)' as '\(read)'." },
        age: { age in "age \(age)" },
        crisisFirst: "You write something that worries us. Talk to someone about it now. You can do that straight away, free and anonymously:",
        quote: { "'\($0)'" },
        and: "and",
        closing: "This is a start, not a referral. Not sure? Call your GP or the neighbourhood team.",
        backToSearch: "Search yourself"
    )
}
// ---- end issue 19 ----
