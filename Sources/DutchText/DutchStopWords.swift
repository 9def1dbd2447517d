/// Dutch function words that carry no meaning in a search ("ik voel me eenzaam" → "voel",
/// "eenzaam"). Based on the Snowball Dutch stop list, plus a few query fillers.
public enum DutchStopWords {
    public static let `default`: Set<String> = [
        "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn",
        "is", "was", "op", "aan", "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan",
        "zou", "of", "wat", "mijn", "men", "dit", "zo", "door", "over", "ze", "zich", "bij", "ook",
        "tot", "je", "mij", "uit", "der", "daar", "haar", "naar", "heb", "hoe", "heeft", "hebben",
        "deze", "u", "want", "nog", "zal", "me", "zij", "nu", "ge", "geen", "omdat", "iets",
        "worden", "toch", "al", "waren", "veel", "meer", "doen", "toen", "moet", "ben", "zonder",
        "kan", "hun", "dus", "alles", "onder", "ja", "eens", "hier", "wie", "werd", "altijd",
        "doch", "wordt", "wezen", "kunnen", "ons", "zelf", "tegen", "na", "reeds", "wil", "kon",
        "niets", "uw", "iemand", "geweest", "andere", "jij", "jou", "jouw", "we", "wij", "onze",
        "waar", "welke", "wanneer", "graag", "zoek", "zoeken", "voel", "heel", "erg", "beetje",
        "the", "and", "of", "a", "an", "to", "for", "i", "my", "am",
    ]
}
