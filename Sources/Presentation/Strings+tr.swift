import KaartModel

extension Strings {
    /// Turkish, plain and polite ("siz"). Maintainer-only and provider texts (the confirmation
    /// page, the token messages) are in English: they are not for residents.
    public static let turkish = Strings(
        language: .turkish,
        monthNames: ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
        kindLabels: [.offering: "hizmet", .supportPoint: "destek noktası", .peerSupport: "benzer deneyimi yaşayanlarla destek", .online: "çevrim içi", .knowledge: "okumak için"],
        nearHeading: { place, radius in "\(place) yakınında (\(radius) içinde)" },
        allHeading: "Bir yerde yardım",
        onlineHeading: "Çevrim içi ve telefonla",
        knowledgeHeading: "Okumak için",
        nothingNearby: { radius, place in "\(place) çevresinde \(radius) içinde uygun bir şey bulamadık." },
        furtherHeading: "En yakın olanlar, daha uzakta",
        noResults: "Uygun bir şey bulamadık. Başka kelimeler veya daha az filtre deneyin.",
        anyWordNotice: "Tüm kelimelere uyan bir şey yok. Bunlar kelimelerin bir kısmına uyuyor.",
        lastChecked: "Son kontrol",
        possiblyOutdated: "bilgiler eski olabilir",
        contact: "İletişim",
        noContact: "bilinen telefon, e-posta veya web sitesi yok",
        online: "çevrim içi",
        somewhereInMunicipality: { "\($0) belediyesinde bir yerde" },
        inMunicipality: { "\($0) belediyesinde" },
        servesArea: { "\($0) sakinleri için" },
        nationwide: "tüm Hollanda için",
        about: "yaklaşık",
        page: { page, pages, total in "Sayfa \(page) / \(pages) (toplam \(total))" },
        explainTerms: "Aranan",
        explainSynonyms: "ayrıca aranan",
        explainScore: { relevance, distance, freshness, total in
            "metin \(relevance) × mesafe \(distance) × güncellik \(freshness) = \(total)"
        },
        fieldLabels: [
            "kind": "Tür", "summary": "Kısaca", "description": "Bu nedir?",
            "target_groups": "Kimin için?", "domains": "Konu", "support_types": "Yardım türü",
            "where": "Nerede?", "schedule": "Ne zaman?", "cost": "Ücreti ne kadar?",
            "application_process": "Nasıl başlanır?", "access": "Erişim", "languages": "Diller",
            "accessibility": "Erişilebilirlik", "contact": "İletişim", "phones": "Telefon",
            "email": "E-posta", "url": "Web sitesi", "organization": "Kuruluş",
            "when_to_refer": "Yönlendiren uzmanlar için", "ages": "Yaş", "line": "Bakım düzeyi",
            "sector": "Sektör", "id": "Numara", "last_checked": "Son kontrol",
        ],
        sourcesHeading: "Kaynaklar",
        handoutFooter: { id in "Bu bilgiler Sociale Kaart'tan gelir (\(id)). Yanlış bir şey mi var? Şu komutla bildirin: kaart meld \(id)" },
        unknown: "bilinmiyor",
        yes: "evet",
        no: "hayır",
        free: "ücretsiz",
        inactive: "Bu hizmet artık yok veya sona erdi.",
        sourceUpdated: { source, day in "\(source) kaynağından \(day) tarihinde güncellendi" },
        goneFromSource: { source, day in "\(day) tarihinden beri \(source) kaynağında yok" },
        websiteBroken: { problem, day in "web sitesi çalışmıyor: \(problem), \(day) tarihinden beri" },
        languageName: "Türkçe",
        web: WebText(
            siteName: "Sociale Kaart",
            skipLink: "İçeriğe geç",
            searchHeading: "Yakında veya çevrim içi yardım bulun",
            searchIntro: "Kendinizi iyi hissetmediğinizde, yalnız hissettiğinizde veya para, konut ya da iş konusunda yardım aradığınızda. Hesap açmanız gerekmez.",
            whatLabel: "Ne arıyorsunuz?",
            whatHint: "Örneğin: yalnızlık, borçlar, yas (Hollandaca veya kendi dilinizde yazabilirsiniz)",
            whereLabel: "Posta kodu veya yer",
            whereHint: "Örneğin: 6811 veya Arnhem",
            distanceLabel: "Mesafe",
            domainLabel: "Konu nedir?",
            targetGroupLabel: "Kimin için?",
            supportTypeLabel: "Ne tür yardım?",
            anyOption: "Hepsi",
            moreChoices: "Daha fazla seçenek: konu, kimin için, yardım türü",
            freeOnlyLabel: "Yalnızca ücretsiz yardım",
            searchButton: "Ara",
            resultsTitle: { words in words.isEmpty ? "Arama sonuçları" : "\(words) için arama sonuçları" },
            resultsHeading: "Bulduklarımız",
            previousPage: "Önceki sayfa",
            nextPage: "Sonraki sayfa",
            pagesLabel: "Sayfalar",
            emptyPage: "Bu sayfada başka bir şey yok. İlk sayfaya geri dönün.",
            reportLink: "Bu doğru değil mi?",
            detailsLink: "Daha fazlası:",
            handoutLink: "Yazdırmak için bir bilgi sayfası hazırlayın",
            printHint: "Bu sayfayı tarayıcınızın yazdır düğmesiyle yazdırın.",
            backToSearch: "Aramaya geri dön",
            reportHeading: { name in "\(name) hakkında yanlış bir şey mi var?" },
            reportIntro: "Bize bildirin. Sociale Kaart'tan biri bakıp düzeltecek.",
            reasonLegend: "Ne doğru değil?",
            reportTextLabel: "Daha fazla anlatmak ister misiniz? (boş bırakabilirsiniz)",
            reportTextHint: { limit in "En fazla \(limit) karakter. Buraya sağlığınız hakkında bir şey yazmayın." },
            reportContactLabel: "Size bir şey sorabilmemiz için e-postanız veya telefon numaranız (boş bırakabilirsiniz)",
            reportContactHint: "Bunu yalnızca bu bildirim için kullanırız. Sonra sileriz.",
            honeypotLabel: "Bu alanı boş bırakın",
            sendReport: "Bildirimi gönder",
            thanksHeading: "Bildiriminiz için teşekkürler",
            thanksBody: "Bildiriminizi aldık ve kaydettik. Sociale Kaart'tan biri ona bakacak.",
            handoutFooter: { url in "Bu bilgiler Sociale Kaart'tan gelir. Yanlış bir şey mi var? Şurada bildirin: \(url)" },
            badRequestHeading: "Bu şekilde arama yapamıyoruz",
            badRequestHelp: "Aramanızı değiştirip tekrar deneyin.",
            notFoundHeading: "Bulunamadı",
            notFoundEntry: { id in "“\(id)” numaralı bir hizmet yok. Belki silindi. Yeniden arayın." },
            notFoundPage: "Bu sayfa yok. Aramaya baştan başlayın.",
            tooManyReports: "Kısa sürede çok sayıda bildirim gönderdiniz. On beş dakika bekleyip tekrar deneyin.",
            reportNotSaved: "Bildiriminiz KAYDEDİLMEDİ: kaydederken bizde bir hata oldu. Lütfen daha sonra tekrar deneyin.",
            requestTooLarge: "Gönderdiğiniz şey çok uzun. Kısaltıp tekrar deneyin.",
            unsupportedMediaType: "Verileri JSON olarak gönderin (Content-Type: application/json).",
            methodNotAllowed: "Bu adres bu şekilde çalışmaz. Arama sayfasına geri dönün.",
            serverError: "Bizde bir hata oldu. Lütfen daha sonra tekrar deneyin.",
            maintenanceUnauthorized: Strings.english.web.maintenanceUnauthorized,
            maintenanceDisabled: Strings.english.web.maintenanceDisabled,
            errorHeading: "Bir hata oldu",
            textUsage: { example in "wat= (ne arıyorsunuz?) ve bij= (posta kodu veya yer) ile arayın, örneğin:\n  curl '\(example)'" },
            footer: "Bilgiler açık kaynaklardan ve bölgesel planlardan gelir. Yanlış bir şey mi var? Hizmetin yanındaki “Bu doğru değil mi?” bağlantısını kullanın.",
            apiLink: "Geliştiriciler için: JSON API",
            routeAction: "Yol tarifi",
            printAction: "Yazdır",
            actionsLabel: "Ulaşım, arama veya web sitesi"
        ),
        reasonLabels: [
            .gone: "Artık yok",
            .temporarilyClosed: "Geçici olarak kapalı",
            .contactWrong: "Telefon veya adres yanlış",
            .hoursWrong: "Saatler yanlış",
            .duplicate: "İki kez listelenmiş",
            .wrongGroupOrTopic: "Yanlış hedef grup veya konu",
            .other: "Başka bir şey",
        ],
        queryError: { error in
            switch error {
            case .invalid(let parameter, let value, _):
                return "\(parameter) için “\(value)” geçerli değil. Değiştirip tekrar deneyin."
            case .unknownCode(let parameter, let value, let choices):
                return "\(parameter) için “\(value)” yok. Şunlardan seçin: \(choices.joined(separator: ", "))."
            case .unknownParameter(let name):
                return "Bilinmeyen arama seçeneği “\(name)”."
            case .ambiguousPlace(let name, let choices):
                return "“\(name)” birden fazla yer olabilir: \(choices.joined(separator: "; ")). Birini seçin, örneğin “\(choices.first ?? name)”, veya bir posta kodu yazın."
            case .unknownPlace(let name, let suggestions):
                let hint = suggestions.isEmpty ? "" : " Şunu mu demek istediniz: \(suggestions.joined(separator: ", "))?"
                return "“\(name)” adında bir posta kodu, yer veya belediye bilmiyoruz.\(hint) Bir posta kodu (örneğin 6811) veya bir yer adı yazın."
            }
        },
        reportProblem: { problem in
            switch problem {
            case .missingEntry: "Önce hakkında bildirim yaptığınız hizmeti seçin."
            case .unknownEntry(let id): "“\(id)” numaralı bir hizmet yok."
            case .missingReason: "Neyin doğru olmadığını seçin."
            case .unknownReason(let text): "“\(text)” listede yok. Neyin doğru olmadığını seçin."
            case .tooLong(.text, let limit): "Metniniz çok uzun. En fazla \(limit) karakter kullanın."
            case .tooLong(.contact, let limit): "E-postanız veya telefon numaranız çok uzun. En fazla \(limit) karakter kullanın."
            case .invalidCharacters(.text): "Metninizde kaydedemediğimiz karakterler var."
            case .invalidCharacters(.contact): "E-postanızda veya telefon numaranızda kaydedemediğimiz karakterler var."
            }
        },
        practical: PracticalText(
            dateUnknown: "tarih bilinmiyor",
            notYetAvailable: "Henüz mevcut değil: bu bir plan, henüz başlamadı.",
            expectedFrom: { "\($0) içinde başlaması bekleniyor." },
            forProfessionalsOnly: "Yalnızca uzmanlar için, sakinler için değil.",
            openNow: "Şimdi açık",
            openToday: "Bugün açık",
            closedToday: "Bugün kapalı",
            dayAbbreviations: ["Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"],
            dayRange: { "\($0) – \($1)" },
            hours: { "\($0) – \($1)" },
            allDay: "bütün gün",
            everyDayAndNight: "her gün, gece gündüz",
            validFrom: { "\($0) tarihinden itibaren" },
            validUntil: { "\($0) tarihine kadar" },
            chat: "Sohbet",
            phone: "Ara",
            email: "E-posta",
            website: "Web sitesi",
            sourceLine: { "Kaynak: \($0)" },
            ownWebsite: { "\($0) web sitesi" },
            webPage: { "web sitesi \($0)" },
            regionalPlan: { region in region.map { "\($0) bölgesinin planı" } ?? "bölge planı" },
            outsideCoverage: { place, regions in
                "Sociale Kaart henüz \(place) için bilgi vermiyor. Şu anda kapsadığı yerler: \(regions). Aşağıda her yerde kullanabileceğiniz yardım var: çevrim içi ve telefonla."
            },
            coverage: { "Bu harita \($0) bölgesini ve tüm Hollanda'da çevrim içi veya telefonla alabileceğiniz yardımı kapsar." },
            openFilterLabel: "Açık",
            openFilterAny: "Fark etmez"
        ),
        confirmation: Strings.english.confirmation,
        crisis: CrisisText(
            heading: "Şu anda hemen yardıma mı ihtiyacınız var?",
            shortLine: "Hemen yardım mı gerekiyor?",
            line: { route in
                switch route.role {
                case .suicidePrevention: "İntiharı mı düşünüyorsunuz? \(route.number) numarasını arayın veya \(CrisisRoutes.chatName) üzerinden sohbet edin. Ücretsiz, gece gündüz."
                case .suicidePreventionFree: "Veya ücretsiz \(route.number) numarasını arayın (113 Zelfmoordpreventie, intiharı önleme hattı)."
                case .emergency: "Acil tehlike mi var? \(route.number) numarasını arayın."
                }
            },
            languagesNote: "Bu yardım hatları Hollandaca konuşur. Kendi web sitelerinde başka dillerde de yardım edip etmedikleri yazmıyor.",
            englishPageLink: "113'ün İngilizce bilgileri"
        ),
        languageText: LanguageText(
            choiceLabel: "Dil",
            offer: "Bu sayfayı Türkçe okuyun",
            unknownChoice: { "“\($0)” dilini bilmiyoruz. Bu yüzden bu sayfa Hollandaca. Yukarıdan başka bir dil seçin." },
            helpLanguageLabel: "Kendi dilimde yardım",
            helpLanguageAny: "Fark etmez",
            helpLanguagesUnknown: "hangi dillerde olduğu bilinmiyor",
            names: [
                "nl": "Hollandaca", "en": "İngilizce", "ar": "Arapça", "tr": "Türkçe", "pl": "Lehçe", "uk": "Ukraynaca",
                "de": "Almanca", "fr": "Fransızca", "es": "İspanyolca", "ru": "Rusça", "fa": "Farsça", "ti": "Tigrinya dili", "so": "Somalice",
            ]
        ),
        data: DataText(
            madeFromData: "Bu açıklama bu hizmetin kayıtlı bilgilerinden hazırlandı; Hollandaca metnin çevirisi değildir.",
            dutchText: "Hollandaca",
            translatedBy: { translator, day in "Çeviren: \(translator), \(day)." },
            kind: { "Tür: \($0)." },
            supportTypes: { "Yardım türü: \($0)." },
            targetGroups: { "Kimin için: \($0)." },
            ages: { "Yaş: \($0)." },
            agesBetween: { low, high in "\(low) ile \(high) yaş arası" },
            agesFrom: { "\($0) yaş ve üzeri" },
            agesUpTo: { "\($0) yaşa kadar" },
            free: "Ücretsizdir.",
            notFree: "Ücretsiz değildir.",
            access: { "Erişim: \($0)." },
            online: { "Çevrim içidir, \($0)." },
            place: { "Nerede: \($0)." },
            languages: { "Diller: \($0)." },
            hours: { "Açık: \($0)." }
        ),
        taxonomyLabels: [
            "domains/psychisch-welzijn": "Ruh sağlığı",
            "domains/sociale-contacten": "Sosyal ilişkiler ve yalnızlık",
            "domains/geld-en-schulden": "Para ve borçlar",
            "domains/wonen": "Konut",
            "domains/werk-en-dagbesteding": "İş ve gündüz etkinlikleri",
            "domains/school-en-studie": "Okul ve eğitim",
            "domains/zingeving": "Hayatın anlamı",
            "domains/dagelijks-leven": "Günlük yaşam ve düzen",
            "domains/lichaam-en-leefstijl": "Beden ve yaşam tarzı",
            "domains/veiligheid": "Güvenlik",
            "domains/gezin-en-opvoeden": "Aile ve çocuk yetiştirme",
            "domains/verslaving": "Bağımlılık",
            "target_groups/iedereen": "Herkes",
            "target_groups/jongeren": "Gençler (12-18 yaş)",
            "target_groups/jongvolwassenen": "Genç yetişkinler (16-27 yaş)",
            "target_groups/volwassenen": "Yetişkinler",
            "target_groups/ouderen": "Yaşlılar (65 yaş ve üzeri)",
            "target_groups/naasten": "Yakınlar ve bakım verenler",
            "target_groups/psychische-kwetsbaarheid": "Ruhsal sorunları olan kişiler",
            "target_groups/ouders": "Ebeveynler",
            "target_groups/nieuwkomers": "Yeni gelenler ve başka dil konuşanlar",
            "target_groups/studenten": "Öğrenciler",
            "target_groups/professionals": "Uzmanlar ve yönlendirenler",
            "support_types/informatie-en-advies": "Bilgi ve tavsiye",
            "support_types/ontmoeting-en-inloop": "Buluşma ve serbest giriş",
            "support_types/lotgenotencontact": "Benzer deneyimi yaşayanlarla grup",
            "support_types/ervaringsdeskundige-steun": "Deneyim sahibi kişilerden destek",
            "support_types/cursus-of-training": "Kurs veya eğitim",
            "support_types/activiteit": "Etkinlik (spor, yaratıcılık, birlikte yemek)",
            "support_types/begeleiding-en-coaching": "Rehberlik ve koçluk",
            "support_types/praktische-hulp": "Pratik yardım",
            "support_types/behandeling": "Tedavi",
            "support_types/hulplijn-en-crisis": "Yardım hattı ve kriz",
            "support_types/online-zelfhulp": "Çevrim içi kendi kendine yardım",
            "support_types/e-community": "Çevrim içi topluluk",
            "support_types/hulpmiddel": "Yardımcı araç",
            "access/vrije-inloop": "Serbest giriş",
            "access/aanmelden": "Kendiniz başvurun",
            "access/verwijzing-nodig": "Sevk gerekli",
            "lines/nulde": "Mahallede, sevk olmadan",
            "lines/eerste": "Birinci basamak (aile hekimi, mahalle ekibi)",
            "lines/tweede": "Uzman ruh sağlığı hizmeti",
            "sectors/sociale-basis": "Yerel topluluk",
            "sectors/welzijn": "Sosyal hizmetler",
            "sectors/sociaal-domein": "Belediye ve sosyal ekip",
            "sectors/huisartsenzorg": "Aile hekimliği",
            "sectors/ggz": "Ruh sağlığı hizmetleri",
            "sectors/onderwijs": "Eğitim",
            "sectors/zorgverzekeraar": "Sağlık sigortası şirketi",
            "sectors/landelijk": "Ulusal kuruluş",
        ],
        useAndPrivacy: UseAndPrivacyText(
            foundQuestion: "Aradığınızı buldunuz mu?",
            foundYes: "Evet",
            foundNo: "Hayır",
            foundThanksHeading: "Teşekkürler",
            foundThanks: "Cevabınız için teşekkürler. Yalnızca evet veya hayır sayıyoruz. Kim olduğunuzu veya ne aradığınızı bilmiyoruz.",
            privacyLink: "Gizlilik: neleri saklıyoruz",
            privacyHeading: "Gizlilik: neleri saklıyoruz, neleri saklamıyoruz",
            privacyIntro: "Bu haritayı hesap açmadan kullanabilirsiniz. Haritanın işe yarayıp yaramadığını bilmek istiyoruz, ama kim olduğunuzu değil.",
            storedHeading: "Neleri saklıyoruz ve ne kadar süre",
            reportsStored: { days in "Bir hizmet hakkındaki bildirimler: neden ve açıklamanız, bildirim sonuçlandırılana kadar. E-postanızı veya telefon numaranızı bildirim sonuçlandırıldığında, en geç de \(days) gün sonra sileriz." },
            usageStored: { days, minimum in "Günlük sayımlar: her belediyede ve her kanalda (web sitesi veya API) kaç kez arama yapıldığı, hangi filtrelerin kullanıldığı ve kaç sonuç çıktığı (0, 1 ile 3 arası veya 4 ve üzeri). Ayrıca bir hizmetin veya bilgi sayfasının kaç kez görüntülendiği. Sonuç bulunamayan aramaları yalnızca “borçlar” gibi bir konu olarak saklarız, asla sizin kendi kelimelerinizi değil. Bir konuyu ancak en az \(minimum) arama bu konuyu paylaşıyorsa gösteririz. Sayımları \(days) gün saklarız." },
            foundStored: "“Aradığınızı buldunuz mu?” sorusuna cevabınız: yalnızca evet veya hayır, her gün için toplanır.",
            whyHeading: "Neden",
            why: "Böylece nerede yardımın eksik olduğunu ve neyi iyileştirmemiz gerektiğini görürüz. Yılda iki kez bundan belediyeler ve ağdaki kuruluşlar için bir rapor hazırlarız.",
            whoHeading: "Bunu kim görür",
            who: "Bildirimleri yalnızca haritanın yöneticileri görür. Sayımları onlar ve belediyeler görür, yalnızca toplamlar olarak.",
            neverHeading: "Asla saklamadıklarımız",
            never: ["IP adresiniz", "çerezler (cookies)", "arama kelimeleriniz", "posta kodunuz veya nerede olduğunuz", "tek bir kişinin ne yaptığı"],
            rateLimit: { count, minutes in "Kötüye kullanımı önlemek için sunucu, tek bir adresten kaç mesaj geldiğini kısa bir süre ve yalnızca bellekte hatırlar: \(minutes) dakikada en fazla \(count). Adresin kendisini kaydetmeyiz." },
            crisisNote: "Şu anda yardıma mı ihtiyacınız var? Aşağıdaki yardım hizmetlerini arayın veya onlarla sohbet edin."
        ),
        suggestion: SuggestionText(
            link: "Haritada bir şey eksik",
            heading: "Haritada bir şey eksik",
            intro: "Burada olmayan bir grup, serbest girişli bir buluşma yeri veya başka bir yardım biliyor musunuz? Bize anlatın. Sociale Kaart'tan biri buna bakacak ve bir kaynak arayacak.",
            nameLabel: "Yardımın veya grubun adı",
            whatLabel: "Bu nedir?",
            whatHint: "Örneğin: yas tutan kişiler için her salı bir yürüyüş grubu. Buraya sağlığınız veya başka insanlar hakkında bir şey yazmayın.",
            placeLabel: "Nerede? (yer veya adres, boş bırakabilirsiniz)",
            urlLabel: "Web sitesi (boş bırakabilirsiniz)",
            roleLegend: "Ben",
            resident: "bölge sakiniyim",
            professional: "uzmanım (yardım veren, yol gösteren)",
            contactLabel: "Size bir şey sorabilmemiz için e-postanız veya telefon numaranız (boş bırakabilirsiniz)",
            contactHint: "Önerinizi sonuçlandırdığımızda bunu sileriz.",
            send: "Öneriyi gönder",
            thanksHeading: "Teşekkürler",
            thanks: "Teşekkür ederiz. Önerinizi aldık. Sociale Kaart'tan biri ona bakacak.",
            queueFull: "Çok fazla öneri geldiği için şu anda öneri alamıyoruz. Lütfen daha sonra tekrar deneyin.",
            problem: { problem in
                switch problem {
                case .missing(.name): "Yardımın veya grubun adını yazın."
                case .missing(.what): "Bunun ne olduğunu kısaca yazın."
                case .missing(_): "Bölge sakini mi yoksa uzman mı olduğunuzu seçin."
                case .unknownRole: "Bölge sakini mi yoksa uzman mı olduğunuzu seçin."
                case .tooLong(_, let limit): "Bu çok uzun. En fazla \(limit) karakter kullanın."
                case .invalidCharacters: "Burada kaydedemediğimiz karakterler var."
                case .notAWebAddress: "Web sitesi bir web adresi değil. https:// ile başlayın"
                }
            }
        )
    )
}

extension SafetyText {
    static let turkish = SafetyText(
        searchTooSlow: "Bu arama çok uzun sürdü. Daha az veya daha kısa kelimeler deneyin.",
        malformedBody: "Gönderdiğinizi okuyamadık. Tekrar deneyin.",
        correctionBusy: SafetyText.english.correctionBusy,
        indexUnusable: SafetyText.english.indexUnusable,
        tooManyReportsAboutEntry: "Bu hizmet hakkında zaten çok bildirim aldık. İnceliyoruz. Daha fazla göndermenize gerek yok.",
        reportQueueFull: "Çok fazla bildirim geldiği için şu anda bildirim alamıyoruz. Lütfen daha sonra tekrar deneyin.",
        crisisFirst: "Yazdıklarınız bizi endişelendiriyor. Kendinizi iyi hissetmiyor musunuz? Şimdi biriyle konuşun. Bu hemen, ücretsiz ve isim vermeden mümkün:",
        crisisReportStored: "Bildiriminiz de kaydedildi. Sociale Kaart'tan biri okuyacak, ama bu birkaç gün sürebilir. Şimdi yardıma ihtiyacınız varsa bunu beklemeyin.",
        removedPersonalData: { kinds in
            let names = kinds.map { kind -> String in
                switch kind {
                case .citizenServiceNumber: "bir vatandaşlık numarası (BSN)"
                case .phoneNumber: "bir telefon numarası"
                case .emailAddress: "bir e-posta adresi"
                case .streetAddress: "bir adres"
                }
            }
            let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " ve " + names.last! : names.joined()
            return "Metninizden şunları çıkardık: \(list). Bir bildirimle birlikte böyle bilgileri saklamayız. Size bir şey sormamızı istiyorsanız e-posta veya telefon alanını doldurun."
        },
        reportFormCrisisNote: "Kendinizi iyi hissetmiyor musunuz? Bizi beklemeyin. Hemen şimdi nereye başvurabileceğiniz aşağıda yazıyor."
    )
}

extension ReadingText {
    static let turkish = ReadingText(
        searchedFor: { "Aranan: \($0)" },
        and: "ve",
        insteadOf: { searched, typed in "\(typed) yerine \(searched) arandı." },
        searchAsTyped: { "Yine de \($0) ara" },
        didYouMean: { "\($0) mı demek istediniz?" },
        didYouMeanPlace: { "\($0) yerini mi demek istediniz?" },
        aroundPlace: { "\($0) çevresinde" },
        searchedAround: { "\($0) çevresinde arandı" },
        age: { "yaş \($0)" },
        audience: { "önce \($0) için yardım" },
        withoutPlace: "bu yer olmadan",
        withoutAge: "yaş olmadan",
        withoutAudience: "herkes için",
        leftOut: { "Kullanılmadı: \($0)" },
        fewWords: "Ne aradığınızı birkaç kelimeyle söyleyin. Örneğin: yalnızlık, borçlar veya yas.",
        explainHeading: "Sorunuzu böyle anladık",
        explainConcept: "konu",
        explainPlace: "kelimelerinizdeki yer",
        explainAge: "kelimelerinizdeki yaş",
        explainAudience: "kimin için",
        explainCorrected: "düzeltildi"
    )
}

// ---- issue 19 (list handout, professional view) ----
extension ListText {
    static let turkish = ListText(
        title: "Listem",
        intro: "Size uygun yardım, tek bir sayfada. Yanınıza alın ya da kodu telefonunuzla okutun.",
        addToList: "Listeme ekle",
        makeList: "Listemi hazırla",
        listHint: "İstediğiniz yardımı işaretleyin. Sonra yanınıza almak için tek bir sayfa yapın.",
        unavailable: "artık mevcut değil",
        unavailableNote: "Bu artık haritada yok. Bu listeyi size verene başka bir şey sorun.",
        whatItIs: "Bu nedir?",
        howToReach: "Oraya nasıl ulaşırsınız?",
        whereLabel: "Nerede",
        whenLabel: "Ne zaman",
        contactLabel: "Telefon, e-posta veya web sitesi",
        hoursUnknown: "Bilmiyoruz. Arayın ya da web sitesine bakın.",
        bringOrSay: "Yanınıza ne alırsınız ya da ne söylersiniz?",
        bringOrSayUnknown: "Bilmiyoruz. İletişime geçtiğinizde sorun.",
        tooMany: { maximum, given in "Bir listeye \(maximum) yardım sığar. Siz \(given) tane seçtiniz. İlk \(maximum) tanesi burada." },
        skipped: { count in "Bağlantıdaki \(count) kodu okuyamadık. Onları çıkardık." },
        duplicates: { count in "Listede \(count) kez aynı yardım vardı. Her birini bir kez gösteriyoruz." },
        empty: "Listenizde henüz bir şey yok. Yardım arayın ve \"Listeme ekle\"yi seçin.",
        qrLabel: "QR kodu: bu listeyi telefonunuzda açın",
        qrCaption: { "Kodu okutun ya da şu adrese gidin: \($0)" },
        outcomeLink: { "Oldu mu? Adınızı vermeden bize bildirin: \($0)" },
        outcomeHeading: "Oldu mu?",
        outcomeQuestion: { "\($0) ile bağlantı kurabildiniz mi?" },
        outcomeYes: "Evet, oldu",
        outcomeNo: "Hayır, olmadı",
        outcomePrivacy: "Her ay yalnızca evet ve hayır sayılarını sayıyoruz. Ad ya da başka bilgi saklamıyoruz.",
        outcomeThanks: "Teşekkürler. Cevabınız sayıldı."
    )
}

extension ReferrerText {
    static let turkish = ReferrerText(
        heading: "Yönlendirenler için",
        professionalOnlyHeading: "Yalnızca yönlendirenler için",
        whenToRefer: "Ne zaman yönlendirilir",
        slimverwijzen: "Slim verwijzen (bekleme süreleri)",
        waitingTimes: "Bekleme süresi",
        waitingTime: { value, day, source in "\(value) (\(day), kaynak: \(source))" },
        tokenMissing: "Bu sayfalar yönlendirenler içindir. Kurumunuzun yönlendiren koduyla giriş yapın.",
        tokenWrong: "Bu yönlendiren kodu doğru değil. Doğru kodu haritanın yöneticisinden isteyin.",
        feedbackOption: "Her yardıma \"Oldu mu?\" sorusunu ekle (anonim)"
    )
}

// ---- issue 19 (the wegwijzer's assistant) ----
extension AdviceText {
    static let turkish = AdviceText(
        heading: "Durumunuza ne uyar?",
        intro: "Neler olduğunu birkaç kelime ya da cümleyle anlatın. Her konu için yakınınızdaki en hafif yardımı arıyoruz. Ayrıca internetten bir şey ve okunacak bir şey.",
        privacyNote: "Buraya yazdıklarınızdan hiçbir şey saklamıyoruz.",
        situationLabel: "Neler oluyor?",
        situationHint: "Örneğin: yalnız anne, borçlar, kötü uyuyor, çevresinde az insan var",
        placeLabel: "Nerede oturuyorsunuz?",
        placeHint: "Posta kodu veya yer adı. Boş bırakabilirsiniz.",
        ageLabel: "Yaş (isterseniz)",
        button: "Uygun yardımı bul",
        planHeading: "Uygun yardım",
        because: { words, domain in "\(words) dediniz → \(domain.lowercased())" },
        nearbyHeading: "Yakınınızda (en hafif yardım önce)",
        placesHeading: "Bir yerde (en hafif yardım önce)",
        furtherHeading: { radius in "\(radius) içinde bir şey yok. En yakını, daha uzakta" },
        onlineHeading: "İnternette",
        articleHeading: "Okumak için",
        nothingInDomain: "Haritada bunun için henüz bir şey yok. Aile hekiminize veya mahalle ekibine sorun.",
        why: "Neden",
        lineReason: { line in
            switch line {
            case "nulde": "sevk gerekmez, mahallede"
            case "eerste": "birinci basamak: aile hekimi, ruh sağlığı hemşiresi veya mahalle ekibi"
            case "tweede": "uzman yardımı: genellikle sevk ile"
            default: line
            }
        },
        groupReason: "başkalarıyla birlikte",
        noReferralReason: "kendiniz gidebilir veya kaydolabilirsiniz",
        audienceReason: { group in "\(group.lowercased()) için" },
        domainOnlyReason: { domain in "\(domain.lowercased()) konusunda genel yardım" },
        onlineReason: "internette, size uygun olduğunda",
        articleReason: "basit kelimelerle açıklama",
        unplacedHeading: "Yerleştiremediklerimiz",
        unplaced: { words in "\(words) hangi konuya ait, bilmiyoruz. Kendiniz arayın veya bir rehbere ya da aile hekiminize sorun." },
        noSituation: "Neler olduğunu birkaç kelimeyle anlatın. Örneğin: borçlar, kötü uyku, az iletişim.",
        onlyPlace: "Sadece bir yer veya yaş okuduk. Neler olduğunu da anlatın. Örneğin: borçlar, mutsuzluk veya yalnızlık.",
        nothingPlaced: "Kelimelerinizi bir konuya yerleştiremedik. Başka kelimeler deneyin veya kendiniz arayın.",
        truncated: { characters in "Metniniz uzundu. İlk \(characters) karakteri okuduk." },
        readAs: { typed, read in "'\(typed)' kelimesini '\(read)' olarak okuduk." },
        age: { age in "yaş \(age)" },
        crisisFirst: "Yazdıklarınız bizi endişelendiriyor. Şimdi biriyle konuşun. Bu hemen, ücretsiz ve isim vermeden mümkün:",
        quote: { "'\($0)'" },
        and: "ve",
        closing: "Bu bir başlangıç, sevk değil. Emin değil misiniz? Aile hekiminizi veya mahalle ekibini arayın.",
        backToSearch: "Kendiniz arayın"
    )
}
// ---- end issue 19 ----
