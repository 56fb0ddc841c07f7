import AsyncHTTPClient
import Foundation
import NIOCore

/// The reference validator's scores, polled every two seconds.
extension NetworkMonitor {
    func pollScores() async {
        guard let scoresURL else { return }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        while !Task.isCancelled {
            do {
                let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: scoresURL), timeout: .seconds(3))
                guard response.status == .ok else { throw ScoresError("\(scoresURL) answered \(response.status)") }
                let body = try await response.body.collect(upTo: 4 << 20)
                let scores: ValidatorScores
                do {
                    scores = try decoder.decode(ValidatorScores.self, from: Data(body.readableBytesView))
                } catch let error as DecodingError {
                    throw ScoresError("\(scoresURL) did not answer with a validator's scores: \(ScoresError.describe(error))")
                }
                if snapshot.scoresProblem != nil || snapshot.scores.latest != scores {
                    changed {
                        $0.scores.record(scores)
                        $0.scoresProblem = nil
                    }
                }
            } catch {
                let reason = "the reference validator's scores could not be read: \(error)"
                if snapshot.scoresProblem != reason { changed { $0.scoresProblem = reason } }
            }
            try? await Task.sleep(for: .seconds(2))
        }
    }
}
