import Foundation

/// Every process the local network started, so that Ctrl-C (SIGINT), SIGTERM and SIGHUP, and a normal end, stop
/// them all: neurons first, the node last.
final class ChildRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var children: [ChildProcess] = []
    private var signalSources: [DispatchSourceSignal] = []

    /// Starts watching for the stop signals.
    init() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [self] in
                FileHandle.standardError.write(Data("\nlocalnet: stopping every process it started\n".utf8))
                stopAll()
                exit(128 + signalNumber)
            }
            source.resume()
            signalSources.append(source)
        }
    }

    /// Remembers `child`.
    func add(_ child: ChildProcess) {
        lock.withLock { children.append(child) }
    }

    /// Forgets `child` (after it was stopped on purpose).
    func remove(_ child: ChildProcess) {
        lock.withLock { children.removeAll { $0 === child } }
    }

    /// The children that exited though nobody stopped them.
    var exited: [ChildProcess] { lock.withLock { children.filter { !$0.isRunning } } }

    /// Stops every child, the most recently started first.
    func stopAll() {
        let all = lock.withLock { children }
        for child in all.reversed() { child.stop() }
    }
}
