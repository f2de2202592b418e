import Dispatch
import Foundation

/// Progress reporting and cancellation for long runs, carried by the options of multi-source
/// measures (closeness, harmonic, betweenness, edge betweenness).
public struct RunHooks: Sendable {
    /// Called now and then with the fraction of sources done, in `0 ... 1`, from a worker thread;
    /// finally with 1 when the run completes.
    public var progress: (@Sendable (Double) -> Void)?
    /// Polled every few dozen sources (every batch of 64 in bit-parallel searches) by every worker; returning true stops the run, which then
    /// throws ``CentralityError/cancelled(measure:)``.
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
/// nothing is allocated per source. Worker `w` takes positions `w, w + W, w + 2W, …`, which balances
/// the load on graphs whose expensive sources are spread out. Returns the workers so their
/// accumulators can be merged.
///
/// - Throws: ``CentralityError/cancelled(measure:)`` when `hooks.isCancelled` returned true.
func forEachSource<Worker: AnyObject>(
    count: Int, measure: String, hooks: RunHooks, checkEvery: Int = 32,
    makeWorker: () -> Worker, visit: @escaping (Worker, Int) -> Void
) throws(CentralityError) -> [Worker] {
    let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
    let workerCount = max(1, min(hooks.threads ?? cores, count))
    let run = SourceRun(workers: (0 ..< workerCount).map { _ in makeWorker() }, count: count, hooks: hooks,
                        checkEvery: max(1, checkEvery), visit: visit)
    if workerCount == 1 {
        run.work(0)
    } else {
        DispatchQueue.concurrentPerform(iterations: workerCount) { w in run.work(w) }
    }
    if run.stopped.contains(true) { throw .cancelled(measure: measure) }
    hooks.progress?(1)
    return run.workers
}

/// The shared state of one multi-source run. Each thread touches only its own worker and flag.
private final class SourceRun<Worker: AnyObject>: @unchecked Sendable {
    let workers: [Worker]
    let count: Int
    let hooks: RunHooks
    let checkEvery: Int
    let visit: (Worker, Int) -> Void
    /// One flag per worker, written only by that worker (raw memory: no exclusivity checks across threads).
    let stopped: UnsafeMutableBufferPointer<Bool>

    init(workers: [Worker], count: Int, hooks: RunHooks, checkEvery: Int, visit: @escaping (Worker, Int) -> Void) {
        self.workers = workers
        self.count = count
        self.hooks = hooks
        self.checkEvery = checkEvery
        self.visit = visit
        stopped = .allocate(capacity: workers.count)
        stopped.initialize(repeating: false)
    }

    deinit { stopped.deallocate() }

    func work(_ w: Int) {
        let worker = workers[w]
        let step = workers.count
        var position = w
        var done = 0
        while position < count {
            if done % checkEvery == 0 {
                if let isCancelled = hooks.isCancelled, isCancelled() {
                    stopped[w] = true
                    return
                }
                if w == 0, let progress = hooks.progress { progress(min(1, Double(position) / Double(count))) }
            }
            visit(worker, position)
            position += step
            done += 1
        }
    }
}
