import Foundation

/// Runs independent work on every core and returns the results in input order,
/// so output never depends on which thread finished first.
public enum Parallel {
    /// How many threads to use: the `SITEGEN_JOBS` environment variable, else the core count.
    public static var workers: Int {
        if let text = ProcessInfo.processInfo.environment["SITEGEN_JOBS"], let n = Int(text), n > 0 { return n }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    final class Slots<R>: @unchecked Sendable {
        var values: [R?]
        var next = 0
        let lock = NSLock()
        init(_ count: Int) { values = Array(repeating: nil, count: count) }

        /// The next index to work on, or nil when all are taken.
        func take() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < values.count else { return nil }
            next += 1
            return next - 1
        }
    }

    /// `count` items cut into contiguous runs of at least `minimum`, about eight per thread: work on
    /// neighbouring items (sorted paths, consecutive articles) can share state within a run.
    public static func runs(count: Int, minimum: Int = 64) -> [Range<Int>] {
        let size = max(minimum, count / (workers * 8) + 1)
        return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    }

    /// `transform` applied to every element, on up to `workers` threads; results in order.
    public static func map<T, R>(_ items: [T], workers: Int = Parallel.workers, _ transform: (T) -> R) -> [R] {
        let threads = min(workers, items.count)
        if threads <= 1 { return items.map(transform) }
        let slots = Slots<R>(items.count)
        withoutActuallyEscaping(transform) { transform in
            nonisolated(unsafe) let transform = transform
            nonisolated(unsafe) let items = items
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                while let i = slots.take() {
                    let value = transform(items[i])
                    slots.lock.lock()
                    slots.values[i] = value
                    slots.lock.unlock()
                }
            }
        }
        return slots.values.map { $0! }
    }
}

/// Work started on a thread of its own now and waited for later, so a step that runs
/// on one core (building the entity graph) overlaps with one that would wait (reading
/// the page manifest). `value` blocks until the work is done.
public final class Background<T>: @unchecked Sendable {
    private var result: T?
    private let done = DispatchSemaphore(value: 0)
    private var waited = false
    private let lock = NSLock()

    public init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async {
            let value = work()
            self.lock.withLock { self.result = value }
            self.done.signal()
        }
    }

    /// The work's result (waits for it the first time).
    public var value: T {
        lock.lock()
        if !waited {
            lock.unlock()
            done.wait()
            lock.lock()
            waited = true
        }
        defer { lock.unlock() }
        return result!
    }
}
