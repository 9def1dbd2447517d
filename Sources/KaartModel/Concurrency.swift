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
