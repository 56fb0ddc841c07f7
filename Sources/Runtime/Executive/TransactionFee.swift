import Primitives

/// The fee every signed extrinsic pays, whether its call succeeds or fails:
///
///     fee = (ExtrinsicBaseWeight + weight(call)) / 2_000  +  encoded length in bytes  +  tip      (rao)
///
/// The weight term is subtensor's linear `WeightToFee` (0.0005 rao per picosecond of reference time) and the
/// length term its identity `LengthToFee` (1 rao per byte). The call weights are a flat table per call kind,
/// not benchmarks. The fee is burned: it leaves both issuance counters.
///
/// Calls subtensor declares `Pays::No` (setting, committing and revealing weights, serving an axon or a
/// Prometheus endpoint, proof-of-work registration and the faucet) cost only their tip, so a hotkey with no TAO
/// can validate and serve.
public enum TransactionFee {
    /// `ExtrinsicBaseWeight`, in picoseconds.
    public static let baseWeight: UInt64 = 125_000_000
    /// Picoseconds of weight per rao of fee.
    public static let weightPerRao: UInt64 = 2_000

    /// The reference-time weight of `call`.
    public static func weight(of call: RuntimeCall) -> UInt64 {
        switch call {
        case .system, .timestamp: 5_000_000
        case .balances: 160_000_000
        case .sudo(.sudo(let inner)), .sudo(.sudoUncheckedWeight(let inner, _, _)): 20_000_000 + weight(of: inner)
        case .sudo(.setKey): 20_000_000
        case .adminUtils: 40_000_000
        case .subtensor(let call):
            switch call {
            case .setWeights, .setMechanismWeights, .revealWeights, .revealMechanismWeights: 250_000_000
            case .commitWeights, .commitMechanismWeights: 100_000_000
            case .addStake, .removeStake, .moveStake, .transferStake, .unstakeAll: 300_000_000
            case .burnedRegister, .register, .rootRegister: 400_000_000
            case .registerNetwork: 500_000_000
            case .serveAxon, .servePrometheus: 60_000_000
            case .startCall, .increaseTake, .decreaseTake, .faucet: 50_000_000
            }
        }
    }

    /// Whether `call` pays a fee (subtensor's `Pays::Yes`).
    public static func paysFee(_ call: RuntimeCall) -> Bool {
        switch call {
        case .subtensor(.setWeights), .subtensor(.setMechanismWeights), .subtensor(.commitWeights),
             .subtensor(.commitMechanismWeights), .subtensor(.revealWeights), .subtensor(.revealMechanismWeights),
             .subtensor(.serveAxon), .subtensor(.servePrometheus), .subtensor(.register), .subtensor(.faucet):
            false
        default: true
        }
    }

    /// The fee, tip excluded, for `call` in an extrinsic of `length` bytes: zero for calls that do not pay.
    public static func partialFee(call: RuntimeCall, length: Int) -> UInt64 {
        paysFee(call) ? (baseWeight + weight(of: call)) / weightPerRao + UInt64(length) : 0
    }
}
