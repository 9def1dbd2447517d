import Foundation
import KaartModel
import SearchIndex

/// Why two records look like the same help.
public enum DuplicateReason: Hashable, Sendable, CustomStringConvertible {
    case similarName(Double)
    case samePhone(String)
    case sameEmail(String)
    case sameWebsite(String)
    case sameAddress(String)
    case sameMunicipality(String)
    case near(Distance)
    case far(Distance)
    case differentLocationType

    public var description: String {
        switch self {
        case .similarName(let share): "names \(Int((share * 100).rounded()))% alike"
        case .samePhone(let number): "same phone \(number)"
        case .sameEmail(let email): "same e-mail \(email)"
        case .sameWebsite(let url): "same website \(url)"
        case .sameAddress(let address): "same address \(address)"
        case .sameMunicipality(let name): "both in \(name)"
        case .near(let distance): "\(distance.formatted(decimalSeparator: ".")) apart"
        case .far(let distance): "\(distance.formatted(decimalSeparator: ".")) apart (counts against)"
        case .differentLocationType: "one is a place, the other online (counts against)"
        }
    }
}

/// A pair of records that may be the same help, with a score from 0 to 1 and its reasons.
public struct DuplicateCandidate: Hashable, Sendable {
    /// The pair in a fixed order (the more trusted source first), so decisions name it the same way.
    public var first: String
    public var second: String
    public var score: Double
    public var reasons: [DuplicateReason]
    /// Same name and a shared phone, e-mail, address or web page, from two sources: merged
    /// without asking, unless a maintainer said they are different.
    public var isCertain: Bool
    public var sameSource: Bool
}

/// Finds likely duplicates. Records are compared only when they share a phone number, e-mail,
/// web page, address or a name word, so a national index (200,000 records) is not compared
/// pair by pair.
public enum DuplicateFinder {
    /// Pairs scoring at least this are listed by `kaart duplicates`.
    public static let candidateThreshold = 0.5
    /// Names at least this alike (trigram Dice) count as the same name for an automatic merge.
    public static let certainNameSimilarity = 0.85
    /// A name word shared by more records than this is too common to compare on.
    static let maximumBlock = 200

    public static func candidates(_ records: [IndexContents.Record], sourceRank: [String: Int]) -> [DuplicateCandidate] {
        let profiles = records.map(Profile.init)
        var blocks: [String: [Int]] = [:]
        for (index, profile) in profiles.enumerated() {
            for key in profile.blockKeys { blocks[key, default: []].append(index) }
        }
        var compared = Set<Int64>()
        var found: [DuplicateCandidate] = []
        for (_, members) in blocks.sorted(by: { $0.key < $1.key }) where members.count > 1 && members.count <= maximumBlock {
            for i in 0..<members.count {
                for j in (i + 1)..<members.count {
                    let a = members[i], b = members[j]
                    guard compared.insert(Int64(min(a, b)) << 32 | Int64(max(a, b))).inserted else { continue }
                    if let candidate = compare(records[a], profiles[a], records[b], profiles[b], sourceRank: sourceRank) {
                        found.append(candidate)
                    }
                }
            }
        }
        return found.sorted { $0.score != $1.score ? $0.score > $1.score : ($0.first, $0.second) < ($1.first, $1.second) }
    }

    static func compare(
        _ a: IndexContents.Record, _ pa: Profile, _ b: IndexContents.Record, _ pb: Profile, sourceRank: [String: Int]
    ) -> DuplicateCandidate? {
        var reasons: [DuplicateReason] = []
        let nameSimilarity = pa.names.flatMap { x in pb.names.map { y in dice(x, y) } }.max() ?? 0
        var score = 0.5 * nameSimilarity
        if nameSimilarity >= 0.3 { reasons.append(.similarName(nameSimilarity)) }
        var sharedContact = false
        if let phone = pa.phones.first(where: pb.phones.contains) {
            score += 0.2
            sharedContact = true
            reasons.append(.samePhone(a.entry.phones.first { ImportBuilder.phoneKey($0.number) == phone }?.number ?? phone))
        }
        if let email = pa.email, email == pb.email {
            score += 0.15
            sharedContact = true
            reasons.append(.sameEmail(email))
        }
        if let url = pa.url, url == pb.url {
            let page = url.contains("/")
            score += page ? 0.15 : 0.05
            sharedContact = sharedContact || page
            reasons.append(.sameWebsite(url))
        }
        if let address = pa.address, address == pb.address {
            score += 0.2
            sharedContact = true
            reasons.append(.sameAddress(address))
        }
        if let municipality = a.entry.municipality, municipality == b.entry.municipality,
            a.entry.locationType == .physical, b.entry.locationType == .physical
        {
            score += 0.1
            reasons.append(.sameMunicipality(municipality))
        }
        var far = false
        if let x = pa.point, let y = pb.point {
            let distance = x.distance(to: y)
            let limit = pa.precise && pb.precise ? 5.0 : 15.0
            if distance.kilometres > limit {
                score -= 0.3
                far = true
                reasons.append(.far(distance))
            } else if distance.kilometres < 0.3 && pa.precise && pb.precise {
                score += 0.05
                reasons.append(.near(distance))
            }
        }
        let sameType = a.entry.locationType == b.entry.locationType
        if !sameType {
            score -= 0.2
            reasons.append(.differentLocationType)
        }
        score = min(1, max(0, score))
        guard score >= candidateThreshold else { return nil }
        let rankA = sourceRank[a.origins.first?.source ?? ""] ?? Int.max
        let rankB = sourceRank[b.origins.first?.source ?? ""] ?? Int.max
        let aFirst = rankA != rankB ? rankA < rankB : a.entry.id < b.entry.id
        let sourcesA = Set(a.origins.map(\.source)), sourcesB = Set(b.origins.map(\.source))
        let sameSource = !sourcesA.isDisjoint(with: sourcesB)
        return DuplicateCandidate(
            first: aFirst ? a.entry.id : b.entry.id, second: aFirst ? b.entry.id : a.entry.id,
            score: (score * 100).rounded() / 100, reasons: reasons,
            isCertain: nameSimilarity >= certainNameSimilarity && sharedContact && !far && sameType && !sameSource,
            sameSource: sameSource)
    }

    /// What a record is compared on, normalised once.
    struct Profile {
        var names: [String]
        var nameWords: [String]
        var phones: [String]
        var email: String?
        var url: String?
        var address: String?
        var point: Coordinate?
        var precise: Bool

        init(_ record: IndexContents.Record) {
            let entry = record.entry
            names = ([entry.name, entry.alternateName].compactMap { $0 } + record.alsoKnownAs).map(DuplicateFinder.normalisedName)
            nameWords = Array(Set(names.flatMap { $0.split(separator: " ").map(String.init) }.filter { $0.count >= 4 }))
            phones = entry.phones.map { ImportBuilder.phoneKey($0.number) }.filter { $0.count >= 6 }
            email = entry.email?.lowercased()
            url = entry.url.flatMap(DuplicateFinder.urlKey)
            address = DuplicateFinder.addressKey(entry.address)
            point = entry.locationType == .physical ? entry.coordinate : nil
            precise = [.address, .postcode].contains(entry.locationPrecision)
        }

        var blockKeys: [String] {
            phones.map { "p:" + $0 } + [email.map { "e:" + $0 }, url.map { "u:" + $0 }, address.map { "a:" + $0 }].compactMap { $0 }
                + nameWords.map { "n:" + $0 }
        }
    }

    /// Words that say nothing about which help it is.
    static let fillerWords: Set<String> = [
        "de", "het", "een", "van", "voor", "en", "in", "op", "bij", "met", "aan", "te", "the", "of", "and", "for", "stichting",
    ]

    /// Lower case, no accents or punctuation, no filler words: "Stichting De Brug (Arnhem)" → "brug arnhem".
    public static func normalisedName(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
            .filter { !fillerWords.contains($0) }
            .joined(separator: " ")
    }

    /// Dice coefficient over character trigrams of each word: 1 for the same words, high for
    /// small spelling differences ("Inloophuis De Brug" ~ "Inloop De Brug").
    public static func dice(_ a: String, _ b: String) -> Double {
        if a == b { return a.isEmpty ? 0 : 1 }
        let x = trigrams(a), y = trigrams(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var counts: [String: Int] = [:]
        for gram in x { counts[gram, default: 0] += 1 }
        var shared = 0
        for gram in y where (counts[gram] ?? 0) > 0 {
            counts[gram]! -= 1
            shared += 1
        }
        return 2 * Double(shared) / Double(x.count + y.count)
    }

    static func trigrams(_ text: String) -> [String] {
        text.split(separator: " ").flatMap { word -> [String] in
            let padded = Array("  " + word + " ")
            return (0..<(padded.count - 2)).map { String(padded[$0..<($0 + 3)]) }
        }
    }

    /// `example.org/inloop`: scheme, `www.`, query and trailing slash do not make a page different.
    public static func urlKey(_ text: String) -> String? {
        guard let url = URL(string: text), var host = url.host?.lowercased() else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        let path = url.path.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        return path.isEmpty ? host : host + "/" + path
    }

    /// `6811AB 12` (postcode and house number) or `voorbeeldstraat 1 arnhem` without a postcode.
    public static func addressKey(_ address: Entry.Address?) -> String? {
        guard let address, let street = address.address1 else { return nil }
        let number = street.split { !$0.isNumber }.first.map(String.init)
        if let code = address.postalCode.flatMap(Postcode.init), code.letters != nil, let number {
            return "\(code.digits)\(code.letters!) \(number)"
        }
        guard let city = address.city else { return nil }
        return normalisedName(street) + " " + normalisedName(city)
    }
}
