import FixedPoint
import Primitives

/// The coinbase's per-block half (specs/chain.md §2.2–§2.5, §2.8): mint the block emission, share it among the
/// emitting subnets by moving price, inject TAO and alpha into their pools under the root-proportion cap, buy
/// alpha for the protocol with the TAO the cap kept out, and set aside each subnet's alpha for its owner, miners,
/// validators and root stakers until its next epoch.
///
/// Every rao minted is accounted for: TAO enters `SubnetTAO`, `TotalStake` and `TotalIssuance` together, and
/// alpha enters `SubnetAlphaOut` only as the sum of what was set aside (the fractional dust of the fixed-point
/// split is never minted), so `SubnetAlphaOut` is always the alpha held by hotkeys, pending or bought by the
/// protocol.
extension RuntimeContext {
    /// The half used by the participant split.
    private static let half = U96F32(bits: 1 << 31)

    mutating func runCoinbase(_ netuids: [UInt16]) throws -> [UInt16] {
        let emission = blockEmission(forIssuance: try get(SubtensorStorage.totalIssuance)) ?? 0
        put(SubtensorStorage.blockEmission, emission)
        let emitting = try netuids.filter(isEmitting)
        let prices = try emitting.map(movingPrice)
        let priceSum = prices.reduce(U64F64.zero) { $0.saturatingAdd($1) }
        let rootSells = priceSum > .one
        for (netuid, price) in zip(emitting, prices) {
            let share = price.safeDiv(priceSum)
            let taoEmission = U96F32(saturating: U64F64(saturating: emission).saturatingMul(share))
            try emit(to: netuid, taoEmission: taoEmission, rootSells: rootSells)
        }
        return emitting
    }

    /// `get_subnets_to_emit_to`: started (`start_call`), subtoken enabled and registration allowed.
    private func isEmitting(_ netuid: UInt16) throws -> Bool {
        try find(SubtensorStorage.firstEmissionBlockNumber, netuid) != nil
            && get(SubtensorStorage.subtokenEnabled, netuid)
            && get(SubtensorStorage.networkRegistrationAllowed, netuid)
    }

    /// `get_moving_alpha_price`: 1.0 for stable subnets, else `SubnetMovingPrice`.
    func movingPrice(_ netuid: UInt16) throws -> U64F64 {
        guard try get(SubtensorStorage.subnetMechanism, netuid) != 0 else { return .one }
        return U64F64(saturating: I96F32(bits: try get(SubtensorStorage.subnetMovingPrice, netuid)))
    }

    /// `get_subnet_terms` and `inject_and_maybe_swap` for one subnet, then its participant alpha.
    private mutating func emit(to netuid: UInt16, taoEmission: U96F32, rootSells: Bool) throws {
        let alphaIssuance = try get(SubtensorStorage.subnetAlphaIn, netuid)
            .addingClamped(try get(SubtensorStorage.subnetAlphaOut, netuid))
        let alphaEmission = U96F32(saturating: blockEmission(forIssuance: alphaIssuance) ?? 0)
        let price = U96F32(saturating: U64F64(bits: try pool(netuid).priceBits))
        let rootProp = try rootProportion(alphaIssuance: alphaIssuance)
        put(SubtensorStorage.rootProp, netuid, rootProp.bits)

        var alphaIn = taoEmission.safeDiv(price)
        var taoIn = taoEmission
        let cap = rootProp.saturatingMul(alphaEmission)
        if alphaIn > cap {
            alphaIn = cap
            taoIn = alphaIn.saturatingMul(price)
        }
        let excessTao = taoEmission.saturatingSub(taoIn)
        try inject(netuid, tao: taoIn.saturatingInteger(UInt64.self), alpha: alphaIn.saturatingInteger(UInt64.self))
        try buyProtocolAlpha(netuid, tao: excessTao.saturatingInteger(UInt64.self))
        try setAsideParticipantAlpha(netuid, alphaOut: alphaEmission, rootProp: rootProp, rootSells: rootSells)
    }

    /// `tw · SubnetTAO[0] / (tw · SubnetTAO[0] + alpha issuance)` with `tw = TaoWeight / u64::MAX` (U96F32).
    private func rootProportion(alphaIssuance: UInt64) throws -> U96F32 {
        let rootTao = U96F32(saturating: try get(SubtensorStorage.subnetTAO, 0))
        let weightedRoot = rootTao.saturatingMul(try taoWeight())
        return weightedRoot.safeDiv(weightedRoot.saturatingAdd(U96F32(saturating: alphaIssuance)))
    }

    /// `TaoWeight` as a fraction of `u64::MAX`.
    func taoWeight() throws -> U96F32 {
        U96F32(saturating: try get(SubtensorStorage.taoWeight)).safeDiv(U96F32(saturating: UInt64.max))
    }

    /// Mints `tao` into the pool's TAO reserve and `alpha` into its alpha reserve.
    private mutating func inject(_ netuid: UInt16, tao: UInt64, alpha: UInt64) throws {
        try mintStakedTao(netuid, tao)
        try mutate(SubtensorStorage.subnetAlphaIn, netuid) { $0 = $0.addingClamped(alpha) }
        put(SubtensorStorage.subnetTaoInEmission, netuid, tao)
        put(SubtensorStorage.subnetAlphaInEmission, netuid, alpha)
    }

    private mutating func mintStakedTao(_ netuid: UInt16, _ tao: UInt64) throws {
        try mutate(SubtensorStorage.subnetTAO, netuid) { $0 += tao }
        try mutate(SubtensorStorage.totalStake) { $0 += tao }
        try mutate(SubtensorStorage.totalIssuance) { $0 += tao }
    }

    /// The "chain buy": TAO emission kept out of the pool by the cap buys alpha (without a fee) for the protocol.
    /// When the pool is too shallow for the swap, the TAO is not minted.
    private mutating func buyProtocolAlpha(_ netuid: UInt16, tao: UInt64) throws {
        guard tao > 0 else { return }
        var pool = try pool(netuid)
        pool.feeRate = 0
        guard let swap = try? pool.quoteTaoForAlpha(tao) else { return }
        try mintStakedTao(netuid, tao)
        if !pool.isStable { try mutate(SubtensorStorage.subnetAlphaIn, netuid) { $0 -= swap.amountOut } }
        try mutate(SubtensorStorage.subnetAlphaOut, netuid) { $0 += swap.amountOut }
        try mutate(SubtensorStorage.subnetProtocolAlpha, netuid) { $0 += swap.amountOut }
    }

    /// `emit_to_subnets`: the owner cut, then half to miners and the rest to validators less the root stakers'
    /// part, which is kept only while the emitting subnets' moving prices sum above 1.
    private mutating func setAsideParticipantAlpha(_ netuid: UInt16, alphaOut: U96F32, rootProp: U96F32,
                                                   rootSells: Bool) throws {
        let cutFraction = U96F32(saturating: try get(SubtensorStorage.subnetOwnerCut)).safeDiv(U96F32(saturating: 65535))
        let ownerCut = alphaOut.saturatingMul(cutFraction)
        let participants = alphaOut.saturatingSub(ownerCut)
        let rootAlpha = rootProp.saturatingMul(participants).saturatingMul(Self.half)
        let server = participants.saturatingMul(Self.half)
        let validator = participants.saturatingSub(server).saturatingSub(rootAlpha)
        let parts: [(StorageMap<UInt16, UInt64>, U96F32)] = [
            (SubtensorStorage.pendingOwnerCut, ownerCut),
            (SubtensorStorage.pendingServerEmission, server),
            (SubtensorStorage.pendingValidatorEmission, validator),
            (SubtensorStorage.pendingRootAlphaDivs, rootSells ? rootAlpha : .zero),
        ]
        var minted: UInt64 = 0
        for (pending, amount) in parts {
            let rao = amount.saturatingInteger(UInt64.self)
            try mutate(pending, netuid) { $0 += rao }
            minted += rao
        }
        try mutate(SubtensorStorage.subnetAlphaOut, netuid) { $0 += minted }
        put(SubtensorStorage.subnetAlphaOutEmission, netuid, alphaOut.saturatingInteger(UInt64.self))
    }

    /// `update_moving_price`: an EMA of the spot price capped at 1.0, whose weight grows from 0 towards
    /// `SubnetMovingAlpha` with the blocks since the subnet started emitting.
    mutating func updateMovingPrice(_ netuid: UInt16) throws {
        let start = try find(SubtensorStorage.firstEmissionBlockNumber, netuid) ?? 0
        let blocks = U64F64(saturating: blockNumber.subtractingClamped(start.subtractingClamped(1)))
        let halving = U64F64(saturating: try get(SubtensorStorage.emaPriceHalvingBlocks, netuid))
        let movingAlpha = U64F64(saturating: I96F32(bits: try get(SubtensorStorage.subnetMovingAlpha)))
        let alpha = movingAlpha.saturatingMul(blocks.safeDiv(blocks.saturatingAdd(halving)))
        let spot = min(U64F64(bits: try pool(netuid).priceBits), .one)
        let previous = U64F64(saturating: I96F32(bits: try get(SubtensorStorage.subnetMovingPrice, netuid)))
        let next = alpha.saturatingMul(spot).saturatingAdd(U64F64.one.saturatingSub(alpha).saturatingMul(previous))
        put(SubtensorStorage.subnetMovingPrice, netuid, I96F32(saturating: next).bits)
    }
}
