/// A pallet's `Error` enum: its variants' indices are the `error[0]` byte of a `ModuleError`.
public protocol PalletError: Error, RawRepresentable, CaseIterable, Sendable where RawValue == UInt8 {
    /// The pallet's index in the runtime (`construct_runtime!`).
    static var palletIndex: UInt8 { get }
    /// The pallet's name, as metadata spells it.
    static var palletName: String { get }
}

extension PalletError {
    /// The error as a `DispatchError.module`.
    public var dispatchError: DispatchError { .module(pallet: Self.palletIndex, error: rawValue) }

    /// The variant's name as subtensor spells it (`NotEnoughBalanceToStake`).
    public var name: String {
        let swiftName = String(describing: self)
        return swiftName.prefix(1).uppercased() + swiftName.dropFirst()
    }
}

/// `frame_system`'s errors (pallet 0).
public enum SystemError: UInt8, PalletError {
    public static let palletIndex: UInt8 = 0
    public static let palletName = "System"
    case invalidSpecName = 0
    case specVersionNeedsToIncrease = 1
    case failedToExtractRuntimeVersion = 2
    case nonDefaultComposite = 3
    case nonZeroRefCount = 4
    case callFiltered = 5
    case multiBlockMigrationsOngoing = 6
    case nothingAuthorized = 7
    case unauthorized = 8
}

/// `pallet_balances`'s errors (pallet 5).
public enum BalancesError: UInt8, PalletError {
    public static let palletIndex: UInt8 = 5
    public static let palletName = "Balances"
    case vestingBalance = 0
    case liquidityRestrictions = 1
    case insufficientBalance = 2
    case existentialDeposit = 3
    case expendability = 4
    case existingVestingSchedule = 5
    case deadAccount = 6
    case tooManyReserves = 7
    case tooManyHolds = 8
    case tooManyFreezes = 9
    case issuanceDeactivated = 10
    case deltaZero = 11
}

/// `pallet_sudo`'s errors (pallet 12).
public enum SudoError: UInt8, PalletError {
    public static let palletIndex: UInt8 = 12
    public static let palletName = "Sudo"
    case requireSudo = 0
}

/// `pallet_admin_utils`'s errors (pallet 19), in the order of the recorded mainnet metadata.
public enum AdminUtilsError: UInt8, PalletError {
    public static let palletIndex: UInt8 = 19
    public static let palletName = "AdminUtils"
    case subnetDoesNotExist = 0
    case maxValidatorsLargerThanMaxUIds = 1
    case maxAllowedUIdsLessThanCurrentUIds = 2
    case bondsMovingAverageMaxReached = 3
    case negativeSigmoidSteepness = 4
    case valueNotInBounds = 5
    case minAllowedUidsGreaterThanCurrentUids = 6
    case minAllowedUidsGreaterThanMaxAllowedUids = 7
    case maxAllowedUidsLessThanMinAllowedUids = 8
    case maxAllowedUidsGreaterThanDefaultMaxAllowedUids = 9
    case invalidValue = 10
}

/// `pallet_subtensor`'s errors (pallet 7) at HEAD, from `pallets/subtensor/src/macros/errors.rs`
/// (specs/substrate.md §3.4): the index is the declaration order.
public enum SubtensorError: UInt8, PalletError {
    public static let palletIndex: UInt8 = 7
    public static let palletName = "SubtensorModule"
    case rootNetworkDoesNotExist = 0
    case invalidIpType = 1
    case invalidIpAddress = 2
    case invalidPort = 3
    case hotKeyNotRegisteredInSubNet = 4
    case hotKeyAccountNotExists = 5
    case hotKeyNotRegisteredInNetwork = 6
    case nonAssociatedColdKey = 7
    case notEnoughStake = 8
    case notEnoughStakeToWithdraw = 9
    case notEnoughStakeToSetWeights = 10
    case notEnoughStakeToSetChildkeys = 11
    case notEnoughBalanceToStake = 12
    case balanceWithdrawalError = 13
    case zeroBalanceAfterWithdrawn = 14
    case neuronNoValidatorPermit = 15
    case weightVecNotEqualSize = 16
    case duplicateUids = 17
    case uidVecContainInvalidOne = 18
    case weightVecLengthIsLow = 19
    case tooManyRegistrationsThisBlock = 20
    case hotKeyAlreadyRegisteredInSubNet = 21
    case newHotKeyIsSameWithOld = 22
    case newHotKeyNotCleanForRootSwap = 23
    case invalidWorkBlock = 24
    case invalidDifficulty = 25
    case invalidSeal = 26
    case maxWeightExceeded = 27
    case hotKeyAlreadyDelegate = 28
    case settingWeightsTooFast = 29
    case incorrectWeightVersionKey = 30
    case servingRateLimitExceeded = 31
    case uidsLengthExceedUidsInSubNet = 32
    case networkTxRateLimitExceeded = 33
    case delegateTxRateLimitExceeded = 34
    case hotKeySetTxRateLimitExceeded = 35
    case stakingRateLimitExceeded = 36
    case subNetRegistrationDisabled = 37
    case tooManyRegistrationsThisInterval = 38
    case transactorAccountShouldBeHotKey = 39
    case faucetDisabled = 40
    case notSubnetOwner = 41
    case registrationNotPermittedOnRootSubnet = 42
    case stakeTooLowForRoot = 43
    case allNetworksInImmunity = 44
    case notEnoughBalanceToPaySwapHotKey = 45
    case notRootSubnet = 46
    case canNotSetRootNetworkWeights = 47
    case noNeuronIdAvailable = 48
    case delegateTakeTooLow = 49
    case delegateTakeTooHigh = 50
    case noWeightsCommitFound = 51
    case invalidRevealCommitHashNotMatch = 52
    case commitRevealEnabled = 53
    case commitRevealDisabled = 54
    case liquidAlphaDisabled = 55
    case alphaHighTooLow = 56
    case alphaLowOutOfRange = 57
    case coldKeyAlreadyAssociated = 58
    case notEnoughBalanceToPaySwapColdKey = 59
    case invalidChild = 60
    case duplicateChild = 61
    case proportionOverflow = 62
    case tooManyChildren = 63
    case txRateLimitExceeded = 64
    case coldkeySwapAnnouncementNotFound = 65
    case coldkeySwapTooEarly = 66
    case coldkeySwapReannouncedTooEarly = 67
    case announcedColdkeyHashDoesNotMatch = 68
    case coldkeySwapAlreadyDisputed = 69
    case newColdKeyIsHotkey = 70
    case invalidChildkeyTake = 71
    case txChildkeyTakeRateLimitExceeded = 72
    case invalidIdentity = 73
    case mechanismDoesNotExist = 74
    case stakeUnavailable = 75
    case subnetNotExists = 76
    case tooManyUnrevealedCommits = 77
    case expiredWeightCommit = 78
    case revealTooEarly = 79
    case inputLengthsUnequal = 80
    case committingWeightsTooFast = 81
    case amountTooLow = 82
    case insufficientLiquidity = 83
    case slippageTooHigh = 84
    case transferDisallowed = 85
    case activityCutoffTooLow = 86
    case callDisabled = 87
    case firstEmissionBlockNumberAlreadySet = 88
    case needWaitingMoreBlocksToStarCall = 89
    case notEnoughAlphaOutToRecycle = 90
    case cannotBurnOrRecycleOnRootSubnet = 91
    case unableToRecoverPublicKey = 92
    case invalidRecoveredPublicKey = 93
    case subtokenDisabled = 94
    case hotKeySwapOnSubnetIntervalNotPassed = 95
    case sameNetuid = 96
    case insufficientBalance = 97
    case invalidLeaseBeneficiary = 98
    case leaseCannotEndInThePast = 99
    case leaseNetuidNotFound = 100
    case leaseDoesNotExist = 101
    case leaseHasNoEndBlock = 102
    case leaseHasNotEnded = 103
    case overflow = 104
    case beneficiaryDoesNotOwnHotkey = 105
    case expectedBeneficiaryOrigin = 106
    case adminActionProhibitedDuringWeightsWindow = 107
    case symbolDoesNotExist = 108
    case symbolAlreadyInUse = 109
    case incorrectCommitRevealVersion = 110
    case invalidRevealRound = 111
    case revealPeriodTooLarge = 112
    case revealPeriodTooSmall = 113
    case invalidValue = 114
    case subnetLimitReached = 115
    case cannotAffordLockCost = 116
    case evmKeyAssociateRateLimitExceeded = 117
    case sameAutoStakeHotkeyAlreadySet = 118
    case uidMapCouldNotBeCleared = 119
    case trimmingWouldExceedMaxImmunePercentage = 120
    case childParentInconsistency = 121
    case invalidNumRootClaim = 122
    case invalidRootClaimThreshold = 123
    case invalidSubnetNumber = 124
    case tooManyUIDsPerMechanism = 125
    case votingPowerTrackingNotEnabled = 126
    case invalidVotingPowerEmaAlpha = 127
    case deprecated = 128
    case addStakeBurnRateLimitExceeded = 129
    case coldkeySwapAnnounced = 130
    case coldkeySwapDisputed = 131
    case coldkeySwapClearTooEarly = 132
    case disabledTemporarily = 133
    case registrationPriceLimitExceeded = 134
    case lockHotkeyMismatch = 135
    case insufficientStakeForLock = 136
    case noExistingLock = 137
    case activeLockExists = 138
    case cannotUseSystemAccount = 139
    case unlockAmountTooHigh = 140
    case tempoOutOfBounds = 141
    case activityCutoffFactorMilliOutOfBounds = 142
    case epochTriggerAlreadyPending = 143
    case autoEpochAlreadyImminent = 144
    case dynamicTempoBlockedByCommitReveal = 145
    case accountRejectsLockedAlpha = 146
}

extension DispatchError {
    /// A readable name: `SubtensorModule.NotEnoughBalanceToStake` for a known pallet error, else the variant.
    public var name: String {
        switch self {
        case .module(let pallet, let error):
            if let known = Self.moduleErrorName(pallet: pallet, error: error) { return known }
            return "Module(\(pallet), \(error))"
        case .token(let kind): return "Token(\(kind))"
        case .arithmetic(let kind): return "Arithmetic(\(kind))"
        case .transactional(let kind): return "Transactional(\(kind))"
        default:
            let swiftName = String(describing: self)
            return swiftName.prefix(1).uppercased() + swiftName.dropFirst()
        }
    }

    private static func moduleErrorName(pallet: UInt8, error: UInt8) -> String? {
        func lookup<E: PalletError>(_ type: E.Type) -> String? {
            E(rawValue: error).map { "\(E.palletName).\($0.name)" }
        }
        switch pallet {
        case SystemError.palletIndex: return lookup(SystemError.self)
        case BalancesError.palletIndex: return lookup(BalancesError.self)
        case SubtensorError.palletIndex: return lookup(SubtensorError.self)
        case SudoError.palletIndex: return lookup(SudoError.self)
        case AdminUtilsError.palletIndex: return lookup(AdminUtilsError.self)
        default: return nil
        }
    }
}
