/// A multi-epoch what-if for one subnet, as `btcli sim run --scenario FILE` reads it.
///
/// JSON shape (keys other than these are rejected; `?` marks optional keys):
///
/// ```json
/// {
///   "description"?: "free text",
///   "n": 6,
///   "names"?: ["v0", "v1", …],                // n labels for tables and charts
///   "stake_rao": [1000000000000, …],          // n initial alpha stakes, rao
///   "hyperparameters"?: { "kappa": 32767, … }, // sim_hyperparameters keys; absent: new-subnet values
///   "tempo"?: 360,
///   "activity_cutoff_blocks"?: 5000,          // default: ActivityCutoffFactorMilli 13_889 × tempo / 1000
///   "emission_rao"?: 1000000000,              // alpha distributed by each epoch, rao
///   "owner_uid"?: 0,
///   "segments": [
///     { "label"?: "attack", "epochs": 10,
///       "weights"?: { "0": [[3, 65535], [4, 32768]] },  // validator UID -> [uid, value] pairs, as set_weights
///       "stake_rao"?: { "2": 500000000000 } }           // UID -> new alpha stake, rao
///   ]
/// }
/// ```
///
/// Segments run in order. A segment's stake and weight changes apply before its first epoch and persist
/// until a later segment changes them; a validator with a non-empty weight row sets it again before every
/// epoch (so it stays active), and `[]` makes it stop.
public struct SimulationScenario: Hashable, Sendable {
    /// One stretch of epochs with the changes that start it.
    public struct Segment: Hashable, Sendable {
        /// A label for tables and charts.
        public var label: String?
        /// How many epochs the segment runs (at least 1).
        public var epochs: Int
        /// New weight rows by validator UID, as submitted to `set_weights` (max-upscaled before storing).
        public var weights: [Int: [SparseU16Entry]]
        /// New alpha stakes by UID, in rao.
        public var stakeRao: [Int: UInt64]

        /// Creates a segment.
        public init(label: String? = nil, epochs: Int, weights: [Int: [SparseU16Entry]] = [:],
                    stakeRao: [Int: UInt64] = [:]) {
            self.label = label
            self.epochs = epochs
            self.weights = weights
            self.stakeRao = stakeRao
        }
    }

    /// The most epochs one scenario may run.
    public static let maxEpochs = 10_000
    /// `ActivityCutoffFactorMilli`'s runtime default: the cutoff is this × tempo / 1000 blocks.
    public static let activityCutoffFactorMilli: UInt64 = 13_889

    /// Free text describing the scenario.
    public var description: String?
    /// The number of UIDs.
    public var n: Int
    /// A label per UID, or `nil` for `uid0`, `uid1`, ….
    public var names: [String]?
    /// The alpha stake per UID before the first segment, in rao.
    public var stakeRao: [UInt64]
    /// The epoch's hyperparameters.
    public var hyperparameters: EpochHyperparameters
    /// `Tempo`: epochs run every `tempo + 1` blocks.
    public var tempo: UInt64
    /// Blocks after which a validator that stopped setting weights is inactive.
    public var activityCutoffBlocks: UInt64
    /// Alpha distributed by each epoch, in rao.
    public var emissionRao: UInt64
    /// The subnet owner's UID.
    public var ownerUID: Int?
    /// The segments, in order.
    public var segments: [Segment]

    /// Creates a scenario; `activityCutoffBlocks` defaults to the runtime's factor applied to `tempo`.
    public init(
        description: String? = nil, n: Int, names: [String]? = nil, stakeRao: [UInt64],
        hyperparameters: EpochHyperparameters = .newSubnet, tempo: UInt64 = 360,
        activityCutoffBlocks: UInt64? = nil, emissionRao: UInt64 = 1_000_000_000, ownerUID: Int? = nil,
        segments: [Segment]
    ) {
        self.description = description
        self.n = n
        self.names = names
        self.stakeRao = stakeRao
        self.hyperparameters = hyperparameters
        self.tempo = tempo
        let (product, overflow) = Self.activityCutoffFactorMilli.multipliedReportingOverflow(by: tempo)
        self.activityCutoffBlocks = activityCutoffBlocks ?? (overflow ? .max : max(1, product / 1000))
        self.emissionRao = emissionRao
        self.ownerUID = ownerUID
        self.segments = segments
    }

    /// The label of `uid`: its name, or `uid<uid>`.
    public func name(of uid: Int) -> String { names?[uid] ?? "uid\(uid)" }

    /// The number of epochs all segments run.
    public var totalEpochs: Int { segments.reduce(0) { $0 + $1.epochs } }
}
