/// The summary a record shows residents, where it comes from, and how it reads.
public struct RecordSummary: Hashable, Sendable {
    public enum Origin: String, Hashable, Sendable {
        /// `summary_b1`, written by a maintainer: checked and reported, never replaced.
        case maintainer
        /// Written by `B1SummaryWriter` from the record's fields.
        case generated
    }

    public var text: String
    public var origin: Origin
    public var figures: ReadabilityFigures

    public init(text: String, origin: Origin, figures: ReadabilityFigures) {
        self.text = text
        self.origin = origin
        self.figures = figures
    }
}
