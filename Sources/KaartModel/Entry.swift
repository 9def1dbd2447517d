import Foundation

/// One record of the social map: an offering, a steunpunt, a peer-support point, an online
/// resource or a knowledge article. Field names follow Open Referral HSDS 3 where HSDS has one.
public struct Entry: Codable, Hashable, Sendable {
    public var id: String
    public var kind: Kind
    public var name: String
    public var alternateName: String?
    public var status: Status
    /// When a planned service is expected to start, as its source says (month precision).
    public var expectedStart: Day?
    /// Who may see it: everyone, or only professionals (never in residents' results).
    public var audience: Audience
    public var description: String
    public var summaryB1: String?
    /// The B1 summary the indexer wrote from the other fields, when `summaryB1` is empty; never
    /// read from the corpus.
    public var generatedSummaryB1: String?
    /// A maintainer's translation of the summary per interface language (`summary_b1_ar`, …),
    /// shown instead of the explanation made from the data; nil when there is none.
    public var translatedSummaries: [String: TranslatedSummary]?
    public var organization: Organization?
    public var url: String?
    public var email: String?
    /// A web page where people can chat with the service.
    public var chat: String?
    public var phones: [Phone]
    public var locationType: LocationType
    public var address: Address?
    public var municipality: String?
    /// Where the record sits on the map; derived from coordinates, postcode, place or municipality.
    public var coordinate: Coordinate?
    public var locationPrecision: LocationPrecision
    /// Municipalities whose residents it serves. Empty for a place that welcomes anyone who
    /// comes, and for national help (`servesWholeCountry`).
    public var serviceArea: [String]
    public var servesWholeCountry: Bool
    /// Opening hours in words, for what `schedules` cannot say ("elke eerste dinsdag").
    public var schedule: String?
    /// Opening hours as data: the "nu open" and "vandaag open" badges and filters read these.
    public var schedules: [Schedule]
    public var languages: [String]
    public var accessibility: String?
    public var free: Bool?
    public var feesDescription: String?
    public var applicationProcess: String?
    public var minimumAge: Int?
    public var maximumAge: Int?
    public var domains: [String]
    public var targetGroups: [String]
    public var supportTypes: [String]
    public var access: String?
    public var line: String?
    public var formal: Bool?
    public var crisis: Bool
    public var sector: String?
    /// For professionals only (never in residents' output): when this is the right place.
    public var whenToRefer: String?
    /// For professionals only: this ggz record's page in the "slim verwijzen" dashboard of
    /// waiting times, which residents cannot enter.
    public var slimverwijzen: String?
    /// For professionals only: waiting times, each with the day it was true and its source;
    /// nil when none is known.
    public var waitingTimes: [WaitingTime]?
    public var sources: [Source]
    /// "Laatst gecontroleerd": the date of the newest source that vouches for what the record
    /// shows (`Entry.vouchedDate`), or of a logged confirmation; nil when it is unknown.
    public var assuredDate: Day?
    public var lastModified: Day?
    /// The change log: one item per corrected field, in HSDS's `metadata` shape.
    public var metadata: [Change]
    /// For a record kept in step with another map by `kaart sync`: the source and the day our
    /// copy last changed from it. Never a check date; `assuredDate` stays the source's own.
    public var sourceUpdate: SourceUpdate?

    public init(
        id: String, kind: Kind, name: String, description: String, sources: [Source],
        assuredDate: Day?
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.alternateName = nil
        self.status = .active
        self.expectedStart = nil
        self.audience = .everyone
        self.description = description
        self.summaryB1 = nil
        self.generatedSummaryB1 = nil
        self.organization = nil
        self.url = nil
        self.email = nil
        self.chat = nil
        self.phones = []
        self.locationType = kind.defaultLocationType
        self.address = nil
        self.municipality = nil
        self.coordinate = nil
        self.locationPrecision = .none
        self.serviceArea = []
        self.servesWholeCountry = kind.defaultLocationType == .virtual
        self.schedule = nil
        self.schedules = []
        self.languages = []
        self.accessibility = nil
        self.free = nil
        self.feesDescription = nil
        self.applicationProcess = nil
        self.minimumAge = nil
        self.maximumAge = nil
        self.domains = []
        self.targetGroups = []
        self.supportTypes = []
        self.access = nil
        self.line = nil
        self.formal = nil
        self.crisis = false
        self.sector = nil
        self.whenToRefer = nil
        self.slimverwijzen = nil
        self.waitingTimes = nil
        self.sources = sources
        self.assuredDate = assuredDate
        self.lastModified = nil
        self.metadata = []
    }

    /// The kinds of record in the corpus, named by their Dutch corpus codes.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case offering = "aanbod"
        case supportPoint = "steunpunt"
        case peerSupport = "lotgenoten"
        case online = "online"
        case knowledge = "kennis"

        public var defaultLocationType: LocationType {
            switch self {
            case .online, .knowledge: .virtual
            case .offering, .supportPoint, .peerSupport: .physical
            }
        }
    }

    /// `planned`: a service a plan announces but that does not run yet; residents see it as
    /// "nog niet beschikbaar" on its own page and never in results.
    public enum Status: String, Codable, CaseIterable, Sendable {
        case active, inactive, planned
    }

    /// Who a record is for. Records for professionals (a dashboard residents cannot enter, a
    /// consultation line for wijkteams) never appear in residents' output.
    public enum Audience: String, Codable, CaseIterable, Sendable {
        case everyone, professionals
    }

    public enum LocationType: String, Codable, Sendable {
        case physical, virtual
    }

    /// How exactly a record's place is known; output never claims more precision than this.
    public enum LocationPrecision: String, Codable, CaseIterable, Sendable {
        case address, postcode, place, municipality, none
    }

    public struct Organization: Codable, Hashable, Sendable {
        public var name: String
        public var url: String?
        public init(name: String, url: String? = nil) {
            self.name = name
            self.url = url
        }
    }

    public struct Phone: Codable, Hashable, Sendable {
        public var number: String
        public var description: String?
        public init(number: String, description: String? = nil) {
            self.number = number
            self.description = description
        }
    }

    public struct Address: Codable, Hashable, Sendable {
        public var address1: String?
        public var postalCode: String?
        public var city: String?
        public init(address1: String? = nil, postalCode: String? = nil, city: String? = nil) {
            self.address1 = address1
            self.postalCode = postalCode
            self.city = city
        }
    }

    /// Where facts come from: a line range in one of the regional plans, a public web page, or
    /// a record in a file another social map exported (an import).
    public struct Source: Codable, Hashable, Sendable {
        public var seed: String?
        public var lines: String?
        public var url: String?
        /// The imported file, relative to the repository (`Imports/overbetuwe.json`).
        public var file: String?
        /// The record's own id in `file`, as that social map wrote it.
        public var record: String?
        public var note: String?
        /// The contact fields this source vouches for (`url`, `phones`, `address`, …).
        public var covers: [String]
        /// The date the source itself shows (published or updated); nil when it shows none.
        /// For a seed, the plan's own date (`seedDates`).
        public var date: Day?
        /// Whether a web page is the organisation's own; nil to decide by its address
        /// (`isOwnPage(of:)`).
        public var own: Bool?
        /// The day a maintainer read the page and found it right (`kaart correct --bron`): such a
        /// check vouches as of that day, whoever published the page.
        public var checked: Day?

        public init(
            seed: String? = nil, lines: String? = nil, url: String? = nil, file: String? = nil,
            record: String? = nil, note: String? = nil, covers: [String] = [], date: Day? = nil, own: Bool? = nil,
            checked: Day? = nil
        ) {
            self.checked = checked
            self.seed = seed
            self.lines = lines
            self.url = url
            self.file = file
            self.record = record
            self.note = note
            self.covers = covers
            self.date = date ?? seed.flatMap { Self.seedDates[$0] }
            self.own = own
        }

        /// "seed 002, regel 655-657", the web address, or "Imports/x.json, record 17".
        public var citation: String {
            if let seed {
                let file = Self.seedFiles[seed].map { " (\($0))" } ?? ""
                return "seed \(seed)\(file)" + (lines.map { ", regel \($0)" } ?? "")
            }
            if let file {
                return file + (record.map { ", record \($0)" } ?? "")
            }
            return url ?? "?"
        }

        /// The regional plans this corpus is drawn from.
        public static let seedFiles: [String: String] = [
            "000": "000_048d959820a92fec.txt",
            "001": "001_54411792f6721cf1.txt",
            "002": "002_dfb2aae17ec2b9db.txt",
            "004": "004_b46c321d8967eebd.txt",
        ]

        /// The date each plan shows of itself. None prints a publication date, so this is the
        /// newest moment each one describes as past (docs/corpus-format.md gives the lines):
        /// 001 cites figures of April 2025 (L1304), 002 a meeting of 3 July 2025 (L286), 004 its
        /// "startfoto" of November/December 2024 (L1912). 000 names no past date.
        public static let seedDates: [String: Day] = [
            "001": Day(year: 2025, month: 4, day: 1)!,
            "002": Day(year: 2025, month: 7, day: 3)!,
            "004": Day(year: 2024, month: 12, day: 1)!,
        ]

        /// The regions the plans are about, for residents ("het regioplan van Groningen").
        public static let seedRegions: [String: String] = [
            "001": "Groningen", "002": "Centraal Gelderland", "004": "Zuid-Holland Eilanden en BAR",
        ]
    }

    /// One change to one field, as HSDS 3 `metadata` records it.
    public struct Change: Codable, Hashable, Sendable {
        public var lastActionDate: Day
        /// `update`, `create` or `delete`.
        public var lastActionType: String
        public var fieldName: String
        public var previousValue: String
        public var replacementValue: String
        public var updatedBy: String

        public init(
            lastActionDate: Day, lastActionType: String, fieldName: String, previousValue: String,
            replacementValue: String, updatedBy: String
        ) {
            self.lastActionDate = lastActionDate
            self.lastActionType = lastActionType
            self.fieldName = fieldName
            self.previousValue = previousValue
            self.replacementValue = replacementValue
            self.updatedBy = updatedBy
        }
    }

    /// True when the record is on the map at a point (not online, not placed nowhere).
    public var isPlaced: Bool { locationType == .physical && coordinate != nil }

    /// True when only residents of the listed municipalities can use it (a gemeente's Wmo).
    public var isRestrictedToArea: Bool { !servesWholeCountry && !serviceArea.isEmpty }
}
