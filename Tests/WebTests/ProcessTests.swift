import Feedback
import Foundation
import KaartModel
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The built `kaart` as a child process: the crash test, `kaart meld`, and `kaart serve` on a
/// real socket. Serialized: each starts processes and some hold a port.
@Suite(.serialized) struct ProcessTests {
    /// Starts `kaart` with `arguments`, stdout piped.
    func start(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = TestIndex.kaartExecutable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["KAART_TODAY"] = TestIndex.today.description
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        return (process, output)
    }

    /// Reads lines from `pipe` until `stop` says enough or the pipe closes.
    func readLines(_ pipe: Pipe, until stop: ([String]) -> Bool) -> [String] {
        var buffer = Data()
        var lines: [String] = []
        let handle = pipe.fileHandleForReading
        while !stop(lines) {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                lines.append(String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self))
                buffer.removeSubrange(buffer.startIndex...newline)
            }
        }
        return lines
    }

    @Test func everyAcknowledgedReportSurvivesKillMinusNineInTheMiddleOfABurst() throws {
        let feedback = TestIndex.feedbackPath()
        let (writer, output) = try start([
            "meld", "test-steunpunt-arnhem", "--reden", "tijdelijk dicht", "--tekst", "Burst",
            "--herhaal", "100000", "--index", TestIndex.path, "--feedback", feedback,
        ])
        // Let it acknowledge a good number, then kill it without warning, mid-write.
        var acknowledged = readLines(output) { $0.count >= 300 }
        kill(writer.processIdentifier, SIGKILL)
        writer.waitUntilExit()
        #expect(writer.terminationReason == .uncaughtSignal)
        // Acknowledgements already in the pipe were sent before the kill: they count too.
        acknowledged += readLines(output) { _ in false }
        let ids = acknowledged.compactMap { line -> Int64? in
            guard line.hasPrefix("melding ") else { return nil }
            return Int64(line.dropFirst("melding ".count).prefix { $0.isNumber })
        }
        #expect(ids.count >= 300)
        #expect(ids.count < 100_000, "the writer was killed in the middle of its burst")
        let store = try FeedbackStore(path: feedback, now: { TestIndex.now })
        let stored = Set(try store.reports().compactMap(\.id))
        let lost = ids.filter { !stored.contains($0) }
        #expect(lost.isEmpty, "acknowledged but lost: \(lost.prefix(10))")
    }

    @Test func kaartMeldStoresAReportAndSaysSoAndAWrongReasonExitsWithTwo() throws {
        let feedback = TestIndex.feedbackPath()
        let (good, goodOutput) = try start([
            "report", "test-steunpunt-arnhem", "--reden", "telefoon-of-adres-klopt-niet", "--contact", "wegwijzer@example.org",
            "--index", TestIndex.path, "--feedback", feedback,
        ])
        good.waitUntilExit()
        let said = String(decoding: goodOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(good.terminationStatus == 0)
        #expect(said == "melding 1 opgeslagen: test-steunpunt-arnhem, telefoon-of-adres-klopt-niet\n")
        let store = try FeedbackStore(path: feedback, now: { TestIndex.now })
        #expect(try store.report(id: 1)?.channel == .terminal)

        let (bad, _) = try start(["meld", "test-steunpunt-arnhem", "--reden", "kapot", "--index", TestIndex.path, "--feedback", feedback])
        bad.waitUntilExit()
        #expect(bad.terminationStatus == 2)
        let (unknown, _) = try start(["meld", "bestaat-niet", "--reden", "anders", "--index", TestIndex.path, "--feedback", feedback])
        unknown.waitUntilExit()
        #expect(unknown.terminationStatus == 2)
        #expect(try store.reports().count == 1)
    }

    @Test func kaartServeAnswersOverHTTPOnLoopbackAndStopsCleanlyOnSIGTERM() async throws {
        let (server, output) = try start(["serve", "--host", "127.0.0.1", "--port", "0", "--index", TestIndex.path, "--feedback", TestIndex.feedbackPath()])
        defer { if server.isRunning { kill(server.processIdentifier, SIGKILL) } }
        let banner = readLines(output) { $0.contains { $0.contains("luistert op") } }
        let line = try #require(banner.first { $0.contains("luistert op") })
        let address = try #require(line.split(separator: " ").first { $0.hasPrefix("http://127.0.0.1:") })
        let url = try #require(URL(string: "\(address)/?wat=inloop&bij=6811"))

        let (data, response) = try await URLSession.shared.data(from: url)
        let http = try #require(response as? HTTPURLResponse)
        #expect(http.statusCode == 200)
        #expect(http.value(forHTTPHeaderField: "Content-Security-Policy")?.contains("script-src 'none'") == true)
        let page = String(decoding: data, as: UTF8.self)
        #expect(page.contains("Inloop De Brug (test)"))

        let (apiData, _) = try await URLSession.shared.data(from: try #require(URL(string: "\(address)/healthz")))
        #expect(String(decoding: apiData, as: UTF8.self).contains("\"status\":\"ok\""))

        kill(server.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(10)
        while server.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!server.isRunning)
        #expect(server.terminationReason == .exit)
        #expect(server.terminationStatus == 0)
    }
}
