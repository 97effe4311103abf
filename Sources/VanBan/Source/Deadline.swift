import Dispatch

/// A time limit on processing one input (`vanban batch --timeout`).
///
/// A thread cannot be stopped from outside in-process, so the limit is cooperative: the
/// pipeline's long loops (cleaning and joining lines, lexing, the lint rules, rendering)
/// ask `Deadline.expired` every few thousand steps and, once it is true, stop early with a
/// partial result; whoever set the deadline then discards that result and reports a time-out.
/// The deadline is task-local, so it applies to the thread (or task) that set it and to
/// nothing else: other workers of a batch keep their own.
public struct Deadline: Sendable {
    /// The moment, in `DispatchTime` uptime nanoseconds.
    let end: UInt64

    /// A deadline `seconds` from now.
    public init(seconds: Double) {
        let now = DispatchTime.now().uptimeNanoseconds
        let span = seconds.isFinite && seconds > 0 ? UInt64(min(seconds, 1e9) * 1e9) : 0
        end = now &+ span
    }

    /// True once the moment has passed.
    public var hasPassed: Bool { DispatchTime.now().uptimeNanoseconds >= end }

    /// The deadline of the work in progress on this thread or task, if any.
    @TaskLocal public static var current: Deadline?

    /// True when the work in progress has a deadline and it has passed.
    public static var expired: Bool { current?.hasPassed ?? false }

    /// Runs `work` under a deadline `seconds` from now (no deadline for nil).
    public static func run<R>(seconds: Double?, _ work: () throws -> R) rethrows -> R {
        guard let seconds else { return try work() }
        return try $current.withValue(Deadline(seconds: seconds), operation: work)
    }
}
