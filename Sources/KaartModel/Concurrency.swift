import Foundation

extension Array where Element: Sendable {
    /// `map` on every core: the elements in contiguous chunks, the results in input order, so
    /// the answer is the serial one whatever the number of cores. For independent, pure work
    /// (one record's summaries, its JSON and analysed text); `transform` runs on several threads
    /// at once.
    public func orderedParallelMap<Result: Sendable>(
        chunkCount: Int? = nil, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        // A few chunks per core, so one slow chunk does not leave a core idle at the end.
        let chunks = Swift.min(count, Swift.max(1, chunkCount ?? ProcessInfo.processInfo.activeProcessorCount * 4))
        guard chunks > 1 else { return map(transform) }
        var results = [Result?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let output = UnsafeSendableBuffer(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                // Each chunk writes only its own slots.
                for index in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) {
                    output.buffer[index] = transform(self[index])
                }
            }
        }
        return results.map { $0! }
    }
}

/// A buffer that chunks of `orderedParallelMap` write to, each its own slots.
private struct UnsafeSendableBuffer<Value>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Value>
}

/// A value behind a lock, for caches shared by the threads of a server or an index build
/// (Synchronization's `Mutex` needs macOS 15; the package still builds for 14).
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) { self.value = value }

    public func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

/// Runs `produce` for step k + 1 on another thread while `consume` handles step k on this one:
/// a two-stage pipeline for work whose second stage must run in order on one thread (writing
/// to one SQLite connection) and whose first stage need not (preparing the next batch).
/// Steps are produced one at a time, in order, so `produce` may keep state from step to step.
/// A failure in either stage stops the pipeline; a step already started is waited for first.
public func pipelined<Product: Sendable>(
    _ count: Int, produce: @escaping @Sendable (Int) throws -> Product, consume: (Int, Product) throws -> Void
) throws {
    guard count > 0 else { return }
    var next = Concurrent { try produce(0) }
    for step in 0..<count {
        let product = try next.wait()
        if step + 1 < count { next = Concurrent { try produce(step + 1) } }
        do {
            try consume(step, product)
        } catch {
            _ = try? next.wait()
            throw error
        }
    }
}

/// A value being computed on another thread while this one does something else. Meant for one
/// waiting thread (the one that started it).
public final class Concurrent<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the worker before it signals, read only after the wait.
    private var result: Result<Value, any Error>?
    /// Touched only by the one thread that waits.
    private var waited = false

    public init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global().async {
            self.result = Result { try work() }
            self.done.signal()
        }
    }

    /// The value, once computed; waiting again returns it again.
    public func wait() throws -> Value {
        if !waited {
            done.wait()
            waited = true
        }
        return try result!.get()
    }
}
