/// Why a neural-model checkpoint cannot be read.
public enum NeuralCheckpointError: Error, CustomStringConvertible, Equatable {
    /// The file does not start with the neural checkpoint magic.
    case notANeuralCheckpoint
    /// The file is in a format version this program does not read.
    case unsupportedFormat(version: UInt8)
    /// The file ends before the checkpoint does.
    case truncated
    /// The file goes on after the checkpoint's checksum.
    case trailingBytes(count: Int)
    /// The stored configuration describes no model this program can build.
    case invalidConfiguration(reason: String)
    /// The stored parameter count does not match the stored configuration.
    case parameterCountMismatch(expected: Int, stored: UInt64)
    /// The checksum over the file does not match the one stored at its end: the file is damaged.
    case checksumMismatch
    /// A stored parameter is infinite or not a number.
    case nonFiniteParameter(index: Int)

    /// What is wrong, for people.
    public var description: String {
        switch self {
        case .notANeuralCheckpoint: "not a neural-model checkpoint"
        case .unsupportedFormat(let version):
            "checkpoint format \(version) is \(version > NeuralModel.checkpointFormatVersion ? "newer" : "older") "
                + "than this program's \(NeuralModel.checkpointFormatVersion)"
        case .truncated: "the checkpoint is cut short"
        case .trailingBytes(let count): "\(count) trailing bytes after the checkpoint"
        case .invalidConfiguration(let reason): "invalid configuration: \(reason)"
        case .parameterCountMismatch(let expected, let stored):
            "the checkpoint stores \(stored) parameters where its configuration has \(expected)"
        case .checksumMismatch: "the checkpoint's checksum does not match its contents"
        case .nonFiniteParameter(let index): "parameter \(index) is not a finite number"
        }
    }
}
