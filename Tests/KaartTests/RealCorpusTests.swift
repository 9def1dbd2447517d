import Foundation
import Indexing
import KaartModel
import Testing

/// The real corpus in `Corpus/`: it must stay clean and honest.
@Suite("The real corpus")
struct RealCorpusTests {
    static let load: CorpusLoad = {
        do {
            return try CorpusLoader.load(
                directory: repositoryRoot.appendingPathComponent("Corpus"), reference: sharedReference,
                today: testToday, relativeTo: repositoryRoot)
        } catch {
            fatalError("cannot load Corpus/: \(error)")
        }
    }()

    @Test("Every file in Corpus/ is a valid record")
    func noErrors() {
        #expect(Self.load.errorCount == 0, "\(Self.load.diagnostics.filter { $0.severity == .error })")
        #expect(Self.load.records.count == Self.load.fileCount)
    }

    @Test("Every record names at least one source, and each seed citation has line numbers")
    func everyRecordHasASource() {
        for record in Self.load.records {
            #expect(!record.entry.sources.isEmpty, "\(record.sourceFile)")
            for source in record.entry.sources where source.seed != nil {
                #expect(source.lines != nil, "\(record.sourceFile)")
            }
        }
    }

    @Test("No record carries a phone number, e-mail, address or web address without a source that covers it")
    func contactFactsAreSourced() {
        for record in Self.load.records {
            let entry = record.entry
            let covered = Set(entry.sources.flatMap(\.covers))
            if !entry.phones.isEmpty { #expect(covered.contains("phones"), "\(record.sourceFile)") }
            if entry.email != nil { #expect(covered.contains("email"), "\(record.sourceFile)") }
            if entry.url != nil || entry.organization?.url != nil { #expect(covered.contains("url"), "\(record.sourceFile)") }
            if entry.address?.address1 != nil || entry.address?.postalCode != nil { #expect(covered.contains("address"), "\(record.sourceFile)") }
            if entry.schedule != nil { #expect(covered.contains("schedule"), "\(record.sourceFile)") }
        }
    }

    @Test("No record puts a crisis number in its phone numbers")
    func noCrisisNumbersInData() {
        let crisis = Set(CrisisRoutes.all.map { $0.number.filter(\.isNumber) })
        for record in Self.load.records {
            for phone in record.entry.phones {
                #expect(!crisis.contains(phone.number.filter(\.isNumber)), "\(record.sourceFile)")
            }
        }
    }

    @Test("Resident text never uses the stigmatising label EPA")
    func noStigmatisingLabels() {
        for record in Self.load.records {
            let text = [record.entry.name, record.entry.summaryB1 ?? "", record.entry.description].joined(separator: " ")
            let words = text.split { !$0.isLetter }
            #expect(!words.contains("EPA"), "\(record.sourceFile)")
        }
    }

    @Test("Records placed at a municipality's centre say so")
    func municipalityPrecisionIsHonest() {
        for record in Self.load.records where record.entry.locationPrecision == .municipality {
            #expect(record.entry.address?.address1 == nil, "\(record.sourceFile)")
        }
    }
}
