import DutchText
import KaartModel

extension SearchIndex {
    /// Reads a resident's situation the way a search reads its words (`QueryReader`, typo
    /// correction against the index's lexicon), for the assistant (`kaart advies`): the needs
    /// with their concepts, a place and an age in the words, the audiences, the words left out.
    ///
    /// Unlike `search`, the reading is not kept in the reading cache: a situation is about a
    /// person, and nothing of it stays in memory once the answer is made.
    public func understand(_ text: String, readPlace: Bool, readAge: Bool) throws -> QueryUnderstanding {
        var options = QueryReader.Options()
        options.place = readPlace
        options.age = readAge
        let words = try readWords(ReadingKey(text: text, options: options, spelling: true))
        var understanding = words.understanding
        understanding.audiences = words.audiences
        return understanding
    }
}
