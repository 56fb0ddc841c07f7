import Primitives

/// `pallet_balances` with subtensor's u64 balances: free balances in `System.Account`, the issuance in
/// `Balances.TotalIssuance`. An account exists while it holds at least the existential deposit.
extension RuntimeContext {
    /// 500 rao: the least an account may hold and still exist.
    static let existentialDeposit: UInt64 = 500

    func freeBalance(of account: AccountId32) throws -> UInt64 {
        try get(SystemStorage.account, account).free
    }

    /// Adds `amount` to `account`'s free balance, creating the account when it is new. The caller accounts for
    /// where the TAO came from (issuance or another account).
    /// - Throws: `Token(BelowMinimum)` when a new account would hold less than the existential deposit.
    mutating func creditFree(_ account: AccountId32, _ amount: UInt64) throws {
        var info = try get(SystemStorage.account, account)
        let isNew = info.providers == 0
        if isNew && amount < Self.existentialDeposit { throw DispatchError.token(2) }
        let (sum, overflow) = info.free.addingReportingOverflow(amount)
        if overflow { throw DispatchError.arithmetic(1) }
        info.free = sum
        if isNew {
            info.providers = 1
            deposit(.system(.newAccount(account)))
            deposit(.balances(.endowed(account: account, freeBalance: amount)))
        }
        put(SystemStorage.account, account, info)
    }

    /// Takes `amount` from `account`'s free balance. With `keepAlive`, refuses to leave less than the existential
    /// deposit; otherwise an account left below it is reaped and its dust burned.
    /// - Throws: `Token(FundsUnavailable)` when the balance is short; `Token(NotExpendable)` when `keepAlive`
    ///   forbids it.
    mutating func debitFree(_ account: AccountId32, _ amount: UInt64, keepAlive: Bool) throws {
        var info = try get(SystemStorage.account, account)
        guard info.free >= amount else { throw DispatchError.token(0) }
        info.free -= amount
        let remaining = info.free + info.reserved
        if remaining >= Self.existentialDeposit || remaining == 0 && info.providers == 0 {
            put(SystemStorage.account, account, info)
            return
        }
        if keepAlive || info.consumers > 0 { throw DispatchError.token(8) }
        if info.free > 0 {
            try burnIssuance(info.free)
            deposit(.balances(.dustLost(account: account, amount: info.free)))
        }
        SystemStorage.account.remove(account, in: &state)
        deposit(.system(.killedAccount(account)))
    }

    /// Moves `amount` of free balance from `source` to `dest`.
    mutating func transfer(from source: AccountId32, to dest: AccountId32, amount: UInt64, keepAlive: Bool) throws {
        guard source != dest, amount > 0 else {
            deposit(.balances(.transfer(from: source, to: dest, amount: amount)))
            return
        }
        try debitFree(source, amount, keepAlive: keepAlive)
        try creditFree(dest, amount)
        deposit(.balances(.transfer(from: source, to: dest, amount: amount)))
    }

    /// Removes TAO from circulation (fees, dust): both issuance counters fall.
    mutating func burnIssuance(_ amount: UInt64) throws {
        try mutate(BalancesStorage.totalIssuance) { $0 -= amount }
        try mutate(SubtensorStorage.totalIssuance) { $0 -= amount }
    }

    /// Creates TAO (the dev faucet): both issuance counters rise.
    /// - Throws: `Arithmetic(Overflow)` past `u64::MAX` rao.
    mutating func mintIssuance(_ amount: UInt64) throws {
        for counter in [BalancesStorage.totalIssuance, SubtensorStorage.totalIssuance] {
            try mutate(counter) { issuance in
                let (sum, overflow) = issuance.addingReportingOverflow(amount)
                if overflow { throw DispatchError.arithmetic(1) }
                issuance = sum
            }
        }
    }

    /// Moves free balance out of an account into subtensor's stake accounting (a pool or a lock): the TAO
    /// leaves `Balances.TotalIssuance` and joins `TotalStake`; the subtensor issuance is unchanged.
    mutating func withdrawToStake(_ account: AccountId32, _ amount: UInt64) throws {
        try debitFree(account, amount, keepAlive: true)
        try mutate(BalancesStorage.totalIssuance) { $0 -= amount }
        try mutate(SubtensorStorage.totalStake) { $0 += amount }
    }

    /// The reverse of `withdrawToStake`.
    mutating func depositFromStake(_ account: AccountId32, _ amount: UInt64) throws {
        guard amount > 0 else { return }
        try creditFree(account, amount)
        try mutate(BalancesStorage.totalIssuance) { $0 += amount }
        try mutate(SubtensorStorage.totalStake) { $0 -= amount }
    }

    mutating func dispatch(_ call: BalancesCall, origin: Origin) throws {
        switch call {
        case .transferAllowDeath(let dest, let value):
            try transfer(from: origin.signer(), to: lookup(dest), amount: value, keepAlive: false)
        case .transferKeepAlive(let dest, let value):
            try transfer(from: origin.signer(), to: lookup(dest), amount: value, keepAlive: true)
        case .transferAll(let dest, let keepAlive):
            let source = try origin.signer()
            let free = try freeBalance(of: source)
            let amount = keepAlive ? free - min(free, Self.existentialDeposit) : free
            try transfer(from: source, to: lookup(dest), amount: amount, keepAlive: keepAlive)
        case .forceSetBalance(let who, let newFree):
            try origin.ensureRoot()
            let account = try lookup(who)
            let old = try freeBalance(of: account)
            if newFree >= old {
                try creditFree(account, newFree - old)
                try mintIssuance(newFree - old)
            } else {
                try burnIssuance(old - newFree)
                try debitFree(account, old - newFree, keepAlive: false)
            }
            deposit(.balances(.balanceSet(who: account, free: newFree)))
        }
    }

    /// Resolves an address; only account ids resolve.
    func lookup(_ address: MultiAddress) throws -> AccountId32 {
        guard case .id(let account) = address else { throw DispatchError.cannotLookup }
        return account
    }
}
