import KaartModel

/// A record in a language other than Dutch (issue 18): a person's translated summary when a
/// maintainer added one, else sentences made from the record's structured facts only, from
/// translated labels and fixed templates. Free text is never translated by machine.
extension EntryFacts {
    /// The maintainer's translated summary for this language, if any.
    public var translatedSummary: TranslatedSummary? {
        guard strings.language != .dutch else { return nil }
        return entry.translatedSummaries?[strings.language.rawValue]
    }

    /// One sentence per fact the record holds: kind, kinds of help, for whom, age, free or not,
    /// access, online or where, languages, opening hours from its schedules. Nothing else.
    public var explanation: [String] {
        let data = strings.data
        var lines = [data.kind(kind)]
        if !entry.supportTypes.isEmpty { lines.append(data.supportTypes(labels(.supportTypes, entry.supportTypes))) }
        if !entry.targetGroups.isEmpty { lines.append(data.targetGroups(labels(.targetGroups, entry.targetGroups))) }
        if let ages { lines.append(data.ages(ages)) }
        switch entry.free {
        case true?: lines.append(data.free)
        case false?: lines.append(data.notFree)
        case nil: break
        }
        if let access = entry.access { lines.append(data.access(strings.term(.access, access, taxonomy))) }
        if entry.kind != .knowledge {
            if entry.locationType == .virtual {
                lines.append(data.online(area))
            } else if place != strings.unknown {
                lines.append(data.place(place))
            }
        }
        if !entry.languages.isEmpty { lines.append(data.languages(helpLanguages)) }
        if let hours = Self.describe(entry.schedules, strings) { lines.append(data.hours(hours)) }
        return lines
    }

    /// The summary as plain-text lines in this language: the Dutch summary; elsewhere the
    /// translated summary or the explanation from the data, each with what it is, then the
    /// Dutch summary under its label.
    public var summaryLines: [String] {
        guard strings.language != .dutch else { return [summary] }
        var lines: [String]
        if let translated = translatedSummary {
            lines = [translated.text, strings.data.translatedBy(translated.translator, strings.dayMonthYear(translated.date))]
        } else {
            lines = explanation + [strings.data.madeFromData]
        }
        return lines + ["\(strings.data.dutchText): \(summary)"]
    }

    /// The languages help is given in, named in this language; "unknown" when the record names
    /// none (never "Dutch only": an empty field says nothing).
    public var helpLanguages: String {
        entry.languages.isEmpty ? strings.languageText.helpLanguagesUnknown : entry.languages.map(strings.helpLanguageName).joined(separator: ", ")
    }
}
