import Feedback
import Foundation
import Hummingbird
import Indexing
import KaartModel
import Presentation
import SearchIndex

/// Routes for maintainers, behind a bearer token: the open reports, a correction to a record
/// (validated, written, re-indexed, swapped in), and reloading a rebuilt index.
struct MaintenanceRoutes: Sendable {
    let dependencies: ServerDependencies
    /// One correction (edit, rebuild, swap) at a time, shared with confirmations.
    var desk: CorrectionDesk { dependencies.desk }

    func add(to routes: RouteAdder) {
        routes.on(.get, "/api/v1/beheer/meldingen", use: reports)
        routes.on(.post, "/api/v1/beheer/correcties", use: correct)
        routes.on(.post, "/api/v1/beheer/herlaad", use: reload)
        routes.on(.get, "/api/v1/beheer/bronnen", use: sources)
        routes.on(.get, "/api/v1/beheer/gebruik", use: usage)
    }

    struct UsageAnswer: Encodable {
        var from: String
        var to: String
        var municipality: String?
        var totals: UsageReport.Totals
        var cells: [UsageReport.Cell]
        struct Gap: Encodable { var concept: String; var count: Int }
        var zeroResultConcepts: [Gap]
    }

    /// Demand beside supply, as `kaart gebruik` shows it: `?van=&tot=&gemeente=`, by default the
    /// last half year. Counts still in memory are added to the store first.
    @Sendable func usage(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try authorize(request)
        func day(_ name: String) throws -> Day? {
            guard let text = context.query.first(where: { $0.name == name })?.value else { return nil }
            guard let day = Day(text) else { throw QueryError.invalid(parameter: name, value: text, expected: "een datum als 2026-06-30") }
            return day
        }
        let to = try day("tot") ?? dependencies.today()
        let from = try day("van") ?? to.adding(days: -182)
        let municipality = context.query.first { $0.name == "gemeente" }?.value
        await dependencies.usage.flush(to: dependencies.feedback, policy: dependencies.policy, logger: dependencies.logger)
        let totals = try await dependencies.feedback.usage(from: from, to: to, municipality: municipality)
        let index = dependencies.index
        let report = UsageReport(
            totals: totals, records: try index.records(filteredBy: SearchQuery()).map(\.entry), taxonomy: index.taxonomy,
            from: from, to: to, municipality: municipality)
        return try JSONResponses.json(UsageAnswer(
            from: from.description, to: to.description, municipality: municipality, totals: report.totals, cells: report.cells,
            zeroResultConcepts: report.gaps.map { UsageAnswer.Gap(concept: $0.concept, count: $0.count) }))
    }

    /// How each source that `kaart sync` keeps in step stands: last run, last success, records,
    /// what changed, stale, missing and retired; a failing or held-back source says why.
    @Sendable func sources(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try authorize(request)
        guard let paths = dependencies.sourcePaths else { return try JSONResponses.json([SourceStatus]()) }
        let statuses = try SourceStatus.load(
            IndexBuild.sourceDefinitions(paths), today: dependencies.today(), freshnessMonths: dependencies.freshnessMonths)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        return JSONResponses.json(data: try encoder.encode(statuses))
    }

    /// Checks the token; the header itself is never logged or echoed.
    func authorize(_ request: Request) throws -> Maintenance {
        guard let maintenance = dependencies.maintenance else { throw WebError.maintenanceDisabled }
        let header = request.headers[.authorization] ?? ""
        let token = header.hasPrefix("Bearer ") ? String(header.dropFirst(7)) : nil
        guard maintenance.accepts(token) else { throw WebError.unauthorized }
        return maintenance
    }

    struct ReportGroup: Encodable {
        struct Item: Encodable {
            var id: Int64
            var reason: String
            var text: String?
            var contact: String?
            var channel: String
            var createdAt: String
        }
        var serviceId: String
        var name: String?
        var assuredDate: String?
        var count: Int
        var reports: [Item]
    }

    /// Open reports grouped per record, most reported first.
    @Sendable func reports(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try authorize(request)
        let open = try await dependencies.feedback.reports(status: .open)
        let index = dependencies.index
        let formatter = ISO8601DateFormatter()
        var groups: [ReportGroup] = []
        for (id, reports) in Dictionary(grouping: open, by: \.entryID) {
            let entry = try index.entry(id: id)
            let items: [ReportGroup.Item] = reports.map { report in
                ReportGroup.Item(
                    id: report.id ?? 0, reason: report.reason.rawValue, text: report.text, contact: report.contact,
                    channel: report.channel.rawValue, createdAt: formatter.string(from: report.createdAt))
            }
            groups.append(ReportGroup(
                serviceId: id, name: entry?.name, assuredDate: entry?.assuredDate?.description,
                count: reports.count, reports: items))
        }
        groups.sort { $0.count != $1.count ? $0.count > $1.count : $0.serviceId < $1.serviceId }
        return try JSONResponses.json(groups)
    }

    struct CorrectionRequest: Decodable {
        var serviceId: String
        var set: [String: String]
        var source: String?
        var updatedBy: String
        var resolve: Bool?
    }

    struct CorrectionAnswer: Encodable {
        var serviceId: String
        var changes: [Entry.Change]
        var closedReports: Int
        var records: Int
    }

    /// `{"service_id", "set": {"field": "value"}, "source", "updated_by", "resolve"}`: the same
    /// correction as `kaart correct`, then a rebuilt index swapped in without a failed request.
    @Sendable func correct(_ request: Request, context: AppRequestContext) async throws -> Response {
        let maintenance = try authorize(request)
        guard let paths = maintenance.paths else { throw WebError.maintenanceDisabled }
        let sent = try await APIRoutes.decodeJSON(CorrectionRequest.self, request, context: context)
        let dependencies = self.dependencies
        let (changes, records) = try await desk.exclusively {
            let (result, report) = try dependencies.changeCorpus(paths) { editor, today in
                let corrections = sent.set.sorted { $0.key < $1.key }.map { Correction(field: $0.key, value: $0.value) }
                return try editor.correct(id: sent.serviceId, corrections: corrections, source: sent.source, by: sent.updatedBy, today: today)
            }
            return (result.changes, report.load.records.count)
        }
        // The correction is in and swapped: only then are the reports it answers closed.
        let closed = sent.resolve == true ? try await dependencies.feedback.closeAll(entryID: sent.serviceId) : 0
        return try JSONResponses.json(CorrectionAnswer(
            serviceId: sent.serviceId, changes: changes, closedReports: closed, records: records))
    }

    struct ReloadAnswer: Encodable {
        var indexBuiltAt: String
    }

    /// Swaps in the index file as it is now on disk (after `kaart index`).
    /// A file that cannot be used (missing, truncated, damaged, another version) is refused
    /// with what is wrong and what to run; the old index stays in use.
    @Sendable func reload(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try authorize(request)
        let dependencies = self.dependencies
        let index = try await desk.exclusively {
            do {
                return try dependencies.indexes.reload()
            } catch let error as IndexError {
                dependencies.logger.error("index reload refused; the old index stays in use", metadata: ["problem": "\(error.description)"])
                throw WebError.indexUnusable(error.description)
            }
        }
        return try JSONResponses.json(ReloadAnswer(indexBuiltAt: index.builtAt))
    }
}

extension ServerDependencies {
    /// One change to the corpus, all or nothing: `edit` writes a record, the index is rebuilt and
    /// swapped in; if the rebuild or the swap fails, the file goes back as it was (and the index
    /// with it). Run inside `desk.exclusively`.
    func changeCorpus(
        _ paths: IndexPaths, _ edit: (CorpusEditor, Day) throws -> CorrectionResult
    ) throws -> (CorrectionResult, IndexReport) {
        let today = today()
        let result: CorrectionResult
        do {
            result = try edit(CorpusEditor(paths: paths, reference: try ReferenceData.load(from: paths.indexer)), today)
        } catch let error as CorrectionError {
            throw WebError.correctionRejected(error.description)
        }
        do {
            let report = try IndexBuild.run(paths, today: today, now: now())
            try indexes.reload()
            return (result, report)
        } catch {
            try result.undo()
            _ = try? IndexBuild.run(paths, today: today, now: now())
            logger.error("change undone: the rebuild or reload failed", metadata: ["entry": "\(result.id)", "error": "\(error)"])
            throw WebError.indexUnusable(String(describing: error))
        }
    }
}

/// Lets one maintenance job (a correction with its rebuild, or a reload) run at a time, in the
/// order they came; up to `maximumWaiting` more wait their turn, and past that the answer is a
/// 409 to try again. The job runs off the request threads, since a rebuild takes seconds.
actor CorrectionDesk {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []
    let maximumWaiting = 8

    func exclusively<Value: Sendable>(_ job: @escaping @Sendable () throws -> Value) async throws -> Value {
        if busy {
            guard waiting.count < maximumWaiting else { throw WebError.correctionBusy }
            // `leave` hands the desk over directly: it stays busy.
            await withCheckedContinuation { waiting.append($0) }
        } else {
            busy = true
        }
        defer { leave() }
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try job() }) }
        }
    }

    private func leave() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}
