import KaartModel

extension Strings {
    /// Ukrainian, plain and polite ("ви"). Maintainer-only and provider texts (the confirmation
    /// page, the token messages) are in English: they are not for residents.
    public static let ukrainian = Strings(
        language: .ukrainian,
        monthNames: ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
        kindLabels: [.offering: "послуга", .supportPoint: "пункт підтримки", .peerSupport: "підтримка людей зі схожим досвідом", .online: "онлайн", .knowledge: "для читання"],
        nearHeading: { place, radius in "Поблизу \(place) (до \(radius))" },
        allHeading: "Допомога на місці",
        onlineHeading: "Онлайн і телефоном",
        knowledgeHeading: "Для читання",
        nothingNearby: { radius, place in "У межах \(radius) від \(place) ми не знайшли нічого відповідного." },
        furtherHeading: "Найближче, далі",
        noResults: "Ми не знайшли нічого відповідного. Спробуйте інші слова або менше фільтрів.",
        anyWordNotice: "Немає нічого, що підходить до всіх слів. Це підходить до частини слів.",
        lastChecked: "Востаннє перевірено",
        possiblyOutdated: "інформація може бути застарілою",
        contact: "Контакт",
        noContact: "немає відомого телефону, e-mail або вебсайту",
        online: "онлайн",
        somewhereInMunicipality: { "десь у громаді \($0)" },
        inMunicipality: { "у громаді \($0)" },
        servesArea: { "для мешканців: \($0)" },
        nationwide: "для всіх Нідерландів",
        about: "бл.",
        page: { page, pages, total in "Сторінка \(page) з \(pages) (усього \(total))" },
        explainTerms: "Шукали",
        explainSynonyms: "також шукали",
        explainScore: { relevance, distance, freshness, total in
            "текст \(relevance) × відстань \(distance) × актуальність \(freshness) = \(total)"
        },
        fieldLabels: [
            "kind": "Вид", "summary": "Коротко", "description": "Що це?",
            "target_groups": "Для кого?", "domains": "Про що?", "support_types": "Вид допомоги",
            "where": "Де?", "schedule": "Коли?", "cost": "Скільки коштує?",
            "application_process": "Як почати?", "access": "Доступ", "languages": "Мови",
            "accessibility": "Доступність", "contact": "Контакт", "phones": "Телефон",
            "email": "E-mail", "url": "Вебсайт", "organization": "Організація",
            "when_to_refer": "Для фахівців, які направляють", "ages": "Вік", "line": "Рівень допомоги",
            "sector": "Сектор", "id": "Номер", "last_checked": "Востаннє перевірено",
        ],
        sourcesHeading: "Джерела",
        handoutFooter: { id in "Ця інформація з Sociale Kaart (\(id)). Щось не так? Повідомте командою: kaart meld \(id)" },
        unknown: "невідомо",
        yes: "так",
        no: "ні",
        free: "безкоштовно",
        inactive: "Цієї послуги більше немає, або її припинено.",
        sourceUpdated: { source, day in "оновлено з джерела \(source) \(day)" },
        goneFromSource: { source, day in "немає в джерелі \(source) з \(day)" },
        websiteBroken: { problem, day in "вебсайт не працює: \(problem) з \(day)" },
        languageName: "Українська",
        web: WebText(
            siteName: "Sociale Kaart",
            skipLink: "Перейти до змісту",
            searchHeading: "Знайдіть допомогу поруч або онлайн",
            searchIntro: "Коли вам погано, ви почуваєтеся самотніми або шукаєте допомогу з грошима, житлом чи роботою. Обліковий запис не потрібен.",
            whatLabel: "Що ви шукаєте?",
            whatHint: "Наприклад: самотність, борги, горе (можна писати нідерландською або своєю мовою)",
            whereLabel: "Поштовий індекс або місто",
            whereHint: "Наприклад: 6811 або Arnhem",
            distanceLabel: "Відстань",
            domainLabel: "Про що йдеться?",
            targetGroupLabel: "Для кого?",
            supportTypeLabel: "Який вид допомоги?",
            anyOption: "Усе",
            moreChoices: "Більше варіантів: тема, для кого, вид допомоги",
            freeOnlyLabel: "Лише безкоштовна допомога",
            searchButton: "Шукати",
            resultsTitle: { words in words.isEmpty ? "Результати пошуку" : "Результати пошуку: \(words)" },
            resultsHeading: "Що ми знайшли",
            previousPage: "Попередня сторінка",
            nextPage: "Наступна сторінка",
            pagesLabel: "Сторінки",
            emptyPage: "На цій сторінці більше нічого немає. Поверніться на першу сторінку.",
            reportLink: "Щось не так?",
            detailsLink: "Більше про",
            handoutLink: "Створити аркуш для друку",
            printHint: "Надрукуйте цю сторінку кнопкою друку у вашому браузері.",
            backToSearch: "Назад до пошуку",
            reportHeading: { name in "Щось не так із: \(name)?" },
            reportIntro: "Повідомте нам. Хтось із Sociale Kaart перевірить і виправить.",
            reasonLegend: "Що не так?",
            reportTextLabel: "Хочете розповісти більше? (необов’язково)",
            reportTextHint: { limit in "Не більше \(limit) знаків. Не пишіть тут нічого про своє здоров’я." },
            reportContactLabel: "Ваш e-mail або номер телефону, якщо ми можемо вас щось запитати (необов’язково)",
            reportContactHint: "Ми використовуємо це лише для цього повідомлення. Потім видаляємо.",
            honeypotLabel: "Залиште це поле порожнім",
            sendReport: "Надіслати повідомлення",
            thanksHeading: "Дякуємо за ваше повідомлення",
            thanksBody: "Ми отримали й зберегли ваше повідомлення. Хтось із Sociale Kaart його перегляне.",
            handoutFooter: { url in "Ця інформація з Sociale Kaart. Щось не так? Повідомте на \(url)" },
            badRequestHeading: "Ми не можемо так шукати",
            badRequestHelp: "Змініть пошук і спробуйте ще раз.",
            notFoundHeading: "Не знайдено",
            notFoundEntry: { id in "Немає послуги з номером «\(id)». Можливо, її видалено. Шукайте знову." },
            notFoundPage: "Такої сторінки немає. Почніть знову з пошуку.",
            tooManyReports: "Ви надіслали багато повідомлень за короткий час. Зачекайте чверть години й спробуйте знову.",
            reportNotSaved: "Ваше повідомлення НЕ збережено: у нас сталася помилка під час збереження. Спробуйте пізніше.",
            requestTooLarge: "Те, що ви надіслали, задовге. Скоротіть і спробуйте ще раз.",
            unsupportedMediaType: "Надішліть дані у форматі JSON (Content-Type: application/json).",
            methodNotAllowed: "Ця адреса так не працює. Поверніться на сторінку пошуку.",
            serverError: "У нас сталася помилка. Спробуйте пізніше.",
            maintenanceUnauthorized: Strings.english.web.maintenanceUnauthorized,
            maintenanceDisabled: Strings.english.web.maintenanceDisabled,
            errorHeading: "Сталася помилка",
            textUsage: { example in "Шукайте за допомогою wat= (що ви шукаєте?) і bij= (поштовий індекс або місто), наприклад:\n  curl '\(example)'" },
            footer: "Інформація з відкритих джерел і регіональних планів. Щось не так? Скористайтеся посиланням «Щось не так?» біля послуги.",
            apiLink: "Для розробників: JSON API",
            routeAction: "Маршрут",
            printAction: "Друк",
            actionsLabel: "Як дістатися, зателефонувати чи переглянути"
        ),
        reasonLabels: [
            .gone: "Більше не існує",
            .temporarilyClosed: "Тимчасово зачинено",
            .contactWrong: "Неправильний телефон або адреса",
            .hoursWrong: "Неправильний час роботи",
            .duplicate: "Є у списку двічі",
            .wrongGroupOrTopic: "Неправильна група або тема",
            .other: "Інше",
        ],
        queryError: { error in
            switch error {
            case .invalid(let parameter, let value, _):
                return "\(parameter) «\(value)» недійсне. Змініть і спробуйте ще раз."
            case .unknownCode(let parameter, let value, let choices):
                return "\(parameter) «\(value)» не існує. Виберіть із: \(choices.joined(separator: ", "))."
            case .unknownParameter(let name):
                return "Невідомий параметр пошуку «\(name)»."
            case .ambiguousPlace(let name, let choices):
                return "«\(name)» може бути кількома місцями: \(choices.joined(separator: "; ")). Виберіть одне, наприклад «\(choices.first ?? name)», або вкажіть поштовий індекс."
            case .unknownPlace(let name, let suggestions):
                let hint = suggestions.isEmpty ? "" : " Можливо, ви мали на увазі: \(suggestions.joined(separator: ", "))?"
                return "Ми не знаємо «\(name)» як поштовий індекс, місто чи громаду.\(hint) Вкажіть поштовий індекс (наприклад, 6811) або назву міста."
            }
        },
        reportProblem: { problem in
            switch problem {
            case .missingEntry: "Спочатку виберіть послугу, про яку повідомляєте."
            case .unknownEntry(let id): "Немає послуги з номером «\(id)»."
            case .missingReason: "Виберіть, що не так."
            case .unknownReason(let text): "«\(text)» немає у списку. Виберіть, що не так."
            case .tooLong(.text, let limit): "Ваш текст задовгий. Використайте не більше \(limit) знаків."
            case .tooLong(.contact, let limit): "Ваш e-mail або номер телефону задовгий. Використайте не більше \(limit) знаків."
            case .invalidCharacters(.text): "Ваш текст містить знаки, які ми не можемо зберегти."
            case .invalidCharacters(.contact): "Ваш e-mail або номер телефону містить знаки, які ми не можемо зберегти."
            }
        },
        practical: PracticalText(
            dateUnknown: "дата невідома",
            notYetAvailable: "Ще недоступно: це план, він ще не почався.",
            expectedFrom: { "Очікуваний початок: \($0)." },
            forProfessionalsOnly: "Лише для фахівців, не для мешканців.",
            openNow: "Зараз відчинено",
            openToday: "Сьогодні відчинено",
            closedToday: "Сьогодні зачинено",
            dayAbbreviations: ["пн", "вт", "ср", "чт", "пт", "сб", "нд"],
            dayRange: { "\($0)–\($1)" },
            hours: { "\($0)–\($1)" },
            allDay: "цілий день",
            everyDayAndNight: "цілодобово, щодня",
            validFrom: { "з \($0)" },
            validUntil: { "до \($0) включно" },
            chat: "Чат",
            phone: "Зателефонувати",
            email: "E-mail",
            website: "Вебсайт",
            sourceLine: { "Джерело: \($0)" },
            ownWebsite: { "вебсайт: \($0)" },
            webPage: { "вебсайт \($0)" },
            regionalPlan: { region in region.map { "план регіону \($0)" } ?? "план регіону" },
            outsideCoverage: { place, regions in
                "Sociale Kaart ще не охоплює \(place). Зараз вона охоплює: \(regions). Нижче є допомога, якою можна скористатися будь-де: онлайн і телефоном."
            },
            coverage: { "Ця карта охоплює \($0), а також допомогу онлайн або телефоном по всіх Нідерландах." },
            openFilterLabel: "Відчинено",
            openFilterAny: "Неважливо"
        ),
        confirmation: Strings.english.confirmation,
        crisis: CrisisText(
            heading: "Вам потрібна допомога просто зараз?",
            shortLine: "Потрібна допомога зараз?",
            line: { route in
                switch route.role {
                case .suicidePrevention: "Думаєте про самогубство? Телефонуйте \(route.number) або пишіть у чат на \(CrisisRoutes.chatName). Безкоштовно, цілодобово."
                case .suicidePreventionFree: "Або телефонуйте безкоштовно \(route.number) (113 Zelfmoordpreventie, запобігання самогубствам)."
                case .emergency: "Є безпосередня небезпека? Телефонуйте \(route.number)."
                }
            },
            languagesNote: "Ці лінії допомоги розмовляють нідерландською. На їхніх власних вебсайтах не сказано, чи допомагають вони іншими мовами.",
            englishPageLink: "Інформація від 113 англійською"
        ),
        languageText: LanguageText(
            choiceLabel: "Мова",
            offer: "Читати цю сторінку українською",
            unknownChoice: { "Ми не знаємо мови «\($0)». Тому ця сторінка нідерландською. Виберіть іншу мову вгорі." },
            helpLanguageLabel: "Допомога моєю мовою",
            helpLanguageAny: "Неважливо",
            helpLanguagesUnknown: "невідомо, якими мовами",
            names: [
                "nl": "нідерландська", "en": "англійська", "ar": "арабська", "tr": "турецька", "pl": "польська", "uk": "українська",
                "de": "німецька", "fr": "французька", "es": "іспанська", "ru": "російська", "fa": "перська", "ti": "тигринья", "so": "сомалі",
            ]
        ),
        data: DataText(
            madeFromData: "Цей опис складено з даних про цю послугу; це не переклад нідерландського тексту.",
            dutchText: "Нідерландською",
            translatedBy: { translator, day in "Переклад: \(translator), \(day)." },
            kind: { "Вид: \($0)." },
            supportTypes: { "Вид допомоги: \($0)." },
            targetGroups: { "Для кого: \($0)." },
            ages: { "Вік: \($0)." },
            agesBetween: { low, high in "від \(low) до \(high) років" },
            agesFrom: { "від \($0) років" },
            agesUpTo: { "до \($0) років" },
            free: "Це безкоштовно.",
            notFree: "Це не безкоштовно.",
            access: { "Доступ: \($0)." },
            online: { "Це онлайн, \($0)." },
            place: { "Де: \($0)." },
            languages: { "Мови: \($0)." },
            hours: { "Відчинено: \($0)." }
        ),
        taxonomyLabels: [
            "domains/psychisch-welzijn": "Психічне здоров’я",
            "domains/sociale-contacten": "Спілкування і самотність",
            "domains/geld-en-schulden": "Гроші та борги",
            "domains/wonen": "Житло",
            "domains/werk-en-dagbesteding": "Робота і денна зайнятість",
            "domains/school-en-studie": "Школа і навчання",
            "domains/zingeving": "Сенс життя",
            "domains/dagelijks-leven": "Повсякденне життя і розпорядок",
            "domains/lichaam-en-leefstijl": "Тіло і спосіб життя",
            "domains/veiligheid": "Безпека",
            "domains/gezin-en-opvoeden": "Сім’я і виховання дітей",
            "domains/verslaving": "Залежність",
            "target_groups/iedereen": "Усі",
            "target_groups/jongeren": "Підлітки (12–18 років)",
            "target_groups/jongvolwassenen": "Молоді дорослі (16–27 років)",
            "target_groups/volwassenen": "Дорослі",
            "target_groups/ouderen": "Літні люди (65 років і старші)",
            "target_groups/naasten": "Рідні та доглядальники",
            "target_groups/psychische-kwetsbaarheid": "Люди з психічними труднощами",
            "target_groups/ouders": "Батьки",
            "target_groups/nieuwkomers": "Новоприбулі та люди, які говорять іншими мовами",
            "target_groups/studenten": "Студенти",
            "target_groups/professionals": "Фахівці та ті, хто направляє",
            "support_types/informatie-en-advies": "Інформація і поради",
            "support_types/ontmoeting-en-inloop": "Зустрічі та вільний вхід",
            "support_types/lotgenotencontact": "Група людей зі схожим досвідом",
            "support_types/ervaringsdeskundige-steun": "Підтримка людей із власним досвідом",
            "support_types/cursus-of-training": "Курс або тренінг",
            "support_types/activiteit": "Заняття (рух, творчість, спільне куховарство)",
            "support_types/begeleiding-en-coaching": "Супровід і коучинг",
            "support_types/praktische-hulp": "Практична допомога",
            "support_types/behandeling": "Лікування",
            "support_types/hulplijn-en-crisis": "Лінія допомоги та криза",
            "support_types/online-zelfhulp": "Самодопомога онлайн",
            "support_types/e-community": "Онлайн-спільнота",
            "support_types/hulpmiddel": "Допоміжний засіб",
            "access/vrije-inloop": "Вільний вхід",
            "access/aanmelden": "Записатися самостійно",
            "access/verwijzing-nodig": "Потрібне направлення",
            "lines/nulde": "У районі, без направлення",
            "lines/eerste": "Первинна допомога (сімейний лікар, районна команда)",
            "lines/tweede": "Спеціалізована психіатрична допомога",
            "sectors/sociale-basis": "Місцева спільнота",
            "sectors/welzijn": "Соціальна підтримка",
            "sectors/sociaal-domein": "Громада і соціальна команда",
            "sectors/huisartsenzorg": "Сімейна медицина",
            "sectors/ggz": "Психіатрична і психологічна допомога",
            "sectors/onderwijs": "Освіта",
            "sectors/zorgverzekeraar": "Медична страхова компанія",
            "sectors/landelijk": "Загальнонаціональна організація",
        ],
        standaloneMonthNames: ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"],
        useAndPrivacy: UseAndPrivacyText(
            foundQuestion: "Ви знайшли те, що шукали?",
            foundYes: "Так",
            foundNo: "Ні",
            foundThanksHeading: "Дякуємо",
            foundThanks: "Дякуємо за вашу відповідь. Ми рахуємо лише «так» або «ні». Ми не знаємо, хто ви і що ви шукали.",
            privacyLink: "Конфіденційність: що ми зберігаємо",
            privacyHeading: "Конфіденційність: що ми зберігаємо, а що ні",
            privacyIntro: "Ви можете користуватися цією картою без облікового запису. Ми хочемо знати, чи допомагає карта, але не хочемо знати, хто ви.",
            storedHeading: "Що ми зберігаємо і як довго",
            reportsStored: { days in "Повідомлення про послугу: причина і ваше пояснення, доки повідомлення не буде опрацьовано. Ваш e-mail або номер телефону ми видаляємо, коли повідомлення опрацьовано, і не пізніше ніж через \(days) днів." },
            usageStored: { days, minimum in "Підрахунки за кожен день: скільки разів шукали в кожній громаді й через кожен канал (вебсайт або API), з якими фільтрами і скільки було результатів (0, від 1 до 3 або 4 і більше). Також скільки разів переглядали послугу або аркуш для друку. Пошуки без результату ми зберігаємо лише як тему, наприклад «борги», і ніколи — ваші власні слова. Тему ми показуємо лише тоді, коли вона є щонайменше в \(minimum) пошукових запитах. Підрахунки ми зберігаємо \(days) днів." },
            foundStored: "Ваша відповідь на запитання «Ви знайшли те, що шукали?»: лише «так» або «ні», підсумовані за кожен день.",
            whyHeading: "Навіщо",
            why: "Так ми бачимо, де бракує допомоги і що нам треба покращити. Двічі на рік ми готуємо з цього звіт для громад і організацій у мережі.",
            whoHeading: "Хто це бачить",
            who: "Повідомлення бачать лише адміністратори карти. Підрахунки бачать вони та громади, і лише як загальні суми.",
            neverHeading: "Чого ми ніколи не зберігаємо",
            never: ["ваша IP-адреса", "файли cookie", "ваші пошукові слова", "ваш поштовий індекс або те, де ви перебуваєте", "що зробила окрема людина"],
            rateLimit: { count, minutes in "Щоб запобігти зловживанням, сервер ненадовго запам’ятовує, лише в пам’яті, скільки повідомлень надходить з однієї адреси: не більше \(count) за \(minutes) хв. Саму адресу ми не зберігаємо." },
            crisisNote: "Вам потрібна допомога зараз? Зателефонуйте або напишіть у чат. Допомогу вказано нижче."
        ),
        suggestion: SuggestionText(
            link: "На карті чогось бракує",
            heading: "На карті чогось бракує",
            intro: "Знаєте групу, місце, куди можна прийти без запису, або іншу допомогу, якої тут немає? Розкажіть нам. Хтось із Sociale Kaart перегляне це й пошукає джерело.",
            nameLabel: "Назва допомоги або групи",
            whatLabel: "Що це?",
            whatHint: "Наприклад: група прогулянок для людей у жалобі, щовівторка. Не пишіть тут нічого про своє здоров’я або про інших людей.",
            placeLabel: "Де? (місто або адреса, необов’язково)",
            urlLabel: "Вебсайт (необов’язково)",
            roleLegend: "Хто ви?",
            resident: "мешканець / мешканка",
            professional: "фахівець (надаю допомогу або скеровую до допомоги)",
            contactLabel: "Ваш e-mail або номер телефону, якщо ми можемо вас щось запитати (необов’язково)",
            contactHint: "Ми видалимо це, коли опрацюємо вашу пропозицію.",
            send: "Надіслати пропозицію",
            thanksHeading: "Дякуємо",
            thanks: "Дякуємо. Ми отримали вашу пропозицію. Хтось із Sociale Kaart її перегляне.",
            queueFull: "Зараз ми не можемо приймати пропозиції, бо їх надійшло дуже багато. Спробуйте пізніше.",
            problem: { problem in
                switch problem {
                case .missing(.name): "Вкажіть назву допомоги або групи."
                case .missing(.what): "Коротко напишіть, що це."
                case .missing(_): "Виберіть, хто ви: мешканець / мешканка чи фахівець."
                case .unknownRole: "Виберіть, хто ви: мешканець / мешканка чи фахівець."
                case .tooLong(_, let limit): "Це задовго. Використайте не більше \(limit) знаків."
                case .invalidCharacters: "Тут є символи, які ми не можемо зберегти."
                case .notAWebAddress: "Це не адреса вебсайту. Почніть з https://"
                }
            }
        )
    )
}

extension SafetyText {
    static let ukrainian = SafetyText(
        searchTooSlow: "Цей пошук тривав задовго. Спробуйте менше або коротші слова.",
        malformedBody: "Ми не змогли прочитати те, що ви надіслали. Спробуйте ще раз.",
        correctionBusy: SafetyText.english.correctionBusy,
        indexUnusable: SafetyText.english.indexUnusable,
        tooManyReportsAboutEntry: "Ми вже отримали багато повідомлень про цю послугу. Ми це перевіряємо. Більше надсилати не потрібно.",
        reportQueueFull: "Зараз ми не можемо приймати повідомлення, бо їх надійшло дуже багато. Спробуйте пізніше.",
        crisisFirst: "Те, що ви написали, нас непокоїть. Вам погано? Поговоріть про це з кимось зараз. Це можна зробити одразу, безкоштовно й анонімно:",
        crisisReportStored: "Ваше повідомлення теж збережено. Хтось із Sociale Kaart його прочитає, але це може тривати кілька днів. Не чекайте на це, якщо вам потрібна допомога зараз.",
        removedPersonalData: { kinds in
            let names = kinds.map { kind -> String in
                switch kind {
                case .citizenServiceNumber: "номер BSN"
                case .phoneNumber: "номер телефону"
                case .emailAddress: "адресу e-mail"
                case .streetAddress: "адресу"
                }
            }
            let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " і " + names.last! : names.joined()
            return "Ми прибрали з вашого тексту: \(list). Ми не зберігаємо такі дані разом із повідомленням. Якщо ми можемо вас щось запитати, заповніть поле для e-mail або телефону."
        },
        reportFormCrisisNote: "Вам погано? Не чекайте на нас. Нижче написано, куди можна звернутися просто зараз."
    )
}

extension ReadingText {
    static let ukrainian = ReadingText(
        searchedFor: { "Шукали: \($0)" },
        and: "і",
        insteadOf: { searched, typed in "Шукали \(searched) замість \(typed)." },
        searchAsTyped: { "Усе ж шукати: \($0)" },
        didYouMean: { "Можливо, ви мали на увазі: \($0)?" },
        didYouMeanPlace: { "Можливо, ви мали на увазі місце \($0)?" },
        aroundPlace: { "поблизу \($0)" },
        searchedAround: { "Шукали поблизу \($0)" },
        age: { "вік \($0)" },
        audience: { "спершу допомога для: \($0)" },
        withoutPlace: "без цього місця",
        withoutAge: "без віку",
        withoutAudience: "для всіх",
        leftOut: { "Не використано: \($0)" },
        fewWords: "Напишіть кількома словами, що ви шукаєте. Наприклад: самотність, борги або горе.",
        explainHeading: "Так ми зрозуміли ваше запитання",
        explainConcept: "тема",
        explainPlace: "місце з ваших слів",
        explainAge: "вік з ваших слів",
        explainAudience: "для кого",
        explainCorrected: "виправлено"
    )
}

// ---- issue 19 (list handout, professional view) ----
extension ListText {
    static let ukrainian = ListText(
        title: "Мій список",
        intro: "Допомога, яка вам підходить, на одному аркуші. Візьміть його з собою або відскануйте код телефоном.",
        addToList: "Додати до мого списку",
        makeList: "Скласти мій список",
        listHint: "Позначте допомогу, яку хочете. Потім складіть з неї один аркуш, щоб узяти з собою.",
        unavailable: "більше не доступно",
        unavailableNote: "Цього більше немає на карті. Запитайте того, хто дав вам цей список, про щось інше.",
        whatItIs: "Що це?",
        howToReach: "Як туди потрапити?",
        whereLabel: "Де",
        whenLabel: "Коли",
        contactLabel: "Телефон, e-mail або вебсайт",
        hoursUnknown: "Ми не знаємо. Зателефонуйте або подивіться на вебсайті.",
        bringOrSay: "Що взяти з собою або що сказати?",
        bringOrSayUnknown: "Ми не знаємо. Запитайте, коли зв'яжетеся.",
        tooMany: { maximum, given in "У список вміщується \(maximum) видів допомоги. Ви вибрали \(given). Ось перші \(maximum)." },
        skipped: { count in "Ми не змогли прочитати коди в посиланні (\(count)). Ми їх пропустили." },
        duplicates: { count in "Та сама допомога була в списку двічі (\(count)). Ми показуємо кожну один раз." },
        empty: "У вашому списку ще нічого немає. Знайдіть допомогу і виберіть \"Додати до мого списку\".",
        qrLabel: "QR-код: відкрийте цей список на телефоні",
        qrCaption: { "Відскануйте код або перейдіть на \($0)" },
        outcomeLink: { "Чи вдалося? Повідомте нам, без імені: \($0)" },
        outcomeHeading: "Чи вдалося?",
        outcomeQuestion: { "Чи вдалося отримати допомогу: \($0)?" },
        outcomeYes: "Так, вдалося",
        outcomeNo: "Ні, не вдалося",
        outcomePrivacy: "Ми рахуємо лише відповіді так і ні за кожен місяць. Ми не зберігаємо ім'я чи інші дані.",
        outcomeThanks: "Дякуємо. Вашу відповідь зараховано."
    )
}

extension ReferrerText {
    static let ukrainian = ReferrerText(
        heading: "Для тих, хто направляє",
        professionalOnlyHeading: "Лише для тих, хто направляє",
        whenToRefer: "Коли направляти",
        slimverwijzen: "Slim verwijzen (час очікування)",
        waitingTimes: "Час очікування",
        waitingTime: { value, day, source in "\(value) (\(day), джерело: \(source))" },
        tokenMissing: "Ці сторінки для тих, хто направляє. Увійдіть з кодом вашої організації.",
        tokenWrong: "Цей код неправильний. Попросіть правильний код у адміністратора карти.",
        feedbackOption: "Додати до кожної допомоги питання \"Чи вдалося?\" (анонімно)"
    )
}

// ---- issue 19 (the wegwijzer's assistant) ----
extension AdviceText {
    static let ukrainian = AdviceText(
        heading: "Що підходить до вашої ситуації?",
        intro: "Розкажіть кількома словами чи реченнями, що відбувається. Для кожної теми ми шукаємо найлегшу допомогу поруч. А також щось онлайн і щось почитати.",
        privacyNote: "Ми не зберігаємо нічого з того, що ви тут пишете.",
        situationLabel: "Що відбувається?",
        situationHint: "Наприклад: мати-одиначка, борги, погано спить, мало людей навколо",
        placeLabel: "Де ви живете?",
        placeHint: "Поштовий індекс або місто. Можна залишити порожнім.",
        ageLabel: "Вік (якщо хочете)",
        button: "Знайти відповідну допомогу",
        planHeading: "Відповідна допомога",
        because: { words, domain in "Ви згадали \(words) → \(domain.lowercased())" },
        nearbyHeading: "Поруч (найлегша допомога спочатку)",
        placesHeading: "У певному місці (найлегша допомога спочатку)",
        furtherHeading: { radius in "Нічого в межах \(radius). Найближче, далі" },
        onlineHeading: "Онлайн",
        articleHeading: "Почитати",
        nothingInDomain: "На карті ще нічого немає для цього. Запитайте сімейного лікаря або команду району.",
        why: "Чому",
        lineReason: { line in
            switch line {
            case "nulde": "без направлення, поруч"
            case "eerste": "первинна допомога: сімейний лікар, медсестра з психічного здоров'я або команда району"
            case "tweede": "спеціалізована допомога: зазвичай з направленням"
            default: line
            }
        },
        groupReason: "разом з іншими",
        noReferralReason: "можна прийти самому або записатися",
        audienceReason: { group in "для: \(group.lowercased())" },
        domainOnlyReason: { domain in "загальна допомога: \(domain.lowercased())" },
        onlineReason: "онлайн, коли вам зручно",
        articleReason: "пояснення простими словами",
        unplacedHeading: "Що ми не змогли віднести до теми",
        unplaced: { words in "Ми не знаємо, до якої теми належить \(words). Пошукайте самі або запитайте провідника чи сімейного лікаря." },
        noSituation: "Розкажіть кількома словами, що відбувається. Наприклад: борги, поганий сон, мало спілкування.",
        onlyPlace: "Ми прочитали лише місце або вік. Розкажіть також, що відбувається. Наприклад: борги, смуток або самотність.",
        nothingPlaced: "Ми не змогли віднести ваші слова до теми. Спробуйте інші слова або шукайте самі.",
        truncated: { characters in "Ваш текст був довгим. Ми прочитали перші \(characters) символів." },
        readAs: { typed, read in "Ми прочитали '\(typed)' як '\(read)'." },
        age: { age in "вік \(age)" },
        crisisFirst: "Ви пишете те, що нас непокоїть. Поговоріть про це з кимось зараз. Це можна зробити одразу, безкоштовно та анонімно:",
        quote: { "«\($0)»" },
        and: "і",
        closing: "Це початок, а не направлення. Сумніваєтеся? Зателефонуйте сімейному лікарю або команді району.",
        backToSearch: "Шукати самому"
    )
}
// ---- end issue 19 ----
