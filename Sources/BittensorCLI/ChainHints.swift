/// What to do about the chain errors people meet most, keyed by the error's variant name.
enum ChainHints {
    /// A hint for `name` (`SettingWeightsTooFast`), or nil when there is none.
    static func hint(for name: String) -> String? {
        switch name {
        case "SettingWeightsTooFast": "this hotkey set weights too recently; wait for the subnet's weights rate limit"
        case "NotEnoughBalanceToStake", "InsufficientBalance", "CannotAffordLockCost", "FundsUnavailable":
            "the coldkey's free balance is too low; check `btcli wallet balance` and fund it"
        case "HotKeyNotRegisteredInSubNet", "HotKeyNotRegisteredInNetwork":
            "register the hotkey on the subnet first: `btcli subnets register --netuid N`"
        case "HotKeyAccountNotExists": "the hotkey is not registered anywhere; `btcli subnets register` it first"
        case "HotKeyAlreadyRegisteredInSubNet": "this hotkey is already registered on the subnet; nothing to do"
        case "NeuronNoValidatorPermit":
            "this neuron has no validator permit yet: permits go to the top-staked neurons at the subnet's next epoch"
        case "SubnetNotExists", "SubNetworkDoesNotExist", "MechanismDoesNotExist":
            "no such subnet; see `btcli subnets list`"
        case "SubtokenDisabled": "the subnet is not started yet: its owner runs `btcli subnets start --netuid N`"
        case "FirstEmissionBlockNumberAlreadySet": "the subnet is already started"
        case "NeedWaitingMoreBlocksToStarCall": "the subnet is too young to start; wait for the start-call delay"
        case "CommitRevealEnabled": "this subnet uses commit-reveal; commit weights instead of setting them"
        case "NotSubnetOwner": "only the subnet owner's coldkey may do this"
        case "TooManyRegistrationsThisBlock", "TooManyRegistrationsThisInterval":
            "the subnet's registration limit is reached; retry in a later block"
        case "NotEnoughStakeToWithdraw": "the hotkey holds less stake from this coldkey than that; see `btcli stake list`"
        case "NotEnoughStakeToSetWeights": "the hotkey's stake is below the chain's weights threshold; add stake"
        case "AmountTooLow": "the amount is below the chain's minimum"
        case "UidVecContainInvalidOne", "UidsLengthExceedUidsInSubNet":
            "a uid is not registered on the subnet; see `btcli subnets metagraph`"
        case "WeightVecLengthIsLow": "too few weights: the subnet's min_allowed_weights is higher"
        case "ServingRateLimitExceeded": "this hotkey served an axon too recently; wait for the serving rate limit"
        case "FaucetDisabled": "the faucet exists only on dev chains"
        case "RequireSudo", "BadOrigin": "only the chain's sudo key (Alice on the dev chain) may do this"
        default: nil
        }
    }

    /// The hint for a transaction the pool refused, from Substrate's invalid-transaction text.
    static func rejectionHint(_ reason: String) -> String? {
        if reason.contains("pay some fees") { return "the signing account cannot pay the fee; fund it first" }
        if reason.contains("outdated") || reason.contains("future") {
            return "the nonce is out of step (another transaction from this account?); retry"
        }
        if reason.contains("bad signature") { return "the node's chain differs from the one signed for; check --subtensor.network" }
        return nil
    }
}
