import Foundation
import LoadGeneration

/// One connection's pre-signed requests, sent in order one at a time (one request in flight per connection, as
/// `bench_axon.py --mode raw` does): first a few untimed warm-up requests, then, on a thread of its own, the timed
/// phase until a deadline or until no request is left. It times every exchange and checks every answer by byte
/// search: status 200 and `"output":<2 × input>` in the body.
///
/// The caller reads the results only after the thread has left its group, hence `@unchecked Sendable`.
final class LoadWorker: @unchecked Sendable {
    private let requests: [SignedRequest]
    private var next = 0
    /// Each timed exchange's duration, in seconds.
    private(set) var latencies: [Double] = []
    /// How many timed answers had each status.
    private(set) var statuses: [Int: Int] = [:]
    /// Timed 200 answers without the right output.
    private(set) var wrongAnswers = 0
    /// The first answer that was not a right 200, as text.
    private(set) var firstRejection: String?
    /// Whether the requests ran out before the deadline.
    private(set) var ranOut = false
    /// Why the connection stopped early (it broke).
    private(set) var failure: Failure?

    /// A worker sending `requests`.
    init(requests: [SignedRequest]) {
        self.requests = requests
        latencies.reserveCapacity(requests.count)
    }

    /// Sends the next `count` requests over `connection`, untimed.
    /// - Throws: `Failure` when one is not answered with a right 200 (with the axon's answer).
    func warmUp(_ count: Int, over connection: RawHTTPConnection) throws {
        for _ in 0..<min(count, requests.count) {
            let request = requests[next]
            next += 1
            if let problem = Self.check(try connection.exchange(request.bytes), input: request.input) {
                throw Failure("warm-up request refused: \(problem)")
            }
        }
    }

    /// Starts the timed phase over `connection` on a new thread, which leaves `group` when it ends.
    func start(over connection: RawHTTPConnection, until deadline: ContinuousClock.Instant, group: DispatchGroup) {
        group.enter()
        Thread {
            self.run(over: connection, until: deadline)
            group.leave()
        }.start()
    }

    private func run(over connection: RawHTTPConnection, until deadline: ContinuousClock.Instant) {
        while true {
            let started = ContinuousClock.now
            guard started < deadline else { return }
            guard next < requests.count else {
                ranOut = true
                return
            }
            let request = requests[next]
            next += 1
            let response: RawHTTPConnection.Response
            do {
                response = try connection.exchange(request.bytes)
            } catch {
                failure = error as? Failure ?? Failure("\(error)")
                return
            }
            latencies.append((ContinuousClock.now - started) / .seconds(1))
            statuses[response.status, default: 0] += 1
            if let problem = Self.check(response, input: request.input) {
                if response.status == 200 { wrongAnswers += 1 }
                if firstRejection == nil { firstRejection = problem }
            }
        }
    }

    /// Nil for a 200 whose body holds `"output":<2 × input>`; otherwise what was wrong, with the body's start.
    private static func check(_ response: RawHTTPConnection.Response, input: Int) -> String? {
        if response.status == 200 {
            let needle = Array("\"output\":\(2 * input)".utf8)
            if let found = response.body.offset(of: needle) {
                let end = found + needle.count
                if end == response.body.count || !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(response.body[end]) {
                    return nil
                }
            }
        }
        return "HTTP \(response.status): \(String(decoding: response.body.prefix(300), as: UTF8.self))"
    }
}
