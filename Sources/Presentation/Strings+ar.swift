import KaartModel

extension Strings {
    /// Arabic (Modern Standard), plain and polite, right to left. Maintainer-only and provider
    /// texts (the confirmation page, the token messages) are in English: they are not for residents.
    public static let arabic = Strings(
        language: .arabic,
        monthNames: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
        kindLabels: [.offering: "خدمة", .supportPoint: "مركز دعم", .peerSupport: "دعم من أشخاص مرّوا بالتجربة نفسها", .online: "عبر الإنترنت", .knowledge: "للقراءة"],
        nearHeading: { place, radius in "بالقرب من \(place) (حتى \(radius))" },
        allHeading: "مساعدة في مكان ما",
        onlineHeading: "عبر الإنترنت والهاتف",
        knowledgeHeading: "للقراءة",
        nothingNearby: { radius, place in "لم نجد شيئاً مناسباً ضمن \(radius) من \(place)." },
        furtherHeading: "الأقرب، على مسافة أبعد",
        noResults: "لم نجد شيئاً مناسباً. جرّب كلمات أخرى أو عدداً أقل من الخيارات.",
        anyWordNotice: "لا شيء يناسب كل الكلمات. هذه النتائج تناسب بعض الكلمات.",
        lastChecked: "آخر تحقق",
        possiblyOutdated: "قد تكون المعلومات قديمة",
        contact: "التواصل",
        noContact: "لا يوجد رقم هاتف أو بريد إلكتروني أو موقع معروف",
        online: "عبر الإنترنت",
        somewhereInMunicipality: { "في مكان ما في بلدية \($0)" },
        inMunicipality: { "في بلدية \($0)" },
        servesArea: { "لسكان \($0)" },
        nationwide: "لكل هولندا",
        about: "حوالي",
        page: { page, pages, total in "الصفحة \(page) من \(pages) (\(total) في المجموع)" },
        explainTerms: "بحثنا عن",
        explainSynonyms: "وبحثنا أيضاً عن",
        explainScore: { relevance, distance, freshness, total in
            "النص \(relevance) × المسافة \(distance) × الحداثة \(freshness) = \(total)"
        },
        fieldLabels: [
            "kind": "النوع", "summary": "باختصار", "description": "ما هذا؟",
            "target_groups": "لمن؟", "domains": "عن ماذا؟", "support_types": "نوع المساعدة",
            "where": "أين؟", "schedule": "متى؟", "cost": "كم التكلفة؟",
            "application_process": "كيف تبدأ؟", "access": "الوصول", "languages": "اللغات",
            "accessibility": "سهولة الوصول", "contact": "التواصل", "phones": "الهاتف",
            "email": "البريد الإلكتروني", "url": "الموقع الإلكتروني", "organization": "المنظمة",
            "when_to_refer": "للمختصين الذين يحيلون", "ages": "العمر", "line": "مستوى الرعاية",
            "sector": "القطاع", "id": "الرقم", "last_checked": "آخر تحقق",
        ],
        sourcesHeading: "المصادر",
        handoutFooter: { id in "هذه المعلومات من Sociale Kaart (\(id)). هل هناك خطأ؟ أبلغ عنه بالأمر: kaart meld \(id)" },
        unknown: "غير معروف",
        yes: "نعم",
        no: "لا",
        free: "مجاني",
        inactive: "هذه الخدمة لم تعد موجودة أو توقفت.",
        sourceUpdated: { source, day in "تم التحديث من المصدر \(source) في \(day)" },
        goneFromSource: { source, day in "لم تعد لدى المصدر \(source) منذ \(day)" },
        websiteBroken: { problem, day in "الموقع لا يعمل: \(problem) منذ \(day)" },
        languageName: "العربية",
        web: WebText(
            siteName: "Sociale Kaart",
            skipLink: "انتقل إلى المحتوى",
            searchHeading: "ابحث عن مساعدة، قريبة أو عبر الإنترنت",
            searchIntro: "عندما لا تشعر بخير، أو تشعر بالوحدة، أو تحتاج إلى مساعدة في المال أو السكن أو العمل. لا تحتاج إلى حساب.",
            whatLabel: "عن ماذا تبحث؟",
            whatHint: "مثلاً: وحدة، ديون، حزن (يمكنك الكتابة بالهولندية أو بلغتك)",
            whereLabel: "الرمز البريدي أو المدينة",
            whereHint: "مثلاً: 6811 أو Arnhem",
            distanceLabel: "المسافة",
            domainLabel: "عن ماذا يدور الأمر؟",
            targetGroupLabel: "لمن؟",
            supportTypeLabel: "ما نوع المساعدة؟",
            anyOption: "الكل",
            moreChoices: "خيارات أخرى: الموضوع، لمن، نوع المساعدة",
            freeOnlyLabel: "المساعدة المجانية فقط",
            searchButton: "ابحث",
            resultsTitle: { words in words.isEmpty ? "نتائج البحث" : "نتائج البحث عن \(words)" },
            resultsHeading: "ما وجدناه",
            previousPage: "الصفحة السابقة",
            nextPage: "الصفحة التالية",
            pagesLabel: "الصفحات",
            emptyPage: "لا يوجد شيء آخر في هذه الصفحة. ارجع إلى الصفحة الأولى.",
            reportLink: "هل هذا غير صحيح؟",
            detailsLink: "المزيد عن",
            handoutLink: "اصنع ورقة للطباعة",
            printHint: "اطبع هذه الصفحة بزر الطباعة في متصفحك.",
            backToSearch: "العودة إلى البحث",
            reportHeading: { name in "هل هناك شيء غير صحيح في \(name)؟" },
            reportIntro: "أخبرنا بذلك. سينظر فيه شخص من Sociale Kaart ويصحّحه.",
            reasonLegend: "ما الذي ليس صحيحاً؟",
            reportTextLabel: "هل تريد أن تخبرنا بالمزيد؟ (اختياري)",
            reportTextHint: { limit in "\(limit) حرفاً على الأكثر. لا تكتب هنا شيئاً عن صحتك." },
            reportContactLabel: "بريدك الإلكتروني أو رقم هاتفك، إذا سمحت لنا أن نسألك (اختياري)",
            reportContactHint: "نستخدم هذا لهذا البلاغ فقط. ثم نحذفه.",
            honeypotLabel: "اترك هذا الحقل فارغاً",
            sendReport: "أرسل البلاغ",
            thanksHeading: "شكراً على بلاغك",
            thanksBody: "وصلنا بلاغك وحفظناه. سينظر فيه شخص من Sociale Kaart.",
            handoutFooter: { url in "هذه المعلومات من Sociale Kaart. هل هناك خطأ؟ أبلغ عنه على \(url)" },
            badRequestHeading: "لا نستطيع البحث بهذه الطريقة",
            badRequestHelp: "غيّر بحثك وحاول مرة أخرى.",
            notFoundHeading: "غير موجود",
            notFoundEntry: { id in "لا توجد خدمة بالرقم «\(id)». ربما حُذفت. ابحث من جديد." },
            notFoundPage: "هذه الصفحة غير موجودة. ابدأ من جديد بالبحث.",
            tooManyReports: "أرسلت بلاغات كثيرة في وقت قصير. انتظر ربع ساعة ثم حاول مرة أخرى.",
            reportNotSaved: "لم يتم حفظ بلاغك: حدث خطأ لدينا في الحفظ. حاول مرة أخرى لاحقاً.",
            requestTooLarge: "ما أرسلته طويل جداً. اجعله أقصر وحاول مرة أخرى.",
            unsupportedMediaType: "أرسل البيانات بصيغة JSON (Content-Type: application/json).",
            methodNotAllowed: "هذا العنوان لا يعمل بهذه الطريقة. ارجع إلى صفحة البحث.",
            serverError: "حدث خطأ لدينا. حاول مرة أخرى لاحقاً.",
            maintenanceUnauthorized: Strings.english.web.maintenanceUnauthorized,
            maintenanceDisabled: Strings.english.web.maintenanceDisabled,
            errorHeading: "حدث خطأ",
            textUsage: { example in "ابحث باستخدام wat= (عن ماذا تبحث؟) و bij= (الرمز البريدي أو المدينة)، مثلاً:\n  curl '\(example)'" },
            footer: "المعلومات من مصادر عامة ومن خطط إقليمية. هل هناك خطأ؟ استخدم رابط «هل هذا غير صحيح؟» بجانب الخدمة.",
            apiLink: "للمطورين: واجهة JSON",
            routeAction: "الطريق",
            printAction: "طباعة",
            actionsLabel: "الوصول والاتصال والموقع"
        ),
        reasonLabels: [
            .gone: "لم تعد موجودة",
            .temporarilyClosed: "مغلقة مؤقتاً",
            .contactWrong: "رقم الهاتف أو العنوان غير صحيح",
            .hoursWrong: "الأوقات غير صحيحة",
            .duplicate: "مذكورة مرتين",
            .wrongGroupOrTopic: "الفئة أو الموضوع غير صحيح",
            .other: "شيء آخر",
        ],
        queryError: { error in
            switch error {
            case .invalid(let parameter, let value, _):
                return "القيمة «\(value)» في \(parameter) غير صالحة. غيّرها وحاول مرة أخرى."
            case .unknownCode(let parameter, let value, let choices):
                return "«\(value)» في \(parameter) غير موجود. اختر من: \(choices.joined(separator: "، "))."
            case .unknownParameter(let name):
                return "خيار البحث «\(name)» غير معروف."
            case .ambiguousPlace(let name, let choices):
                return "«\(name)» قد يكون عدة أماكن: \(choices.joined(separator: "؛ ")). اختر واحداً، مثلاً «\(choices.first ?? name)»، أو اكتب رمزاً بريدياً."
            case .unknownPlace(let name, let suggestions):
                let hint = suggestions.isEmpty ? "" : " هل تقصد: \(suggestions.joined(separator: "، "))؟"
                return "لا نعرف «\(name)» كرمز بريدي أو مدينة أو بلدية.\(hint) اكتب رمزاً بريدياً (مثل 6811) أو اسم مدينة."
            }
        },
        reportProblem: { problem in
            switch problem {
            case .missingEntry: "اختر أولاً الخدمة التي تريد الإبلاغ عنها."
            case .unknownEntry(let id): "لا توجد خدمة بالرقم «\(id)»."
            case .missingReason: "اختر ما هو غير صحيح."
            case .unknownReason(let text): "«\(text)» ليس في القائمة. اختر ما هو غير صحيح."
            case .tooLong(.text, let limit): "نصّك طويل جداً. استخدم \(limit) حرفاً على الأكثر."
            case .tooLong(.contact, let limit): "بريدك الإلكتروني أو رقم هاتفك طويل جداً. استخدم \(limit) حرفاً على الأكثر."
            case .invalidCharacters(.text): "نصّك يحتوي على رموز لا نستطيع حفظها."
            case .invalidCharacters(.contact): "بريدك الإلكتروني أو رقم هاتفك يحتوي على رموز لا نستطيع حفظها."
            }
        },
        practical: PracticalText(
            dateUnknown: "التاريخ غير معروف",
            notYetAvailable: "غير متاحة بعد: هذه خطة ولم تبدأ بعد.",
            expectedFrom: { "من المتوقع أن تبدأ في \($0)." },
            forProfessionalsOnly: "للمختصين فقط، وليست للسكان.",
            openNow: "مفتوح الآن",
            openToday: "مفتوح اليوم",
            closedToday: "مغلق اليوم",
            dayAbbreviations: ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
            dayRange: { "من \($0) إلى \($1)" },
            hours: { "من \($0) إلى \($1)" },
            allDay: "طوال اليوم",
            everyDayAndNight: "ليلاً ونهاراً، كل يوم",
            validFrom: { "من \($0)" },
            validUntil: { "حتى \($0)" },
            chat: "دردشة",
            phone: "اتصل",
            email: "بريد إلكتروني",
            website: "الموقع",
            sourceLine: { "المصدر: \($0)" },
            ownWebsite: { "موقع \($0)" },
            webPage: { "الموقع \($0)" },
            regionalPlan: { region in region.map { "خطة منطقة \($0)" } ?? "خطة المنطقة" },
            outsideCoverage: { place, regions in
                "لا تغطي Sociale Kaart منطقة \(place) بعد. تغطي الآن: \(regions). في الأسفل مساعدة يمكنك استخدامها في أي مكان: عبر الإنترنت والهاتف."
            },
            coverage: { "تغطي هذه الخريطة \($0)، والمساعدة التي تحصل عليها عبر الإنترنت أو الهاتف في كل هولندا." },
            openFilterLabel: "مفتوح",
            openFilterAny: "لا يهم"
        ),
        confirmation: Strings.english.confirmation,
        crisis: CrisisText(
            heading: "هل تحتاج إلى مساعدة الآن؟",
            shortLine: "تحتاج إلى مساعدة الآن؟",
            line: { route in
                switch route.role {
                case .suicidePrevention: "هل تفكر في الانتحار؟ اتصل بالرقم \(route.number) أو تحدّث عبر الدردشة على \(CrisisRoutes.chatName). مجاناً، ليلاً ونهاراً."
                case .suicidePreventionFree: "أو اتصل مجاناً بالرقم \(route.number) (113 Zelfmoordpreventie، الوقاية من الانتحار)."
                case .emergency: "هل هناك خطر مباشر؟ اتصل بالرقم \(route.number)."
                }
            },
            languagesNote: "خطوط المساعدة هذه تتحدث باللغة الهولندية. مواقعها الإلكترونية لا تذكر هل تساعد بلغات أخرى أيضاً.",
            englishPageLink: "معلومات من 113 باللغة الإنجليزية"
        ),
        languageText: LanguageText(
            choiceLabel: "اللغة",
            offer: "اقرأ هذه الصفحة بالعربية",
            unknownChoice: { "لا نعرف اللغة «\($0)». لذلك هذه الصفحة بالهولندية. اختر لغة أخرى في الأعلى." },
            helpLanguageLabel: "مساعدة بلغتي",
            helpLanguageAny: "لا يهم",
            helpLanguagesUnknown: "غير معروف بأي لغات",
            names: [
                "nl": "الهولندية", "en": "الإنجليزية", "ar": "العربية", "tr": "التركية", "pl": "البولندية", "uk": "الأوكرانية",
                "de": "الألمانية", "fr": "الفرنسية", "es": "الإسبانية", "ru": "الروسية", "fa": "الفارسية", "ti": "التغرينية", "so": "الصومالية",
            ]
        ),
        data: DataText(
            madeFromData: "هذا الشرح مصنوع من بيانات هذه الخدمة، وليس ترجمة للنص الهولندي.",
            dutchText: "بالهولندية",
            translatedBy: { translator, day in "ترجمه \(translator) في \(day)." },
            kind: { "النوع: \($0)." },
            supportTypes: { "نوع المساعدة: \($0)." },
            targetGroups: { "لمن: \($0)." },
            ages: { "العمر: \($0)." },
            agesBetween: { low, high in "من \(low) إلى \(high) سنة" },
            agesFrom: { "من \($0) سنة فما فوق" },
            agesUpTo: { "حتى \($0) سنة" },
            free: "إنها مجانية.",
            notFree: "إنها ليست مجانية.",
            access: { "الوصول: \($0)." },
            online: { "إنها عبر الإنترنت، \($0)." },
            place: { "أين: \($0)." },
            languages: { "اللغات: \($0)." },
            hours: { "مفتوح: \($0)." }
        ),
        taxonomyLabels: [
            "domains/psychisch-welzijn": "الصحة النفسية",
            "domains/sociale-contacten": "العلاقات الاجتماعية والوحدة",
            "domains/geld-en-schulden": "المال والديون",
            "domains/wonen": "السكن",
            "domains/werk-en-dagbesteding": "العمل والأنشطة اليومية",
            "domains/school-en-studie": "المدرسة والدراسة",
            "domains/zingeving": "معنى الحياة",
            "domains/dagelijks-leven": "الحياة اليومية وتنظيمها",
            "domains/lichaam-en-leefstijl": "الجسم ونمط الحياة",
            "domains/veiligheid": "الأمان",
            "domains/gezin-en-opvoeden": "الأسرة وتربية الأطفال",
            "domains/verslaving": "الإدمان",
            "target_groups/iedereen": "الجميع",
            "target_groups/jongeren": "الشباب (من 12 إلى 18 سنة)",
            "target_groups/jongvolwassenen": "الشباب البالغون (من 16 إلى 27 سنة)",
            "target_groups/volwassenen": "البالغون",
            "target_groups/ouderen": "كبار السن (65 سنة فما فوق)",
            "target_groups/naasten": "الأقارب ومقدمو الرعاية",
            "target_groups/psychische-kwetsbaarheid": "أشخاص لديهم مشكلات نفسية",
            "target_groups/ouders": "الآباء والأمهات",
            "target_groups/nieuwkomers": "القادمون الجدد والناطقون بلغات أخرى",
            "target_groups/studenten": "الطلاب",
            "target_groups/professionals": "المختصون والجهات المُحيلة",
            "support_types/informatie-en-advies": "معلومات ونصائح",
            "support_types/ontmoeting-en-inloop": "لقاءات ودخول حر",
            "support_types/lotgenotencontact": "مجموعة لأشخاص يمرّون بالتجربة نفسها",
            "support_types/ervaringsdeskundige-steun": "دعم من أشخاص لديهم خبرة شخصية",
            "support_types/cursus-of-training": "دورة أو تدريب",
            "support_types/activiteit": "نشاط (رياضة، إبداع، طبخ جماعي)",
            "support_types/begeleiding-en-coaching": "مرافقة وتوجيه",
            "support_types/praktische-hulp": "مساعدة عملية",
            "support_types/behandeling": "علاج",
            "support_types/hulplijn-en-crisis": "خط مساعدة وأزمات",
            "support_types/online-zelfhulp": "مساعدة ذاتية عبر الإنترنت",
            "support_types/e-community": "مجتمع عبر الإنترنت",
            "support_types/hulpmiddel": "أداة مساعدة",
            "access/vrije-inloop": "دخول حر",
            "access/aanmelden": "سجّل بنفسك",
            "access/verwijzing-nodig": "تحتاج إلى إحالة",
            "lines/nulde": "في الحي، بدون إحالة",
            "lines/eerste": "الرعاية الأولية (طبيب العائلة، فريق الحي)",
            "lines/tweede": "رعاية نفسية متخصصة",
            "sectors/sociale-basis": "المجتمع المحلي",
            "sectors/welzijn": "الرعاية الاجتماعية",
            "sectors/sociaal-domein": "البلدية والفريق الاجتماعي",
            "sectors/huisartsenzorg": "طب العائلة",
            "sectors/ggz": "رعاية الصحة النفسية",
            "sectors/onderwijs": "التعليم",
            "sectors/zorgverzekeraar": "شركة التأمين الصحي",
            "sectors/landelijk": "منظمة وطنية",
        ],
        useAndPrivacy: UseAndPrivacyText(
            foundQuestion: "هل وجدت ما كنت تبحث عنه؟",
            foundYes: "نعم",
            foundNo: "لا",
            foundThanksHeading: "شكراً",
            foundThanks: "شكراً على إجابتك. نحن نعدّ فقط «نعم» أو «لا». لا نعرف من أنت ولا عن ماذا بحثت.",
            privacyLink: "الخصوصية: ما الذي نحفظه",
            privacyHeading: "الخصوصية: ما الذي نحفظه وما الذي لا نحفظه",
            privacyIntro: "يمكنك استخدام هذه الخريطة بدون حساب. نريد أن نعرف هل تساعد الخريطة، لكننا لا نريد أن نعرف من أنت.",
            storedHeading: "ما الذي نحفظه، وإلى متى",
            reportsStored: { days in "البلاغات عن خدمة: السبب وشرحك، حتى تتم معالجة البلاغ. نحذف بريدك الإلكتروني أو رقم هاتفك عندما تتم معالجة البلاغ، وبعد \(days) يوماً على الأكثر." },
            usageStored: { days, minimum in "أعداد لكل يوم: كم مرة تم البحث في كل بلدية وعبر كل قناة (الموقع الإلكتروني أو API)، وما الخيارات التي استُخدمت، وكم نتيجة ظهرت (0، أو من 1 إلى 3، أو 4 أو أكثر). وأيضاً كم مرة شوهدت خدمة أو ورقة للطباعة. عمليات البحث التي لم تجد شيئاً نحفظها فقط كموضوع، مثل «ديون»، ولا نحفظ أبداً كلماتك أنت. لا نعرض موضوعاً إلا إذا كان عدد عمليات البحث التي تشترك فيه \(minimum) على الأقل. نحفظ الأعداد لمدة \(days) يوماً." },
            foundStored: "إجابتك عن سؤال «هل وجدت ما كنت تبحث عنه؟»: «نعم» أو «لا» فقط، ونجمع الإجابات لكل يوم.",
            whyHeading: "لماذا",
            why: "هكذا نرى أين تنقص المساعدة وما الذي يجب أن نحسّنه. مرتين في السنة نكتب عن ذلك تقريراً للبلديات وللمنظمات في الشبكة.",
            whoHeading: "من يرى هذا",
            who: "فقط القائمون على إدارة الخريطة يرون البلاغات. أما الأعداد فيراها هم والبلديات، كمجاميع فقط.",
            neverHeading: "ما لا نحفظه أبداً",
            never: ["عنوان IP الخاص بك", "ملفات تعريف الارتباط (cookies)", "الكلمات التي تبحث بها", "رمزك البريدي أو مكان وجودك", "ما فعله شخص واحد"],
            rateLimit: { count, minutes in "لمنع إساءة الاستخدام، يتذكر الخادم لوقت قصير، في الذاكرة فقط، عدد الرسائل التي تأتي من عنوان واحد: \(count) على الأكثر كل \(minutes) دقيقة. لا نحفظ العنوان نفسه." },
            crisisNote: "هل تحتاج إلى مساعدة الآن؟ اتصل أو تحدّث عبر الدردشة مع المساعدة المذكورة في الأسفل."
        ),
        suggestion: SuggestionText(
            link: "هناك شيء ناقص في الخريطة",
            heading: "هناك شيء ناقص في الخريطة",
            intro: "هل تعرف مجموعة أو مكاناً بدخول حر أو مساعدة أخرى غير موجودة هنا؟ أخبرنا بذلك. سينظر فيها شخص من Sociale Kaart ويبحث عن مصدر.",
            nameLabel: "اسم المساعدة أو المجموعة",
            whatLabel: "ما هذا؟",
            whatHint: "مثلاً: مجموعة مشي لأشخاص في حالة حداد، كل يوم ثلاثاء. لا تكتب هنا شيئاً عن صحتك أو عن أشخاص آخرين.",
            placeLabel: "أين؟ (المدينة أو العنوان، اختياري)",
            urlLabel: "الموقع الإلكتروني (اختياري)",
            roleLegend: "أنا",
            resident: "من السكان",
            professional: "من المختصين (أقدّم المساعدة أو أرشد الناس إليها)",
            contactLabel: "بريدك الإلكتروني أو رقم هاتفك، إذا سمحت لنا أن نسألك شيئاً (اختياري)",
            contactHint: "نحذف هذا عندما ننتهي من معالجة اقتراحك.",
            send: "أرسل الاقتراح",
            thanksHeading: "شكراً",
            thanks: "شكراً لك. وصلنا اقتراحك. سينظر فيه شخص من Sociale Kaart.",
            queueFull: "لا نستطيع استقبال اقتراحات الآن لأن عدداً كبيراً جداً وصلنا. حاول مرة أخرى لاحقاً.",
            problem: { problem in
                switch problem {
                case .missing(.name): "اكتب اسم المساعدة أو المجموعة."
                case .missing(.what): "اكتب باختصار ما هذا."
                case .missing(_): "اختر هل أنت من السكان أو من المختصين."
                case .unknownRole: "اختر هل أنت من السكان أو من المختصين."
                case .tooLong(_, let limit): "هذا طويل جداً. استخدم \(limit) حرفاً على الأكثر."
                case .invalidCharacters: "هنا رموز لا نستطيع حفظها."
                case .notAWebAddress: "الموقع الإلكتروني ليس عنوان ويب. ابدأ بـ https://"
                }
            }
        )
    )
}

extension SafetyText {
    static let arabic = SafetyText(
        searchTooSlow: "استغرق هذا البحث وقتاً طويلاً. جرّب كلمات أقل أو أقصر.",
        malformedBody: "لم نستطع قراءة ما أرسلته. حاول مرة أخرى.",
        correctionBusy: SafetyText.english.correctionBusy,
        indexUnusable: SafetyText.english.indexUnusable,
        tooManyReportsAboutEntry: "وصلتنا بلاغات كثيرة عن هذه الخدمة. نحن ننظر فيها. لا تحتاج إلى إرسال المزيد.",
        reportQueueFull: "لا نستطيع استقبال بلاغات الآن لأن عدداً كبيراً جداً وصلنا. حاول مرة أخرى لاحقاً.",
        crisisFirst: "ما كتبته يقلقنا. هل أنت لست بخير؟ تحدّث مع شخص ما الآن. هذا ممكن فوراً، مجاناً ودون ذكر اسمك:",
        crisisReportStored: "تم حفظ بلاغك أيضاً. سيقرؤه شخص من Sociale Kaart، لكن ذلك قد يستغرق بضعة أيام. لا تنتظر ذلك إذا كنت تحتاج إلى مساعدة الآن.",
        removedPersonalData: { kinds in
            let names = kinds.map { kind -> String in
                switch kind {
                case .citizenServiceNumber: "رقم المواطن (BSN)"
                case .phoneNumber: "رقم هاتف"
                case .emailAddress: "عنوان بريد إلكتروني"
                case .streetAddress: "عنوان سكن"
                }
            }
            let list = names.count > 1 ? names.dropLast().joined(separator: "، ") + " و" + names.last! : names.joined()
            return "حذفنا من نصّك: \(list). لا نحفظ مثل هذه البيانات مع البلاغ. إذا سمحت لنا أن نسألك شيئاً، اكتب بريدك الإلكتروني أو هاتفك في الحقل المخصص لذلك."
        },
        reportFormCrisisNote: "هل أنت لست بخير؟ لا تنتظرنا. في الأسفل تجد أين يمكنك الحصول على المساعدة الآن فوراً."
    )
}

extension ReadingText {
    static let arabic = ReadingText(
        searchedFor: { "بحثنا عن: \($0)" },
        and: "و",
        insteadOf: { searched, typed in "بحثنا عن \(searched) بدلاً من \(typed)." },
        searchAsTyped: { "ابحث عن \($0) كما كتبته" },
        didYouMean: { "هل تقصد \($0)؟" },
        didYouMeanPlace: { "هل تقصد المكان \($0)؟" },
        aroundPlace: { "حول \($0)" },
        searchedAround: { "بحثنا حول \($0)" },
        age: { "العمر \($0)" },
        audience: { "المساعدة لـ \($0) أولاً" },
        withoutPlace: "بدون هذا المكان",
        withoutAge: "بدون العمر",
        withoutAudience: "للجميع",
        leftOut: { "لم نستخدم: \($0)" },
        fewWords: "قل في كلمات قليلة عن ماذا تبحث. مثلاً: وحدة، ديون أو حزن.",
        explainHeading: "هكذا فهمنا سؤالك",
        explainConcept: "الموضوع",
        explainPlace: "مكان من كلماتك",
        explainAge: "العمر من كلماتك",
        explainAudience: "لمن",
        explainCorrected: "مصحّح"
    )
}

// ---- issue 19 (list handout, professional view) ----
extension ListText {
    static let arabic = ListText(
        title: "قائمتي",
        intro: "مساعدة تناسبك، على ورقة واحدة. خذها معك أو امسح الرمز بهاتفك.",
        addToList: "أضف إلى قائمتي",
        makeList: "اصنع قائمتي",
        listHint: "اختر المساعدة التي تريدها. ثم اصنع منها ورقة واحدة تأخذها معك.",
        unavailable: "لم يعد متاحًا",
        unavailableNote: "هذا لم يعد موجودًا على الخريطة. اسأل من أعطاك هذه القائمة عن شيء آخر.",
        whatItIs: "ما هو؟",
        howToReach: "كيف تصل إليه؟",
        whereLabel: "أين",
        whenLabel: "متى",
        contactLabel: "الهاتف أو البريد الإلكتروني أو الموقع",
        hoursUnknown: "لا نعرف. اتصل أو انظر في الموقع.",
        bringOrSay: "ماذا تحضر معك أو ماذا تقول؟",
        bringOrSayUnknown: "لا نعرف. اسأل عندما تتواصل معهم.",
        tooMany: { maximum, given in "تتسع القائمة لـ \(maximum) أنواع من المساعدة. اخترت \(given). هنا أول \(maximum)." },
        skipped: { count in "لم نستطع قراءة \(count) من الرموز في الرابط. تركناها." },
        duplicates: { count in "كانت مساعدة مكررة في القائمة (\(count)). نعرض كل واحدة مرة واحدة." },
        empty: "قائمتك فارغة بعد. ابحث عن مساعدة واختر \"أضف إلى قائمتي\".",
        qrLabel: "رمز QR: افتح هذه القائمة على هاتفك",
        qrCaption: { "امسح الرمز أو اذهب إلى \($0)" },
        outcomeLink: { "هل نجح الأمر؟ أخبرنا، بدون اسمك: \($0)" },
        outcomeHeading: "هل نجح الأمر؟",
        outcomeQuestion: { "هل استطعت الوصول إلى \($0)؟" },
        outcomeYes: "نعم، نجح الأمر",
        outcomeNo: "لا، لم ينجح الأمر",
        outcomePrivacy: "نعدّ فقط نعم ولا في كل شهر. لا نحفظ أي اسم ولا أي معلومات أخرى.",
        outcomeThanks: "شكرًا. تم عدّ إجابتك."
    )
}

extension ReferrerText {
    static let arabic = ReferrerText(
        heading: "للمحيلين",
        professionalOnlyHeading: "للمحيلين فقط",
        whenToRefer: "متى تحيل",
        slimverwijzen: "Slim verwijzen (أوقات الانتظار)",
        waitingTimes: "وقت الانتظار",
        waitingTime: { value, day, source in "\(value) (\(day)، المصدر: \(source))" },
        tokenMissing: "هذه الصفحات للمحيلين. سجّل الدخول برمز المحيل الخاص بمؤسستك.",
        tokenWrong: "رمز المحيل هذا غير صحيح. اطلب الرمز الصحيح من مسؤول الخريطة.",
        feedbackOption: "أضف سؤال \"هل نجح الأمر؟\" إلى كل مساعدة (بدون اسم)"
    )
}

// ---- issue 19 (the wegwijzer's assistant) ----
extension AdviceText {
    static let arabic = AdviceText(
        heading: "ما الذي يناسب وضعك؟",
        intro: "أخبرنا ببضع كلمات أو جمل بما يحدث معك. نبحث لكل موضوع عن أخفّ مساعدة قريبة منك، وعن شيء عبر الإنترنت وشيء للقراءة.",
        privacyNote: "لا نحتفظ بأي شيء مما تكتبه هنا.",
        situationLabel: "ما الذي يحدث؟",
        situationHint: "مثلاً: أم وحيدة، ديون، تنام بشكل سيئ، قليل من الناس حولها",
        placeLabel: "أين تسكن؟",
        placeHint: "الرمز البريدي أو اسم المدينة. يمكنك تركه فارغاً.",
        ageLabel: "العمر (إن أردت)",
        button: "ابحث عن مساعدة مناسبة",
        planHeading: "مساعدة مناسبة",
        because: { words, domain in "ذكرتَ \(words) ← \(domain)" },
        nearbyHeading: "قريب منك (الأخفّ أولاً)",
        placesHeading: "في مكان ما (الأخفّ أولاً)",
        furtherHeading: { radius in "لا شيء ضمن \(radius). الأقرب، على مسافة أبعد" },
        onlineHeading: "عبر الإنترنت",
        articleHeading: "للقراءة",
        nothingInDomain: "لا يوجد شيء لهذا على الخريطة بعد. اسأل طبيب العائلة أو فريق الحي.",
        why: "لماذا",
        lineReason: { line in
            switch line {
            case "nulde": "دون إحالة، في الحي"
            case "eerste": "الرعاية الأولية: طبيب العائلة أو ممرض الصحة النفسية في العيادة أو فريق الحي"
            case "tweede": "مساعدة متخصصة: غالباً بإحالة"
            default: line
            }
        },
        groupReason: "مع أشخاص آخرين",
        noReferralReason: "يمكنك الذهاب بنفسك أو التسجيل بنفسك",
        audienceReason: { group in "لـ\(group)" },
        domainOnlyReason: { domain in "مساعدة عامة في \(domain)" },
        onlineReason: "عبر الإنترنت، متى يناسبك",
        articleReason: "شرح بكلمات بسيطة",
        unplacedHeading: "ما لم نستطع تصنيفه",
        unplaced: { words in "لا نعرف إلى أي موضوع ينتمي \(words). ابحث عنه بنفسك، أو اسأل مرشداً أو طبيب العائلة." },
        noSituation: "أخبرنا ببضع كلمات بما يحدث. مثلاً: ديون، نوم سيئ، قلة التواصل.",
        onlyPlace: "قرأنا مكاناً أو عمراً فقط. أخبرنا أيضاً بما يحدث. مثلاً: ديون، حزن أو وحدة.",
        nothingPlaced: "لم نستطع ربط كلماتك بموضوع. جرّب كلمات أخرى، أو ابحث بنفسك.",
        truncated: { characters in "نصك كان طويلاً. قرأنا أول \(characters) حرف." },
        readAs: { typed, read in "قرأنا '\(typed)' على أنها '\(read)'." },
        age: { age in "العمر \(age)" },
        crisisFirst: "ما كتبته يقلقنا. تحدّث مع شخص ما الآن. هذا ممكن فوراً، مجاناً ودون ذكر اسمك:",
        quote: { "«\($0)»" },
        and: "و",
        closing: "هذه بداية، وليست إحالة. لست متأكداً؟ اتصل بطبيب العائلة أو فريق الحي.",
        backToSearch: "ابحث بنفسك"
    )
}
// ---- end issue 19 ----
