import Foundation
import Indexing
import KaartModel
import Logging

/// `kaart serve --sync`: each remote source runs on its own `every:` schedule in the
/// background; when a run changed something the index is rebuilt into a new file and
/// `indexRebuilt` swaps it in (the server's index switch, so no request fails). A failing
/// source leaves its snapshot and the index as they were, and shows in its run log.
public struct SyncSchedule: Sendable {
    public let synchronizer: Synchronizer
    public let logger: Logger
    public let indexRebuilt: @Sendable () throws -> Void
    /// Runs the rebuild and swap one at a time with the server's other changes to the index (a
    /// correction, a confirmation), so a rebuild that started before a correction cannot swap
    /// in an index without it.
    public let exclusively: @Sendable (_ work: @escaping @Sendable () throws -> Void) async throws -> Void

    public init(
        synchronizer: Synchronizer, logger: Logger,
        exclusively: @escaping @Sendable (_ work: @escaping @Sendable () throws -> Void) async throws -> Void = { try $0() },
        indexRebuilt: @escaping @Sendable () throws -> Void
    ) {
        self.synchronizer = synchronizer
        self.logger = logger
        self.exclusively = exclusively
        self.indexRebuilt = indexRebuilt
    }

    /// The sources that have an `every:`; the others are synced by hand.
    public func scheduled(_ reference: ReferenceData) throws -> [SourceDefinition] {
        try synchronizer.remoteSources(reference: reference).filter { $0.remote?.every != nil }
    }

    /// Runs until cancelled.
    public func run() async throws {
        let reference = try ReferenceData.load(from: synchronizer.paths.indexer)
        let sources = try scheduled(reference)
        guard !sources.isEmpty else {
            logger.info("sync: no source in sources.yaml has `every:`; nothing scheduled")
            return
        }
        let mapping = try synchronizer.taxonomyMapping(reference)
        var due: [String: Date] = [:]
        for source in sources {
            // The first run is due one period after the last one in the log, or now.
            let last = SyncFolder(source.path).runs().last { $0.outcome != .dryRun }?.startedAt
            due[source.name] = last.map { $0.addingTimeInterval(source.remote!.every!) } ?? synchronizer.now()
        }
        logger.info("sync: scheduled \(sources.map { "\($0.name) every \(Int($0.remote!.every!)) s" }.joined(separator: ", "))")
        while !Task.isCancelled {
            let next = due.values.min()!
            let wait = next.timeIntervalSince(synchronizer.now())
            if wait > 0 { try await Task.sleep(for: .milliseconds(Int64(wait * 1000))) }
            let now = synchronizer.now()
            var needsIndex = false
            for source in sources where due[source.name]! <= now {
                let result = await synchronizer.run(source, reference: reference, mapping: mapping, options: SyncOptions())
                due[source.name] = synchronizer.now().addingTimeInterval(source.remote!.every!)
                let line = SyncReportText.summary(result.run)
                switch result.run.outcome {
                case .failed, .held: logger.warning("sync: \(line)")
                default: logger.info("sync: \(line)")
                }
                needsIndex = needsIndex || result.needsIndex
            }
            if needsIndex || synchronizer.pendingIndex(sources) {
                let all = try synchronizer.remoteSources(reference: reference)
                let (synchronizer, logger, indexRebuilt) = (self.synchronizer, self.logger, self.indexRebuilt)
                do {
                    try await exclusively {
                        let (report, problem) = synchronizer.rebuildIndex(all, reference: reference)
                        if let problem {
                            logger.error("sync: \(problem)")
                            return
                        }
                        do {
                            try indexRebuilt()
                            logger.info("sync: index rebuilt and swapped in", metadata: ["records": "\(report?.load.records.count ?? 0)"])
                        } catch {
                            logger.error("sync: the rebuilt index cannot be opened; the old one stays in use", metadata: ["error": "\(error)"])
                        }
                    }
                } catch {
                    // The desk is full of corrections: the next round rebuilds (pendingIndex).
                    logger.warning("sync: the rebuild waits for the next round", metadata: ["reason": "\(error)"])
                }
            }
        }
    }
}
