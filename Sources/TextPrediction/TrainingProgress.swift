import Foundation

/// How far a model's training has come, reported as it goes: bytes seen, time spent, the recent training loss
/// (for models that have one) and the fraction done, from which the rate and the time left follow.
public struct TrainingProgress: Sendable, Equatable {
    /// Training bytes processed so far (counting repeats over several passes).
    public var bytesSeen: Int
    /// Seconds spent so far.
    public var elapsedSeconds: Double
    /// The fraction of the planned training done, 0…1.
    public var fraction: Double
    /// Cross-entropy on recent training bytes, in bits per byte; nil for models trained by counting.
    public var lossBitsPerByte: Double?

    /// A report.
    public init(bytesSeen: Int, elapsedSeconds: Double, fraction: Double, lossBitsPerByte: Double? = nil) {
        (self.bytesSeen, self.elapsedSeconds) = (bytesSeen, elapsedSeconds)
        (self.fraction, self.lossBitsPerByte) = (min(max(fraction, 0), 1), lossBitsPerByte)
    }

    /// Training bytes per second so far.
    public var bytesPerSecond: Double { elapsedSeconds > 0 ? Double(bytesSeen) / elapsedSeconds : 0 }

    /// Seconds left at the rate so far; nil before anything is done.
    public var estimatedSecondsLeft: Double? {
        fraction > 0 ? elapsedSeconds * (1 - fraction) / fraction : nil
    }

    /// One terminal line: `train  42.0%  loss 2.71 bits/byte  118.3 kB/s  ETA 1m 12s`.
    public var line: String {
        var parts = [String(format: "train %5.1f%%", fraction * 100)]
        if let lossBitsPerByte { parts.append(String(format: "loss %.3f bits/byte", lossBitsPerByte)) }
        parts.append(String(format: "%.1f kB/s", bytesPerSecond / 1000))
        if let left = estimatedSecondsLeft {
            let seconds = Int(left.rounded())
            parts.append(seconds >= 60 ? "ETA \(seconds / 60)m \(seconds % 60)s" : "ETA \(seconds)s")
        } else {
            parts.append("ETA –")
        }
        return parts.joined(separator: "  ")
    }
}
