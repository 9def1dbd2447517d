import Foundation

/// Recognises report text that speaks of suicide, self-harm or acute danger, so the answer can
/// start with the crisis routes (113, 0800-0113, 112) instead of "someone will look at it".
/// The one place that knows these words; tested in `CareTests`. It errs towards showing help: a
/// report about "de zelfmoordpreventielijn" is answered with the routes too, which costs nothing.
public enum CrisisLanguage {
    /// Word beginnings, matched at the start of a word: "suicid" is suïcidaal, suïcide, suicidale.
    static let stems = [
        "suicid", "zelfmoord", "zelfdoding", "zelfbeschadig", "zelfverwond", "levensmoe", "doodsgedacht",
        "selfharm", "suicide",
    ]
    /// Phrases, matched as whole words in this order (after folding: lower case, no accents).
    static let phrases = [
        // Dutch: not wanting to live, wanting to die, hurting oneself, acute danger.
        "niet meer leven", "niet meer willen leven", "wil niet meer", "wil dood", "wil er niet meer zijn",
        "er niet meer zijn", "dood willen", "ga dood", "einde aan mijn leven", "mijn leven beeindigen",
        "er een eind aan maken", "er een einde aan maken", "een eind aan maken", "een einde aan maken",
        "mezelf iets aandoen", "mezelf iets aan doen", "mijzelf iets aandoen", "mezelf pijn doen",
        "snij mezelf", "snijd mezelf", "mezelf snijden", "van een brug springen", "voor de trein",
        "pillen innemen", "overdosis", "direct gevaar", "acuut gevaar", "in levensgevaar", "levensgevaar",
        "bedreigt mij", "bedreigt me", "word bedreigd", "slaat mij", "slaat me",
        // English, for the English form.
        "kill myself", "want to die", "end my life", "self harm", "hurt myself", "no reason to live",
        "in danger",
    ]

    /// True when `text` speaks of suicide, self-harm or acute danger.
    public static func isPresent(in text: String) -> Bool {
        let words = " " + folded(text) + " "
        if stems.contains(where: { words.contains(" " + $0) }) { return true }
        return phrases.contains { words.contains(" " + $0 + " ") }
    }

    /// Lower case, accents folded, every run of non-letters one space.
    static func folded(_ text: String) -> String {
        let plain = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        var result = ""
        var pendingSpace = false
        for scalar in plain.unicodeScalars {
            if scalar.properties.isAlphabetic {
                if pendingSpace && !result.isEmpty { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else if scalar == "-" {
                continue  // "zelf-beschadiging" is "zelfbeschadiging"
            } else {
                pendingSpace = true
            }
        }
        return result
    }
}
