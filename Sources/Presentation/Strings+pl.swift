import KaartModel

extension Strings {
    /// Polish, plain and polite (forms addressed as "ty", as on Polish public help lines).
    /// Maintainer-only and provider texts (the confirmation page, the token messages) are in
    /// English: they are not for residents.
    public static let polish = Strings(
        language: .polish,
        monthNames: ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
        kindLabels: [.offering: "usługa", .supportPoint: "punkt wsparcia", .peerSupport: "wsparcie osób z podobnym doświadczeniem", .online: "online", .knowledge: "do czytania"],
        nearHeading: { place, radius in "W pobliżu \(place) (do \(radius))" },
        allHeading: "Pomoc na miejscu",
        onlineHeading: "Online i przez telefon",
        knowledgeHeading: "Do czytania",
        nothingNearby: { radius, place in "W promieniu \(radius) od \(place) nie znaleźliśmy niczego pasującego." },
        furtherHeading: "Najbliższe, dalej",
        noResults: "Nie znaleźliśmy niczego pasującego. Spróbuj innych słów albo mniej filtrów.",
        anyWordNotice: "Nic nie pasuje do wszystkich słów. To pasuje do części słów.",
        lastChecked: "Ostatnio sprawdzone",
        possiblyOutdated: "informacje mogą być nieaktualne",
        contact: "Kontakt",
        noContact: "brak znanego telefonu, e-maila lub strony internetowej",
        online: "online",
        somewhereInMunicipality: { "gdzieś w gminie \($0)" },
        inMunicipality: { "w gminie \($0)" },
        servesArea: { "dla mieszkańców: \($0)" },
        nationwide: "dla całej Holandii",
        about: "ok.",
        page: { page, pages, total in "Strona \(page) z \(pages) (razem \(total))" },
        explainTerms: "Szukano",
        explainSynonyms: "szukano też",
        explainScore: { relevance, distance, freshness, total in
            "tekst \(relevance) × odległość \(distance) × aktualność \(freshness) = \(total)"
        },
        fieldLabels: [
            "kind": "Rodzaj", "summary": "W skrócie", "description": "Co to jest?",
            "target_groups": "Dla kogo?", "domains": "Czego dotyczy?", "support_types": "Rodzaj pomocy",
            "where": "Gdzie?", "schedule": "Kiedy?", "cost": "Ile to kosztuje?",
            "application_process": "Jak zacząć?", "access": "Dostęp", "languages": "Języki",
            "accessibility": "Dostępność", "contact": "Kontakt", "phones": "Telefon",
            "email": "E-mail", "url": "Strona internetowa", "organization": "Organizacja",
            "when_to_refer": "Dla kierujących specjalistów", "ages": "Wiek", "line": "Poziom opieki",
            "sector": "Sektor", "id": "Numer", "last_checked": "Ostatnio sprawdzone",
        ],
        sourcesHeading: "Źródła",
        handoutFooter: { id in "Te informacje pochodzą z Sociale Kaart (\(id)). Coś się nie zgadza? Zgłoś to poleceniem: kaart meld \(id)" },
        unknown: "nieznane",
        yes: "tak",
        no: "nie",
        free: "bezpłatne",
        inactive: "Ta usługa już nie istnieje albo została zakończona.",
        sourceUpdated: { source, day in "zaktualizowano ze źródła \(source) dnia \(day)" },
        goneFromSource: { source, day in "brak w źródle \(source) od \(day)" },
        websiteBroken: { problem, day in "strona nie działa: \(problem) od \(day)" },
        languageName: "Polski",
        web: WebText(
            siteName: "Sociale Kaart",
            skipLink: "Przejdź do treści",
            searchHeading: "Znajdź pomoc, blisko albo online",
            searchIntro: "Na czas, gdy źle się czujesz, czujesz się samotnie albo szukasz pomocy w sprawie pieniędzy, mieszkania lub pracy. Nie potrzebujesz konta.",
            whatLabel: "Czego szukasz?",
            whatHint: "Na przykład: samotność, długi, żałoba (możesz pisać po niderlandzku albo w swoim języku)",
            whereLabel: "Kod pocztowy lub miejscowość",
            whereHint: "Na przykład: 6811 albo Arnhem",
            distanceLabel: "Odległość",
            domainLabel: "Czego to dotyczy?",
            targetGroupLabel: "Dla kogo?",
            supportTypeLabel: "Jaki rodzaj pomocy?",
            anyOption: "Wszystko",
            moreChoices: "Więcej opcji: temat, dla kogo, rodzaj pomocy",
            freeOnlyLabel: "Tylko bezpłatna pomoc",
            searchButton: "Szukaj",
            resultsTitle: { words in words.isEmpty ? "Wyniki wyszukiwania" : "Wyniki wyszukiwania dla: \(words)" },
            resultsHeading: "Co znaleźliśmy",
            previousPage: "Poprzednia strona",
            nextPage: "Następna strona",
            pagesLabel: "Strony",
            emptyPage: "Na tej stronie nie ma już nic. Wróć do pierwszej strony.",
            reportLink: "Coś się nie zgadza?",
            detailsLink: "Więcej o",
            handoutLink: "Przygotuj kartkę do wydruku",
            printHint: "Wydrukuj tę stronę przyciskiem drukowania w przeglądarce.",
            backToSearch: "Wróć do wyszukiwania",
            reportHeading: { name in "Coś się nie zgadza w: \(name)?" },
            reportIntro: "Daj nam znać. Ktoś z Sociale Kaart to sprawdzi i poprawi.",
            reasonLegend: "Co się nie zgadza?",
            reportTextLabel: "Chcesz napisać więcej? (nie musisz)",
            reportTextHint: { limit in "Najwyżej \(limit) znaków. Nie pisz tu nic o swoim zdrowiu." },
            reportContactLabel: "Twój e-mail lub numer telefonu, jeśli możemy o coś zapytać (nie musisz)",
            reportContactHint: "Używamy tego tylko do tego zgłoszenia. Potem to usuwamy.",
            honeypotLabel: "Zostaw to pole puste",
            sendReport: "Wyślij zgłoszenie",
            thanksHeading: "Dziękujemy za zgłoszenie",
            thanksBody: "Otrzymaliśmy i zapisaliśmy Twoje zgłoszenie. Ktoś z Sociale Kaart je sprawdzi.",
            handoutFooter: { url in "Te informacje pochodzą z Sociale Kaart. Coś się nie zgadza? Zgłoś to na \(url)" },
            badRequestHeading: "Nie możemy tak szukać",
            badRequestHelp: "Zmień wyszukiwanie i spróbuj ponownie.",
            notFoundHeading: "Nie znaleziono",
            notFoundEntry: { id in "Nie ma usługi o numerze „\(id)”. Może została usunięta. Wyszukaj ponownie." },
            notFoundPage: "Ta strona nie istnieje. Zacznij od nowa od wyszukiwania.",
            tooManyReports: "Wysłałeś wiele zgłoszeń w krótkim czasie. Poczekaj kwadrans i spróbuj ponownie.",
            reportNotSaved: "Twoje zgłoszenie NIE zostało zapisane: u nas coś poszło nie tak przy zapisie. Spróbuj ponownie później.",
            requestTooLarge: "To, co wysłałeś, jest za długie. Skróć to i spróbuj ponownie.",
            unsupportedMediaType: "Wyślij dane jako JSON (Content-Type: application/json).",
            methodNotAllowed: "Ten adres tak nie działa. Wróć do strony wyszukiwania.",
            serverError: "U nas coś poszło nie tak. Spróbuj ponownie później.",
            maintenanceUnauthorized: Strings.english.web.maintenanceUnauthorized,
            maintenanceDisabled: Strings.english.web.maintenanceDisabled,
            errorHeading: "Coś poszło nie tak",
            textUsage: { example in "Szukaj za pomocą wat= (czego szukasz?) i bij= (kod pocztowy lub miejscowość), na przykład:\n  curl '\(example)'" },
            footer: "Informacje pochodzą z publicznych źródeł i planów regionalnych. Coś się nie zgadza? Użyj linku „Coś się nie zgadza?” przy usłudze.",
            apiLink: "Dla programistów: API JSON",
            routeAction: "Trasa",
            printAction: "Drukuj",
            actionsLabel: "Dojazd, telefon lub strona"
        ),
        reasonLabels: [
            .gone: "Już nie istnieje",
            .temporarilyClosed: "Tymczasowo zamknięte",
            .contactWrong: "Telefon lub adres się nie zgadza",
            .hoursWrong: "Godziny się nie zgadzają",
            .duplicate: "Jest na liście dwa razy",
            .wrongGroupOrTopic: "Zła grupa docelowa lub temat",
            .other: "Coś innego",
        ],
        queryError: { error in
            switch error {
            case .invalid(let parameter, let value, _):
                return "\(parameter) „\(value)” jest nieprawidłowe. Zmień to i spróbuj ponownie."
            case .unknownCode(let parameter, let value, let choices):
                return "\(parameter) „\(value)” nie istnieje. Wybierz z: \(choices.joined(separator: ", "))."
            case .unknownParameter(let name):
                return "Nieznana opcja wyszukiwania „\(name)”."
            case .ambiguousPlace(let name, let choices):
                return "„\(name)” może oznaczać kilka miejsc: \(choices.joined(separator: "; ")). Wybierz jedno, na przykład „\(choices.first ?? name)”, albo podaj kod pocztowy."
            case .unknownPlace(let name, let suggestions):
                let hint = suggestions.isEmpty ? "" : " Czy chodziło o: \(suggestions.joined(separator: ", "))?"
                return "Nie znamy „\(name)” jako kodu pocztowego, miejscowości ani gminy.\(hint) Podaj kod pocztowy (np. 6811) albo nazwę miejscowości."
            }
        },
        reportProblem: { problem in
            switch problem {
            case .missingEntry: "Najpierw wybierz usługę, której dotyczy zgłoszenie."
            case .unknownEntry(let id): "Nie ma usługi o numerze „\(id)”."
            case .missingReason: "Wybierz, co się nie zgadza."
            case .unknownReason(let text): "„\(text)” nie ma na liście. Wybierz, co się nie zgadza."
            case .tooLong(.text, let limit): "Twój tekst jest za długi. Użyj najwyżej \(limit) znaków."
            case .tooLong(.contact, let limit): "Twój e-mail lub numer telefonu jest za długi. Użyj najwyżej \(limit) znaków."
            case .invalidCharacters(.text): "Twój tekst zawiera znaki, których nie możemy zapisać."
            case .invalidCharacters(.contact): "Twój e-mail lub numer telefonu zawiera znaki, których nie możemy zapisać."
            }
        },
        practical: PracticalText(
            dateUnknown: "data nieznana",
            notYetAvailable: "Jeszcze niedostępne: to jest plan, jeszcze się nie zaczęło.",
            expectedFrom: { "Początek jest planowany na: \($0)." },
            forProfessionalsOnly: "Tylko dla specjalistów, nie dla mieszkańców.",
            openNow: "Teraz otwarte",
            openToday: "Dziś otwarte",
            closedToday: "Dziś zamknięte",
            dayAbbreviations: ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."],
            dayRange: { "\($0)–\($1)" },
            hours: { "\($0)–\($1)" },
            allDay: "cały dzień",
            everyDayAndNight: "dzień i noc, codziennie",
            validFrom: { "od \($0)" },
            validUntil: { "do \($0)" },
            chat: "Czat",
            phone: "Zadzwoń",
            email: "E-mail",
            website: "Strona",
            sourceLine: { "Źródło: \($0)" },
            ownWebsite: { "strona internetowa: \($0)" },
            webPage: { "strona \($0)" },
            regionalPlan: { region in region.map { "plan regionu \($0)" } ?? "plan regionu" },
            outsideCoverage: { place, regions in
                "Sociale Kaart nie obejmuje jeszcze miejsca \(place). Obejmuje teraz: \(regions). Poniżej jest pomoc, z której możesz skorzystać wszędzie: online i przez telefon."
            },
            coverage: { "Ta mapa obejmuje \($0) oraz pomoc online i telefoniczną dostępną w całej Holandii." },
            openFilterLabel: "Otwarte",
            openFilterAny: "Obojętnie"
        ),
        confirmation: Strings.english.confirmation,
        crisis: CrisisText(
            heading: "Potrzebujesz pomocy teraz?",
            shortLine: "Pilnie potrzebujesz pomocy?",
            line: { route in
                switch route.role {
                case .suicidePrevention: "Myślisz o samobójstwie? Zadzwoń pod \(route.number) albo napisz na czacie na \(CrisisRoutes.chatName). Bezpłatnie, w dzień i w nocy."
                case .suicidePreventionFree: "Albo zadzwoń bezpłatnie pod \(route.number) (113 Zelfmoordpreventie, zapobieganie samobójstwom)."
                case .emergency: "Jest bezpośrednie zagrożenie? Zadzwoń pod \(route.number)."
                }
            },
            languagesNote: "Te linie pomocy rozmawiają po niderlandzku. Na ich własnych stronach nie ma informacji, czy pomagają też w innych językach.",
            englishPageLink: "Informacje 113 po angielsku"
        ),
        languageText: LanguageText(
            choiceLabel: "Język",
            offer: "Czytaj tę stronę po polsku",
            unknownChoice: { "Nie znamy języka „\($0)”. Dlatego ta strona jest po niderlandzku. Wybierz inny język powyżej." },
            helpLanguageLabel: "Pomoc w moim języku",
            helpLanguageAny: "Obojętnie",
            helpLanguagesUnknown: "nie wiadomo, w jakich językach",
            names: [
                "nl": "niderlandzki", "en": "angielski", "ar": "arabski", "tr": "turecki", "pl": "polski", "uk": "ukraiński",
                "de": "niemiecki", "fr": "francuski", "es": "hiszpański", "ru": "rosyjski", "fa": "perski", "ti": "tigrinia", "so": "somalijski",
            ]
        ),
        data: DataText(
            madeFromData: "Ten opis powstał z danych o tej usłudze; to nie jest tłumaczenie tekstu niderlandzkiego.",
            dutchText: "Po niderlandzku",
            translatedBy: { translator, day in "Przetłumaczył(a): \(translator), \(day)." },
            kind: { "Rodzaj: \($0)." },
            supportTypes: { "Rodzaj pomocy: \($0)." },
            targetGroups: { "Dla kogo: \($0)." },
            ages: { "Wiek: \($0)." },
            agesBetween: { low, high in "od \(low) do \(high) lat" },
            agesFrom: { "od \($0) lat" },
            agesUpTo: { "do \($0) lat" },
            free: "Jest bezpłatne.",
            notFree: "Nie jest bezpłatne.",
            access: { "Dostęp: \($0)." },
            online: { "Jest online, \($0)." },
            place: { "Gdzie: \($0)." },
            languages: { "Języki: \($0)." },
            hours: { "Otwarte: \($0)." }
        ),
        taxonomyLabels: [
            "domains/psychisch-welzijn": "Zdrowie psychiczne",
            "domains/sociale-contacten": "Kontakty z ludźmi i samotność",
            "domains/geld-en-schulden": "Pieniądze i długi",
            "domains/wonen": "Mieszkanie",
            "domains/werk-en-dagbesteding": "Praca i zajęcia w ciągu dnia",
            "domains/school-en-studie": "Szkoła i studia",
            "domains/zingeving": "Sens życia",
            "domains/dagelijks-leven": "Codzienne życie i porządek dnia",
            "domains/lichaam-en-leefstijl": "Ciało i styl życia",
            "domains/veiligheid": "Bezpieczeństwo",
            "domains/gezin-en-opvoeden": "Rodzina i wychowanie dzieci",
            "domains/verslaving": "Uzależnienie",
            "target_groups/iedereen": "Wszyscy",
            "target_groups/jongeren": "Młodzież (12–18 lat)",
            "target_groups/jongvolwassenen": "Młodzi dorośli (16–27 lat)",
            "target_groups/volwassenen": "Dorośli",
            "target_groups/ouderen": "Seniorzy (65 lat i więcej)",
            "target_groups/naasten": "Bliscy i opiekunowie",
            "target_groups/psychische-kwetsbaarheid": "Osoby z problemami psychicznymi",
            "target_groups/ouders": "Rodzice",
            "target_groups/nieuwkomers": "Nowo przybyli i osoby mówiące w innych językach",
            "target_groups/studenten": "Studenci",
            "target_groups/professionals": "Specjaliści i osoby kierujące",
            "support_types/informatie-en-advies": "Informacja i porada",
            "support_types/ontmoeting-en-inloop": "Spotkania i wolne wejście",
            "support_types/lotgenotencontact": "Grupa osób z podobnym doświadczeniem",
            "support_types/ervaringsdeskundige-steun": "Wsparcie osób z własnym doświadczeniem",
            "support_types/cursus-of-training": "Kurs lub szkolenie",
            "support_types/activiteit": "Zajęcia (ruch, twórczość, wspólne gotowanie)",
            "support_types/begeleiding-en-coaching": "Towarzyszenie i coaching",
            "support_types/praktische-hulp": "Praktyczna pomoc",
            "support_types/behandeling": "Leczenie",
            "support_types/hulplijn-en-crisis": "Telefon zaufania i kryzys",
            "support_types/online-zelfhulp": "Samopomoc online",
            "support_types/e-community": "Społeczność online",
            "support_types/hulpmiddel": "Pomoc techniczna lub narzędzie",
            "access/vrije-inloop": "Wolne wejście",
            "access/aanmelden": "Zgłoś się sam(a)",
            "access/verwijzing-nodig": "Potrzebne skierowanie",
            "lines/nulde": "W okolicy, bez skierowania",
            "lines/eerste": "Podstawowa opieka (lekarz rodzinny, zespół dzielnicowy)",
            "lines/tweede": "Specjalistyczna opieka psychiatryczna",
            "sectors/sociale-basis": "Społeczność lokalna",
            "sectors/welzijn": "Opieka społeczna",
            "sectors/sociaal-domein": "Gmina i zespół socjalny",
            "sectors/huisartsenzorg": "Opieka lekarza rodzinnego",
            "sectors/ggz": "Opieka psychiatryczna i psychologiczna",
            "sectors/onderwijs": "Edukacja",
            "sectors/zorgverzekeraar": "Ubezpieczyciel zdrowotny",
            "sectors/landelijk": "Organizacja ogólnokrajowa",
        ],
        standaloneMonthNames: ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"],
        useAndPrivacy: UseAndPrivacyText(
            foundQuestion: "Czy udało Ci się znaleźć to, czego szukasz?",
            foundYes: "Tak",
            foundNo: "Nie",
            foundThanksHeading: "Dziękujemy",
            foundThanks: "Dziękujemy za odpowiedź. Liczymy tylko „tak” albo „nie”. Nie wiemy, kim jesteś ani czego szukasz.",
            privacyLink: "Prywatność: co przechowujemy",
            privacyHeading: "Prywatność: co przechowujemy, a czego nie",
            privacyIntro: "Możesz korzystać z tej mapy bez konta. Chcemy wiedzieć, czy mapa pomaga, ale nie chcemy wiedzieć, kim jesteś.",
            storedHeading: "Co przechowujemy i jak długo",
            reportsStored: { days in "Zgłoszenia dotyczące usługi: powód i Twoje wyjaśnienie, dopóki zgłoszenie nie zostanie załatwione. Twój e-mail lub numer telefonu usuwamy, gdy zgłoszenie zostanie załatwione, a najpóźniej po \(days) dniach." },
            usageStored: { days, minimum in "Liczby z każdego dnia: ile razy szukano w każdej gminie i każdym kanale (strona internetowa albo API), z jakimi filtrami i ile było wyników (0, od 1 do 3 albo 4 lub więcej). Także ile razy ktoś obejrzał usługę albo kartkę do wydruku. Wyszukiwania bez wyników przechowujemy tylko jako temat, na przykład „długi”, a nigdy jako Twoje własne słowa. Temat pokazujemy dopiero wtedy, gdy występuje w co najmniej \(minimum) wyszukiwaniach. Liczby przechowujemy przez \(days) dni." },
            foundStored: "Twoja odpowiedź na pytanie „Czy udało Ci się znaleźć to, czego szukasz?”: tylko „tak” albo „nie”, zsumowane dla każdego dnia.",
            whyHeading: "Dlaczego",
            why: "Dzięki temu widzimy, gdzie brakuje pomocy i co musimy poprawić. Dwa razy w roku przygotowujemy z tego sprawozdanie dla gmin i organizacji w sieci.",
            whoHeading: "Kto to widzi",
            who: "Zgłoszenia widzą tylko administratorzy mapy. Liczby widzą oni i gminy, tylko jako sumy.",
            neverHeading: "Czego nigdy nie przechowujemy",
            never: ["Twój adres IP", "pliki cookie", "Twoje wyszukiwane słowa", "Twój kod pocztowy albo to, gdzie jesteś", "co zrobiła pojedyncza osoba"],
            rateLimit: { count, minutes in "Aby zapobiec nadużyciom, serwer przez krótki czas, tylko w pamięci, pamięta, ile wiadomości przychodzi z jednego adresu: najwyżej \(count) na \(minutes) min. Samego adresu nie zapisujemy." },
            crisisNote: "Potrzebujesz pomocy teraz? Zadzwoń albo napisz na czacie. Pomoc znajdziesz poniżej."
        ),
        suggestion: SuggestionText(
            link: "Czegoś brakuje na mapie",
            heading: "Czegoś brakuje na mapie",
            intro: "Znasz grupę, miejsce, do którego można przyjść bez zapisów, albo inną pomoc, której tu nie ma? Daj nam znać. Ktoś z Sociale Kaart to sprawdzi i poszuka źródła.",
            nameLabel: "Nazwa pomocy lub grupy",
            whatLabel: "Co to jest?",
            whatHint: "Na przykład: grupa spacerowa dla osób w żałobie, w każdy wtorek. Nie pisz tu nic o swoim zdrowiu ani o innych osobach.",
            placeLabel: "Gdzie? (miejscowość lub adres, nie musisz)",
            urlLabel: "Strona internetowa (nie musisz)",
            roleLegend: "Kim jesteś?",
            resident: "mieszkaniec / mieszkanka",
            professional: "specjalista / specjalistka (udzielam pomocy lub kieruję do pomocy)",
            contactLabel: "Twój e-mail lub numer telefonu, jeśli możemy o coś zapytać (nie musisz)",
            contactHint: "Usuniemy to, gdy załatwimy Twoją sugestię.",
            send: "Wyślij sugestię",
            thanksHeading: "Dziękujemy",
            thanks: "Dziękujemy. Otrzymaliśmy Twoją sugestię. Ktoś z Sociale Kaart ją sprawdzi.",
            queueFull: "Nie możemy teraz przyjmować sugestii, bo przyszło ich bardzo dużo. Spróbuj ponownie później.",
            problem: { problem in
                switch problem {
                case .missing(.name): "Wpisz nazwę pomocy lub grupy."
                case .missing(.what): "Napisz krótko, co to jest."
                case .missing(_): "Wybierz, kim jesteś: mieszkaniec / mieszkanka czy specjalista / specjalistka."
                case .unknownRole: "Wybierz, kim jesteś: mieszkaniec / mieszkanka czy specjalista / specjalistka."
                case .tooLong(_, let limit): "To jest za długie. Użyj najwyżej \(limit) znaków."
                case .invalidCharacters: "Są tu znaki, których nie możemy zapisać."
                case .notAWebAddress: "To nie jest adres strony internetowej. Zacznij od https://"
                }
            }
        )
    )
}

extension SafetyText {
    static let polish = SafetyText(
        searchTooSlow: "To wyszukiwanie trwało za długo. Spróbuj mniej słów albo krótszych słów.",
        malformedBody: "Nie mogliśmy odczytać tego, co wysłałeś. Spróbuj ponownie.",
        correctionBusy: SafetyText.english.correctionBusy,
        indexUnusable: SafetyText.english.indexUnusable,
        tooManyReportsAboutEntry: "Mamy już wiele zgłoszeń o tej usłudze. Sprawdzamy to. Nie musisz wysyłać więcej.",
        reportQueueFull: "Nie możemy teraz przyjmować zgłoszeń, bo przyszło ich bardzo dużo. Spróbuj ponownie później.",
        crisisFirst: "To, co piszesz, nas niepokoi. Nie czujesz się dobrze? Porozmawiaj o tym z kimś teraz. Możesz od razu, bezpłatnie i anonimowo:",
        crisisReportStored: "Twoje zgłoszenie też zostało zapisane. Ktoś z Sociale Kaart je przeczyta, ale to może potrwać kilka dni. Nie czekaj na to, jeśli potrzebujesz pomocy teraz.",
        removedPersonalData: { kinds in
            let names = kinds.map { kind -> String in
                switch kind {
                case .citizenServiceNumber: "numer BSN"
                case .phoneNumber: "numer telefonu"
                case .emailAddress: "adres e-mail"
                case .streetAddress: "adres"
                }
            }
            let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " i " + names.last! : names.joined()
            return "Usunęliśmy z Twojego tekstu: \(list). Nie przechowujemy takich danych przy zgłoszeniu. Jeśli możemy o coś zapytać, wpisz e-mail lub telefon w polu do tego przeznaczonym."
        },
        reportFormCrisisNote: "Nie czujesz się dobrze? Nie czekaj na nas. Poniżej jest, gdzie możesz od razu dostać pomoc."
    )
}

extension ReadingText {
    static let polish = ReadingText(
        searchedFor: { "Szukano: \($0)" },
        and: "i",
        insteadOf: { searched, typed in "Szukano \(searched) zamiast \(typed)." },
        searchAsTyped: { "Szukaj jednak: \($0)" },
        didYouMean: { "Czy chodziło o: \($0)?" },
        didYouMeanPlace: { "Czy chodziło o miejsce \($0)?" },
        aroundPlace: { "w okolicy \($0)" },
        searchedAround: { "Szukano w okolicy \($0)" },
        age: { "wiek \($0)" },
        audience: { "najpierw pomoc dla: \($0)" },
        withoutPlace: "bez tego miejsca",
        withoutAge: "bez wieku",
        withoutAudience: "dla wszystkich",
        leftOut: { "Nie użyto: \($0)" },
        fewWords: "Napisz w kilku słowach, czego szukasz. Na przykład: samotność, długi albo żałoba.",
        explainHeading: "Tak zrozumieliśmy Twoje pytanie",
        explainConcept: "temat",
        explainPlace: "miejsce z Twoich słów",
        explainAge: "wiek z Twoich słów",
        explainAudience: "dla kogo",
        explainCorrected: "poprawione"
    )
}

// ---- issue 19 (list handout, professional view) ----
extension ListText {
    static let polish = ListText(
        title: "Moja lista",
        intro: "Pomoc, która do ciebie pasuje, na jednej kartce. Zabierz ją ze sobą albo zeskanuj kod telefonem.",
        addToList: "Dodaj do mojej listy",
        makeList: "Zrób moją listę",
        listHint: "Zaznacz pomoc, której chcesz. Potem zrób z niej jedną kartkę do zabrania.",
        unavailable: "już niedostępne",
        unavailableNote: "Tego nie ma już na mapie. Zapytaj osobę, która dała ci tę listę, o coś innego.",
        whatItIs: "Co to jest?",
        howToReach: "Jak tam trafić?",
        whereLabel: "Gdzie",
        whenLabel: "Kiedy",
        contactLabel: "Telefon, e-mail lub strona",
        hoursUnknown: "Nie wiemy. Zadzwoń albo zajrzyj na stronę.",
        bringOrSay: "Co zabrać albo co powiedzieć?",
        bringOrSayUnknown: "Nie wiemy. Zapytaj, gdy się skontaktujesz.",
        tooMany: { maximum, given in "Na liście mieści się \(maximum) rodzajów pomocy. Wybrano \(given). Oto pierwsze \(maximum)." },
        skipped: { count in "Nie udało się odczytać kodów w linku (\(count)). Pominęliśmy je." },
        duplicates: { count in "Ta sama pomoc była na liście dwa razy (\(count)). Pokazujemy każdą raz." },
        empty: "Na twojej liście nic jeszcze nie ma. Wyszukaj pomoc i wybierz \"Dodaj do mojej listy\".",
        qrLabel: "Kod QR: otwórz tę listę w telefonie",
        qrCaption: { "Zeskanuj kod albo wejdź na \($0)" },
        outcomeLink: { "Udało się? Daj nam znać, bez imienia i nazwiska: \($0)" },
        outcomeHeading: "Udało się?",
        outcomeQuestion: { "Czy udało się skorzystać z: \($0)?" },
        outcomeYes: "Tak, udało się",
        outcomeNo: "Nie, nie udało się",
        outcomePrivacy: "Liczymy tylko odpowiedzi tak i nie w każdym miesiącu. Nie zapisujemy imienia ani innych danych.",
        outcomeThanks: "Dziękujemy. Twoja odpowiedź została policzona."
    )
}

extension ReferrerText {
    static let polish = ReferrerText(
        heading: "Dla kierujących",
        professionalOnlyHeading: "Tylko dla kierujących",
        whenToRefer: "Kiedy kierować",
        slimverwijzen: "Slim verwijzen (czas oczekiwania)",
        waitingTimes: "Czas oczekiwania",
        waitingTime: { value, day, source in "\(value) (\(day), źródło: \(source))" },
        tokenMissing: "Te strony są dla kierujących. Zaloguj się kodem kierującego swojej organizacji.",
        tokenWrong: "Ten kod kierującego jest nieprawidłowy. Poproś administratora mapy o właściwy kod.",
        feedbackOption: "Dodaj pytanie \"Udało się?\" przy każdej pomocy (anonimowo)"
    )
}

// ---- issue 19 (the wegwijzer's assistant) ----
extension AdviceText {
    static let polish = AdviceText(
        heading: "Co pasuje do Twojej sytuacji?",
        intro: "Napisz w kilku słowach lub zdaniach, co się dzieje. Dla każdego tematu szukamy najlżejszej pomocy w pobliżu. Także czegoś w internecie i czegoś do przeczytania.",
        privacyNote: "Nie zachowujemy niczego z tego, co tu wpiszesz.",
        situationLabel: "Co się dzieje?",
        situationHint: "Na przykład: samotna matka, długi, źle śpi, mało ludzi wokół niej",
        placeLabel: "Gdzie mieszkasz?",
        placeHint: "Kod pocztowy lub miejscowość. Możesz zostawić puste.",
        ageLabel: "Wiek (jeśli chcesz)",
        button: "Znajdź pasującą pomoc",
        planHeading: "Pasująca pomoc",
        because: { words, domain in "Wspomniałeś/aś \(words) → \(domain.lowercased())" },
        nearbyHeading: "W pobliżu (najlżejsza pomoc najpierw)",
        placesHeading: "Na miejscu (najlżejsza pomoc najpierw)",
        furtherHeading: { radius in "Nic w promieniu \(radius). Najbliższe, dalej" },
        onlineHeading: "W internecie",
        articleHeading: "Do przeczytania",
        nothingInDomain: "Na mapie nie ma jeszcze nic na ten temat. Zapytaj lekarza rodzinnego lub zespół dzielnicowy.",
        why: "Dlaczego",
        lineReason: { line in
            switch line {
            case "nulde": "bez skierowania, w okolicy"
            case "eerste": "podstawowa opieka: lekarz rodzinny, pielęgniarka ds. zdrowia psychicznego lub zespół dzielnicowy"
            case "tweede": "pomoc specjalistyczna: zwykle ze skierowaniem"
            default: line
            }
        },
        groupReason: "razem z innymi",
        noReferralReason: "możesz pójść sam/a lub się zapisać",
        audienceReason: { group in "dla: \(group.lowercased())" },
        domainOnlyReason: { domain in "ogólna pomoc: \(domain.lowercased())" },
        onlineReason: "w internecie, kiedy Ci pasuje",
        articleReason: "wyjaśnienie prostymi słowami",
        unplacedHeading: "Czego nie umieliśmy przypisać",
        unplaced: { words in "Nie wiemy, do jakiego tematu należy \(words). Poszukaj sam/a albo zapytaj przewodnika lub lekarza rodzinnego." },
        noSituation: "Napisz w kilku słowach, co się dzieje. Na przykład: długi, zły sen, mało kontaktów.",
        onlyPlace: "Odczytaliśmy tylko miejsce lub wiek. Napisz też, co się dzieje. Na przykład: długi, smutek lub samotność.",
        nothingPlaced: "Nie umieliśmy przypisać Twoich słów do tematu. Spróbuj innych słów albo szukaj sam/a.",
        truncated: { characters in "Twój tekst był długi. Przeczytaliśmy pierwsze \(characters) znaków." },
        readAs: { typed, read in "Odczytaliśmy '\(typed)' jako '\(read)'." },
        age: { age in "wiek \(age)" },
        crisisFirst: "Piszesz coś, co nas niepokoi. Porozmawiaj o tym teraz z kimś. Możesz to zrobić od razu, bezpłatnie i anonimowo:",
        quote: { "„\($0)”" },
        and: "i",
        closing: "To początek, nie skierowanie. Masz wątpliwości? Zadzwoń do lekarza rodzinnego lub zespołu dzielnicowego.",
        backToSearch: "Szukaj sam/a"
    )
}
// ---- end issue 19 ----
