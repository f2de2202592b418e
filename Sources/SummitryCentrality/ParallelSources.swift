import Dispatch
import Foundation

/// Progress reporting and cancellation for long runs, carried by the options of multi-source
/// measures (closeness, harmonic, betweenness, edge betweenness).
public struct RunHooks: Sendable {
    /// Called now and then with the fraction of sources started, in `0 ... 1`, from a worker thread
    /// (never two calls at once, values never decreasing); finally with 1 when the run completes.
    /// Keep it short: workers wait while it runs.
    public var progress: (@Sendable (Double) -> Void)?
    /// Polled by every worker before each chunk of 16 sources (each 64-source batch of the
    /// bit-parallel searches); returning true stops the run, which then throws
    /// ``CentralityError/cancelled(measure:)``.
    public var isCancelled: (@Sendable () -> Bool)?
    /// The number of worker threads; nil uses every active core.
    public var threads: Int?

    /// Hooks that report and cancel nothing and use every core.
    public init(progress: (@Sendable (Double) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil,
                threads: Int? = nil) {
        self.progress = progress
        self.isCancelled = isCancelled
        self.threads = threads
    }
}

/// A value handed to concurrent workers that the caller promises to use without data races
/// (each worker touches only its own part).
struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
}

/// Runs `visit` for every source position `0 ..< count`, split over worker threads.
///
/// `makeWorker` builds one worker state per thread (its O(n) buffers), outside the per-source loop, so
/// nothing is allocated per source. Workers claim chunks of `chunk` consecutive positions from a shared
/// counter, so a thread that the operating system holds back (other processes on the cores) does not
/// leave the others idle at the end. Progress is reported and cancellation polled at every claim.
/// Returns the workers so their accumulators can be merged.
///
/// - Throws: ``CentralityError/cancelled(measure:)`` when `hooks.isCancelled` returned true.
func forEachSource<Worker: AnyObject>(
    count: Int, measure: String, hooks: RunHooks, chunk: Int = 16,
    makeWorker: () -> Worker, visit: @escaping (Worker, Int) -> Void
) throws(CentralityError) -> [Worker] {
    let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
    let workerCount = max(1, min(hooks.threads ?? cores, count))
    let run = SourceRun(workers: (0 ..< workerCount).map { _ in makeWorker() }, count: count, hooks: hooks,
                        chunk: max(1, chunk), visit: visit)
    if workerCount == 1 {
        run.work(0)
    } else {
        DispatchQueue.concurrentPerform(iterations: workerCount) { w in run.work(w) }
    }
    if run.cancelled { throw .cancelled(measure: measure) }
    hooks.progress?(1)
    return run.workers
}

/// The shared state of one multi-source run: the workers (each thread touches only its own) and the
/// next unclaimed position, behind a lock taken once per chunk.
private final class SourceRun<Worker: AnyObject>: @unchecked Sendable {
    let workers: [Worker]
    let count: Int
    let hooks: RunHooks
    let chunk: Int
    let visit: (Worker, Int) -> Void
    private let lock = NSLock()
    private var next = 0
    private(set) var cancelled = false

    init(workers: [Worker], count: Int, hooks: RunHooks, chunk: Int, visit: @escaping (Worker, Int) -> Void) {
        self.workers = workers
        self.count = count
        self.hooks = hooks
        self.chunk = chunk
        self.visit = visit
    }

    /// The next chunk of positions, or nil when all are claimed or the run is cancelled.
    private func claim() -> Range<Int>? {
        if let isCancelled = hooks.isCancelled, isCancelled() {
            lock.lock()
            cancelled = true
            lock.unlock()
            return nil
        }
        lock.lock()
        let start = next
        let stop = cancelled ? start : min(count, start + chunk)
        next = stop
        // Reported under the lock, so calls never overlap and their values never decrease.
        if start < stop { hooks.progress?(Double(start) / Double(count)) }
        lock.unlock()
        guard start < stop else { return nil }
        return start ..< stop
    }

    func work(_ w: Int) {
        let worker = workers[w]
        while let range = claim() {
            for position in range { visit(worker, position) }
        }
    }
}
