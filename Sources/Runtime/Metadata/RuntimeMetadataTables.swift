import Primitives

/// What this runtime has, pallet by pallet, in the terms of its metadata: the calls it dispatches, the events it
/// emits (with subtensor's HEAD indices) and the constants it reports. `RuntimeMetadataBuilder` takes each
/// call's and event's fields from the recorded mainnet metadata by name.
enum RuntimeMetadataTables {
    /// The pallets this runtime composes, with their `construct_runtime!` indices. Swap (28) holds only
    /// `FeeRate` here.
    static let pallets: [(name: String, index: UInt8)] = [
        ("System", 0), ("Timestamp", 2), ("Aura", 3), ("Balances", 5), ("TransactionPayment", 6),
        ("SubtensorModule", 7), ("Sudo", 12), ("AdminUtils", 19), ("Swap", 28),
    ]

    /// The dispatchable calls, by pallet: index and name.
    static let calls: [String: [(index: UInt8, name: String)]] = [
        "System": [(0, "remark"), (7, "remark_with_event")],
        "Timestamp": [(0, "set")],
        "Balances": [(0, "transfer_allow_death"), (3, "transfer_keep_alive"), (4, "transfer_all"),
                     (8, "force_set_balance")],
        "SubtensorModule": [
            (0, "set_weights"), (2, "add_stake"), (3, "remove_stake"), (4, "serve_axon"), (5, "serve_prometheus"),
            (6, "register"), (7, "burned_register"), (59, "register_network"), (60, "faucet"),
            (62, "root_register"), (65, "decrease_take"), (66, "increase_take"), (83, "unstake_all"),
            (85, "move_stake"), (86, "transfer_stake"), (92, "start_call"), (96, "commit_weights"),
            (97, "reveal_weights"), (115, "commit_mechanism_weights"), (116, "reveal_mechanism_weights"),
            (119, "set_mechanism_weights"),
        ],
        "Sudo": [(0, "sudo"), (1, "sudo_unchecked_weight"), (2, "set_key")],
        "AdminUtils": Hyperparameter.allCases.map { ($0.rawValue, $0.callName) },
    ]

    /// The value argument's name of the hyperparameter setters that HEAD has and the recording predates.
    static let unrecordedSetterValueNames: [(Hyperparameter, String)] = [
        (.minNonImmuneUids, "min_non_immune_uids"), (.startCallDelay, "delay"), (.burnHalfLife, "burn_half_life"),
        (.ownerCutEnabled, "enabled"), (.maxEpochsPerBlock, "max_epochs"),
    ]

    /// The events this runtime emits, by pallet: index (subtensor at HEAD) and name.
    static let events: [String: [(index: UInt8, name: String)]] = [
        "System": [(0, "ExtrinsicSuccess"), (1, "ExtrinsicFailed"), (3, "NewAccount"), (4, "KilledAccount"),
                   (5, "Remarked")],
        "Balances": [(0, "Endowed"), (1, "DustLost"), (2, "Transfer"), (3, "BalanceSet"), (7, "Deposit"),
                     (8, "Withdraw")],
        "TransactionPayment": [(0, "TransactionFeePaid")],
        "SubtensorModule": [
            (0, "NetworkAdded"), (2, "StakeAdded"), (3, "StakeRemoved"), (4, "StakeMoved"), (5, "WeightsSet"),
            (6, "NeuronRegistered"), (9, "MaxAllowedUidsSet"), (12, "AdjustmentIntervalSet"),
            (13, "RegistrationPerIntervalSet"), (14, "MaxRegistrationsPerBlockSet"), (15, "ActivityCutoffSet"),
            (16, "RhoSet"), (17, "AlphaSigmoidSteepnessSet"), (18, "KappaSet"), (19, "MinAllowedWeightSet"),
            (22, "WeightsSetRateLimitSet"), (23, "ImmunityPeriodSet"), (24, "BondsMovingAverageSet"),
            (25, "BondsPenaltySet"), (26, "BondsResetOnSet"), (27, "MaxAllowedValidatorsSet"), (28, "AxonServed"),
            (29, "PrometheusServed"), (31, "DefaultTakeSet"), (32, "WeightsVersionKeySet"),
            (35, "ServingRateLimitSet"), (52, "TempoSet"), (56, "Faucet"), (64, "TakeDecreased"),
            (65, "TakeIncreased"), (85, "WeightsCommitted"), (86, "WeightsRevealed"), (91, "StakeTransferred"),
            (95, "FirstEmissionBlockNumberSet"),
        ],
        "Sudo": [(0, "Sudid"), (1, "KeyChanged")],
    ]

    /// The errors, by pallet, from this runtime's error tables (subtensor at HEAD).
    static let errors: [String: [(index: UInt8, name: String)]] = [
        "System": variants(of: SystemError.self),
        "Balances": variants(of: BalancesError.self),
        "SubtensorModule": variants(of: SubtensorError.self),
        "Sudo": variants(of: SudoError.self),
        "AdminUtils": variants(of: AdminUtilsError.self),
    ]

    private static func variants<E: PalletError>(of _: E.Type) -> [(index: UInt8, name: String)] {
        E.allCases.map { ($0.rawValue, $0.name) }
    }

    /// The constants, by pallet: name and SCALE value.
    static func constants(slotDurationMilliseconds: UInt64) -> [String: [(name: String, value: [UInt8])]] {
        [
            "System": [("BlockHashCount", UInt32(RuntimeContext.blockHashCount).scaleEncoded),
                       ("Version", RuntimeAPI.version.scaleEncoded),
                       ("SS58Prefix", UInt16(42).scaleEncoded)],
            "Timestamp": [("MinimumPeriod", (slotDurationMilliseconds / 2).scaleEncoded)],
            "Aura": [("SlotDuration", slotDurationMilliseconds.scaleEncoded)],
            "Balances": [("ExistentialDeposit", RuntimeContext.existentialDeposit.scaleEncoded)],
        ]
    }
}
