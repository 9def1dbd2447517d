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
        inactive: "Dit aanbod bestaat niet meer of is gestopt.",
        sourceUpdated: { source, day in "bijgewerkt uit bron \(source) op \(day)" },
        goneFromSource: { source, day in "niet meer bij bron \(source) sinds \(day)" },
        websiteBroken: { problem, day in "website werkt niet: \(problem) sinds \(day)" },
        languageName: "Nederlands",
        web: WebText(
            siteName: "Sociale Kaart",
            skipLink: "Naar de inhoud",
            searchHeading: "Vind hulp, dichtbij of online",
            searchIntro: "Voor als je je niet goed voelt, je eenzaam voelt, of hulp zoekt bij geld, wonen of werk. Je hebt geen account nodig.",
            whatLabel: "Wat zoek je?",
            whatHint: "Bijvoorbeeld: eenzaam, schulden, rouw",
            whereLabel: "Postcode of plaats",
            whereHint: "Bijvoorbeeld: 6811 of Arnhem",
            distanceLabel: "Afstand",
            domainLabel: "Waarover gaat het?",
            targetGroupLabel: "Voor wie?",
            supportTypeLabel: "Wat voor hulp?",
            anyOption: "Alles",
            moreChoices: "Meer keuzes: onderwerp, voor wie, soort hulp",
            freeOnlyLabel: "Alleen gratis hulp",
            searchButton: "Zoeken",
            resultsTitle: { words in words.isEmpty ? "Zoekresultaten" : "Zoekresultaten voor \(words)" },
            resultsHeading: "Wat we vonden",
            previousPage: "Vorige pagina",
            nextPage: "Volgende pagina",
            pagesLabel: "Pagina's",
            emptyPage: "Op deze pagina staat niets meer. Ga terug naar de eerste pagina.",
            reportLink: "Klopt dit niet?",
            detailsLink: "Meer over",
            handoutLink: "Maak een handout om te printen",
            printHint: "Print deze pagina met de printknop van je browser.",
            backToSearch: "Terug naar zoeken",
            reportHeading: { name in "Klopt er iets niet bij \(name)?" },
            reportIntro: "Laat het ons weten. Iemand van de sociale kaart kijkt ernaar en past het aan.",
            reasonLegend: "Wat klopt er niet?",
            reportTextLabel: "Wil je meer vertellen? (mag leeg blijven)",
            reportTextHint: { limit in "Hoogstens \(limit) tekens. Schrijf hier niets over je gezondheid." },
            reportContactLabel: "Je e-mail of telefoonnummer, als we je iets mogen vragen (mag leeg blijven)",
            reportContactHint: "We gebruiken dit alleen voor deze melding. Daarna wissen we het.",
            honeypotLabel: "Laat dit veld leeg",
            sendReport: "Melding versturen",
            thanksHeading: "Bedankt voor je melding",
            thanksBody: "We hebben je melding goed ontvangen en bewaard. Iemand van de sociale kaart kijkt ernaar.",
            handoutFooter: { url in "Deze informatie komt van de Sociale Kaart. Klopt er iets niet? Meld het op \(url)" },
            badRequestHeading: "Zo kunnen we niet zoeken",
            badRequestHelp: "Pas je zoekvraag aan en probeer het opnieuw.",
            notFoundHeading: "Niet gevonden",
            notFoundEntry: { id in "Er is geen aanbod met nummer \"\(id)\". Misschien is het verwijderd. Zoek opnieuw." },
            notFoundPage: "Deze pagina bestaat niet. Begin opnieuw bij het zoeken.",
            tooManyReports: "Je hebt kort na elkaar veel meldingen gestuurd. Wacht een kwartier en probeer het dan opnieuw.",
            reportNotSaved: "Je melding is NIET bewaard: bij ons ging iets mis met opslaan. Probeer het later opnieuw.",
            requestTooLarge: "Wat je stuurde is te lang. Maak het korter en probeer het opnieuw.",
            unsupportedMediaType: "Stuur de gegevens als JSON (Content-Type: application/json).",
            methodNotAllowed: "Dit adres werkt niet zo. Ga terug naar de zoekpagina.",
            serverError: "Er ging bij ons iets mis. Probeer het later opnieuw.",
            maintenanceUnauthorized: "Deze route is voor beheerders. Stuur het beheertoken mee: Authorization: Bearer …",
            maintenanceDisabled: "Beheer via het web staat uit. Start de server met een beheertoken (KAART_BEHEER_TOKEN of --beheer-token-bestand).",
            errorHeading: "Er ging iets mis",
            textUsage: { example in "Zoek met wat= (wat zoek je?) en bij= (postcode of plaats), bijvoorbeeld:\n  curl '\(example)'" },
            footer: "De informatie komt uit openbare bronnen en regionale plannen. Klopt iets niet? Gebruik de link \"Klopt dit niet?\" bij het aanbod.",
            apiLink: "Voor ontwikkelaars: de JSON-API",
            routeAction: "Route",
            printAction: "Printen",
            actionsLabel: "Zo kom je erheen, bellen of kijken"
        ),
        reasonLabels: [
            .gone: "Bestaat niet meer",
            .temporarilyClosed: "Tijdelijk dicht",
            .contactWrong: "Telefoon of adres klopt niet",
            .hoursWrong: "Tijden kloppen niet",
            .duplicate: "Staat er dubbel in",
            .wrongGroupOrTopic: "Verkeerde doelgroep of thema",
            .other: "Anders",
        ],
        queryError: { $0.description.prefix(1).uppercased() + $0.description.dropFirst() },
        reportProblem: { problem in
            switch problem {
            case .missingEntry: "Kies eerst het aanbod waar je iets over meldt."
            case .unknownEntry(let id): "Er is geen aanbod met nummer \"\(id)\"."
            case .missingReason: "Kies wat er niet klopt."
            case .unknownReason(let text): "\"\(text)\" staat niet in de lijst. Kies wat er niet klopt."
            case .tooLong(.text, let limit): "Je tekst is te lang. Gebruik hoogstens \(limit) tekens."
            case .tooLong(.contact, let limit): "Je e-mail of telefoonnummer is te lang. Gebruik hoogstens \(limit) tekens."
            case .invalidCharacters(.text): "Je tekst bevat tekens die we niet kunnen bewaren."
            case .invalidCharacters(.contact): "Je e-mail of telefoonnummer bevat tekens die we niet kunnen bewaren."
            }
        },
        practical: PracticalText(
            dateUnknown: "datum onbekend",
            notYetAvailable: "Nog niet beschikbaar: dit is een plan, het is nog niet begonnen.",
            expectedFrom: { "Het begint naar verwachting in \($0)." },
            forProfessionalsOnly: "Alleen voor professionals, niet voor inwoners.",
            openNow: "Nu open",
            openToday: "Vandaag open",
            closedToday: "Vandaag dicht",
            dayAbbreviations: ["ma", "di", "wo", "do", "vr", "za", "zo"],
            dayRange: { "\($0) t/m \($1)" },
            hours: { "\($0) tot \($1) uur" },
            allDay: "de hele dag",
            everyDayAndNight: "dag en nacht, elke dag",
            validFrom: { "vanaf \($0)" },
            validUntil: { "tot en met \($0)" },
            chat: "Chat",
            phone: "Bel",
            email: "Mail",
            website: "Website",
            sourceLine: { "Bron: \($0)" },
            ownWebsite: { "website van \($0)" },
            webPage: { "website \($0)" },
            regionalPlan: { region in region.map { "plan van de regio \($0)" } ?? "plan van de regio" },
            outsideCoverage: { place, regions in
                "De Sociale Kaart gaat nog niet over \(place). Er staat nu hulp op uit: \(regions). Hieronder staat hulp die je overal kunt gebruiken: online en telefonisch."
            },
            coverage: { "Deze kaart gaat over \($0), en over hulp die je in heel Nederland online of telefonisch krijgt." },
            openFilterLabel: "Open",
            openFilterAny: "Maakt niet uit"
        ),
        confirmation: ConfirmationText(
            heading: { "Klopt dit nog? \($0)" },
            intro: "Zo staat jullie aanbod op de Sociale Kaart. Inwoners en hulpverleners zoeken hier hulp. Klopt alles nog? Laat het ons weten met één klik.",
            rightButton: "Ja, dit klopt nog",
            wrongLegend: "Klopt er iets niet?",
            fieldLabel: "Wat klopt er niet?",
            fields: [
                ("telefoon", "Telefoonnummer"), ("e-mail", "E-mailadres"), ("website", "Website"),
                ("adres", "Adres"), ("tijden", "Openingstijden"), ("kosten", "Kosten"),
                ("bestaat-niet-meer", "Dit aanbod bestaat niet meer"), ("anders", "Iets anders"),
            ],
            correctLabel: "Wat is wel juist?",
            correctHint: "Schrijf het nieuwe nummer, adres of de nieuwe tijden. Schrijf hier geen gegevens over cliënten.",
            contactLabel: "Je e-mail of telefoonnummer, als we je iets mogen vragen (mag leeg blijven)",
            wrongButton: "Stuur de verbetering",
            thanksRight: { "Dank je wel. Op de kaart staat nu: laatst gecontroleerd \($0)." },
            thanksWrong: "Dank je wel. We hebben je verbetering ontvangen. Iemand van de Sociale Kaart past het aan.",
            thanksHeading: "Bedankt",
            forbiddenHeading: "Deze link werkt niet",
            forged: "Deze link komt niet van de Sociale Kaart. Gebruik de link uit de e-mail die je kreeg.",
            expired: { "Deze link werkte tot en met \($0). Vraag de Sociale Kaart om een nieuwe link." },
            malformed: "Deze link is niet compleet. Kopieer de hele link uit de e-mail.",
            unknownRecord: "Dit aanbod staat niet meer op de Sociale Kaart.",
            disabled: "Bevestigen via een link staat op deze server uit.",
            missingCorrection: "Kies wat er niet klopt en schrijf wat wel juist is."
        ),
        crisis: CrisisText(
            heading: "Heb je nu direct hulp nodig?",
            shortLine: "Direct hulp nodig?",
            line: { $0.dutch },
            languagesNote: "Deze hulplijnen praten Nederlands. Op hun eigen websites staat niet of ze ook in andere talen helpen.",
            englishPageLink: "Informatie van 113 in het Engels"
        ),
        languageText: LanguageText(
            choiceLabel: "Taal",
            offer: "Lees deze pagina in het Nederlands",
            unknownChoice: { "We kennen de taal \"\($0)\" niet. Daarom staat deze pagina in het Nederlands. Kies hierboven een andere taal." },
            helpLanguageLabel: "Hulp in mijn taal",
            helpLanguageAny: "Maakt niet uit",
            helpLanguagesUnknown: "niet bekend welke talen",
            names: [
                "nl": "Nederlands", "en": "Engels", "ar": "Arabisch", "tr": "Turks", "pl": "Pools", "uk": "Oekraïens",
                "de": "Duits", "fr": "Frans", "es": "Spaans", "ru": "Russisch", "fa": "Perzisch", "ti": "Tigrinya", "so": "Somalisch",
            ]
        ),
        data: DataText(
            madeFromData: "Deze uitleg is gemaakt uit de gegevens van dit aanbod.",
            dutchText: "In het Nederlands",
            translatedBy: { translator, day in "Vertaald door \(translator) op \(day)." },
            kind: { "Soort: \($0)." },
            supportTypes: { "Wat voor hulp: \($0)." },
            targetGroups: { "Voor wie: \($0)." },
            ages: { "Leeftijd: \($0)." },
            agesBetween: { low, high in "\(low) tot en met \(high) jaar" },
            agesFrom: { "vanaf \($0) jaar" },
            agesUpTo: { "tot en met \($0) jaar" },
            free: "Het is gratis.",
            notFree: "Het is niet gratis.",
            access: { "Toegang: \($0)." },
            online: { "Het is online, \($0)." },
            place: { "Waar: \($0)." },
            languages: { "Talen: \($0)." },
            hours: { "Open: \($0)." }
        ),
        taxonomyLabels: [:],
        // ---- issue 20 (use counted, privacy): one block, to translate at merge ----
        useAndPrivacy: UseAndPrivacyText(
            foundQuestion: "Vond je wat je zocht?",
            foundYes: "Ja",
            foundNo: "Nee",
            foundThanksHeading: "Bedankt",
            foundThanks: "Bedankt voor je antwoord. We tellen alleen ja of nee. We weten niet wie je bent of wat je zocht.",
            privacyLink: "Privacy: wat we bewaren",
            privacyHeading: "Privacy: wat we bewaren en wat niet",
            privacyIntro: "Je kunt deze kaart gebruiken zonder account. We willen weten of de kaart helpt, maar niet wie je bent.",
            storedHeading: "Wat we bewaren, en hoe lang",
            reportsStored: { days in "Meldingen over een aanbod: de reden en je uitleg, tot de melding is afgehandeld. Je e-mail of telefoonnummer wissen we als de melding is afgehandeld, en uiterlijk na \(days) dagen." },
            usageStored: { days, minimum in "Tellingen per dag: hoe vaak er gezocht is per gemeente, per kanaal (website of API), welke filters en hoeveel resultaten (0, 1 tot 3, of 4 of meer). Ook hoe vaak een aanbod of handout bekeken is. Zoekopdrachten zonder resultaat bewaren we alleen als begrip, zoals \"schulden\", nooit je eigen woorden. Een begrip laten we pas zien als minstens \(minimum) zoekopdrachten het delen. We bewaren de tellingen \(days) dagen." },
            foundStored: "Je antwoord op \"Vond je wat je zocht?\": alleen ja of nee, opgeteld per dag.",
            whyHeading: "Waarom",
            why: "Zo zien we waar hulp ontbreekt en wat we moeten verbeteren. Twee keer per jaar maken we er een verslag van voor de gemeenten en de organisaties in het netwerk.",
            whoHeading: "Wie dit ziet",
            who: "Alleen de beheerders van de kaart zien de meldingen. De tellingen zien zij en de gemeenten, alleen als totalen.",
            neverHeading: "Wat we nooit bewaren",
            never: ["je IP-adres", "cookies", "je zoekwoorden", "je postcode of waar je bent", "wat één persoon heeft gedaan"],
            rateLimit: { count, minutes in "Tegen misbruik onthoudt de server kort, alleen in het geheugen, hoeveel berichten er van één adres komen: hoogstens \(count) per \(minutes) minuten. Het adres zelf slaan we niet op." },
            crisisNote: "Heb je nu hulp nodig? Bel of chat met de hulp hieronder."
        ),
        suggestion: SuggestionText(
            link: "Ik mis iets op de kaart",
            heading: "Ik mis iets op de kaart",
            intro: "Ken je een groep, inloop of andere hulp die hier niet staat? Vertel het ons. Iemand van de Sociale Kaart kijkt ernaar en zoekt een bron.",
            nameLabel: "Naam van de hulp of groep",
            whatLabel: "Wat is het?",
            whatHint: "Bijvoorbeeld: een wandelgroep voor mensen die rouwen, elke dinsdag. Schrijf hier niets over je gezondheid of over andere mensen.",
            placeLabel: "Waar? (plaats of adres, mag leeg blijven)",
            urlLabel: "Website (mag leeg blijven)",
            roleLegend: "Ik ben",
            resident: "inwoner",
            professional: "professional (hulpverlener, wegwijzer)",
            contactLabel: "Je e-mail of telefoonnummer, als we je iets mogen vragen (mag leeg blijven)",
            contactHint: "We wissen dit als we je suggestie hebben afgehandeld.",
            send: "Stuur de suggestie",
            thanksHeading: "Bedankt",
            thanks: "Dank je wel. We hebben je suggestie ontvangen. Iemand van de Sociale Kaart kijkt ernaar.",
            queueFull: "We kunnen nu geen suggesties aannemen, omdat er al heel veel binnen zijn. Probeer het later opnieuw.",
            problem: { problem in
                switch problem {
                case .missing(.name): "Vul de naam van de hulp of groep in."
                case .missing(.what): "Schrijf kort wat het is."
                case .missing(_): "Kies of je inwoner of professional bent."
                case .unknownRole: "Kies of je inwoner of professional bent."
                case .tooLong(_, let limit): "Dit is te lang. Gebruik hoogstens \(limit) tekens."
                case .invalidCharacters: "Hier staan tekens in die we niet kunnen opslaan."
                case .notAWebAddress: "De website is geen webadres. Begin met https://"
                }
            }
        )
        // ---- end issue 20 ----
    )
}

extension SafetyText {
    static let dutch = SafetyText(
        searchTooSlow: "Deze zoekvraag kostte te veel tijd. Probeer het met minder of kortere woorden.",
        malformedBody: "Wat je stuurde konden we niet lezen. Probeer het opnieuw.",
        correctionBusy: "Er wordt al een andere correctie verwerkt. Probeer het over een paar seconden opnieuw.",
        indexUnusable: { detail in "De nieuwe index kan niet gebruikt worden: \(detail) De oude index blijft in gebruik." },
        tooManyReportsAboutEntry: "Over dit aanbod zijn al veel meldingen binnen. We kijken ernaar. Je hoeft niets meer te sturen.",
        reportQueueFull: "We kunnen nu geen meldingen aannemen, omdat er al heel veel binnen zijn. Probeer het later opnieuw.",
        crisisFirst: "Je schrijft iets wat ons zorgen maakt. Gaat het niet goed met je? Praat er nu over met iemand. Dat kan meteen, gratis en anoniem:",
        crisisReportStored: "Je melding is ook bewaard. Iemand van de sociale kaart leest die, maar dat kan een paar dagen duren. Wacht daar niet op als je nu hulp nodig hebt.",
        removedPersonalData: { kinds in
            let names = kinds.map { kind -> String in
                switch kind {
                case .citizenServiceNumber: "een burgerservicenummer (BSN)"
                case .phoneNumber: "een telefoonnummer"
                case .emailAddress: "een e-mailadres"
                case .streetAddress: "een adres"
                }
            }
            let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " en " + names.last! : names.joined()
            return "We hebben \(list) uit je tekst weggelaten. Zulke gegevens bewaren we niet bij een melding. Wil je dat we je iets vragen? Vul dan het vak voor je e-mail of telefoon in."
        },
        reportFormCrisisNote: "Gaat het niet goed met je? Wacht dan niet op ons. Hieronder staat waar je nu meteen terecht kunt."
    )
}

extension ReadingText {
    static let dutch = ReadingText(
        searchedFor: { "Gezocht op: \($0)" },
        and: "en",
        insteadOf: { searched, typed in "Gezocht op \(searched) in plaats van \(typed)." },
        searchAsTyped: { "Zoek toch op \($0)" },
        didYouMean: { "Bedoelde je \($0)?" },
        didYouMeanPlace: { "Bedoelde je de plaats \($0)?" },
        aroundPlace: { "rond \($0)" },
        searchedAround: { "Gezocht rond \($0)" },
        age: { "leeftijd \($0)" },
        audience: { "eerst hulp voor \($0)" },
        withoutPlace: "zonder deze plaats",
        withoutAge: "zonder leeftijd",
        withoutAudience: "voor iedereen",
        leftOut: { "Niet gebruikt: \($0)" },
        fewWords: "Zeg in een paar woorden wat je zoekt. Bijvoorbeeld: eenzaam, schulden of rouw.",
        explainHeading: "Zo lazen we je vraag",
        explainConcept: "onderwerp",
        explainPlace: "plaats uit je woorden",
        explainAge: "leeftijd uit je woorden",
        explainAudience: "voor wie",
        explainCorrected: "verbeterd"
    )
}

// ---- issue 19 (list handout, professional view) ----
extension ListText {
    static let dutch = ListText(
        title: "Mijn lijstje",
        intro: "Hulp die bij je past, op één papier. Neem het mee of scan de code met je telefoon.",
        addToList: "Zet op mijn lijstje",
        makeList: "Maak mijn lijstje",
        listHint: "Vink hulp aan. Dan maak je er één papier van om mee te nemen.",
        unavailable: "niet meer beschikbaar",
        unavailableNote: "Dit staat niet meer op de kaart. Vraag wie je dit lijstje gaf naar iets anders.",
        whatItIs: "Wat is het?",
        howToReach: "Hoe kom je erbij?",
        whereLabel: "Waar",
        whenLabel: "Wanneer",
        contactLabel: "Bellen, mailen of website",
        hoursUnknown: "Dat weten we niet. Bel of kijk op de website.",
        bringOrSay: "Wat neem je mee of wat zeg je?",
        bringOrSayUnknown: "Dat weten we niet. Vraag het als je contact opneemt.",
        tooMany: { maximum, given in "Op een lijstje passen \(maximum) soorten hulp. Je koos er \(given). Hier staan de eerste \(maximum)." },
        skipped: { count in count == 1 ? "Eén code in de link konden we niet lezen. Die hebben we weggelaten." : "\(count) codes in de link konden we niet lezen. Die hebben we weggelaten." },
        duplicates: { count in count == 1 ? "Eén hulp stond er twee keer op. We tonen die één keer." : "\(count) keer stond hulp er dubbel op. We tonen elke hulp één keer." },
        empty: "Er staat nog niets op je lijstje. Zoek hulp en kies \"Zet op mijn lijstje\".",
        qrLabel: "QR-code: open dit lijstje op je telefoon",
        qrCaption: { "Scan de code of ga naar \($0)" },
        outcomeLink: { "Is het gelukt? Laat het weten, zonder je naam: \($0)" },
        outcomeHeading: "Is het gelukt?",
        outcomeQuestion: { "Is het gelukt om bij \($0) te komen?" },
        outcomeYes: "Ja, het is gelukt",
        outcomeNo: "Nee, het is niet gelukt",
        outcomePrivacy: "We tellen alleen ja en nee per maand. We bewaren geen naam en geen andere gegevens.",
        outcomeThanks: "Bedankt. Je antwoord is geteld."
    )
}

extension ReferrerText {
    static let dutch = ReferrerText(
        heading: "Voor verwijzers",
        professionalOnlyHeading: "Alleen voor verwijzers",
        whenToRefer: "Wanneer verwijzen",
        slimverwijzen: "Slim verwijzen (wachttijden)",
        waitingTimes: "Wachttijd",
        waitingTime: { value, day, source in "\(value) (\(day), bron: \(source))" },
        tokenMissing: "Deze pagina's zijn voor verwijzers. Log in met de verwijzerscode van je organisatie.",
        tokenWrong: "Deze verwijzerscode klopt niet. Vraag de beheerder van de kaart om de goede code.",
        feedbackOption: "Zet bij elke hulp de vraag \"Is het gelukt?\" (anoniem)"
    )
}

// ---- issue 19 (the wegwijzer's assistant) ----
extension AdviceText {
    static let dutch = AdviceText(
        heading: "Wat past bij jouw situatie?",
        intro: "Vertel in een paar woorden of zinnen wat er speelt. Wij zoeken per onderwerp de lichtste hulp in de buurt. Ook iets online en iets om te lezen.",
        privacyNote: "We bewaren niets van wat je hier typt.",
        situationLabel: "Wat speelt er?",
        situationHint: "Bijvoorbeeld: alleenstaande moeder, schulden, slaapt slecht, weinig mensen om zich heen",
        placeLabel: "Waar woon je?",
        placeHint: "Postcode of plaats. Mag leeg blijven.",
        ageLabel: "Leeftijd (als je wilt)",
        button: "Zoek hulp die past",
        planHeading: "Hulp die past",
        because: { words, domain in "Je noemde \(words) → \(domain.lowercased())" },
        nearbyHeading: "In de buurt (lichtste hulp eerst)",
        placesHeading: "Op een plek (lichtste hulp eerst)",
        furtherHeading: { radius in "Niets binnen \(radius). Het dichtstbij, verder weg" },
        onlineHeading: "Online",
        articleHeading: "Om te lezen",
        nothingInDomain: "Hiervoor staat nog niets op de kaart. Vraag het aan de huisarts of het wijkteam.",
        why: "Waarom",
        lineReason: { line in
            switch line {
            case "nulde": "zonder verwijzing, in de buurt"
            case "eerste": "eerste lijn: huisarts, POH-GGZ of wijkteam"
            case "tweede": "specialistische hulp: meestal met verwijzing"
            default: line
            }
        },
        groupReason: "samen met anderen",
        noReferralReason: "je kunt zelf gaan of je aanmelden",
        audienceReason: { group in "voor \(group.lowercased())" },
        domainOnlyReason: { domain in "algemene hulp bij \(domain.lowercased())" },
        onlineReason: "online, wanneer het jou uitkomt",
        articleReason: "uitleg in gewone woorden",
        unplacedHeading: "Dit konden we niet plaatsen",
        unplaced: { words in "We weten niet bij welk onderwerp \(words) hoort. Zoek er zelf op, of vraag het aan een wegwijzer of de huisarts." },
        noSituation: "Vertel in een paar woorden wat er speelt. Bijvoorbeeld: schulden, slaap slecht, weinig contact.",
        onlyPlace: "We lazen alleen een plaats of leeftijd. Vertel ook wat er speelt. Bijvoorbeeld: schulden, somber of eenzaam.",
        nothingPlaced: "We konden je woorden niet bij een onderwerp plaatsen. Probeer andere woorden, of zoek zelf.",
        truncated: { characters in "Je tekst was lang. We lazen de eerste \(characters) tekens." },
        readAs: { typed, read in "We lazen '\(typed)' als '\(read)'." },
        age: { age in "leeftijd \(age)" },
        crisisFirst: "Je schrijft iets wat ons zorgen maakt. Praat er nu over met iemand. Dat kan meteen, gratis en anoniem:",
        quote: { "'\($0)'" },
        and: "en",
        closing: "Dit is een begin, geen verwijzing. Twijfel je? Bel de huisarts of het wijkteam.",
        backToSearch: "Zelf zoeken"
    )
}
// ---- end issue 19 ----
