import Primitives
@testable import Runtime
import Testing

/// The TAO and alpha accounting invariants, checked exactly:
///
/// * every rao of TAO sits in an account (free or reserved) or in a subnet pool (`SubnetTAO`; network locks and
///   registration burns are pool TAO): `Σ accounts + Σ SubnetTAO == SubtensorModule.TotalIssuance`;
/// * `Σ accounts == Balances.TotalIssuance` and `Σ SubnetTAO == TotalStake`;
/// * per subnet, the alpha outstanding is held by hotkeys, waiting for the next epoch or bought by the protocol:
///   `Σ TotalHotkeyAlpha + pending (server, validator, root, owner cut) + SubnetProtocolAlpha == SubnetAlphaOut`.
///
/// Fees, reaped dust and faucet mints move the issuance; tests that track them check the issuance itself.
enum ConservationCheck {
    static func verify(_ state: StorageState, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let accounts = try SystemStorage.account.entries(in: state)
        let held = accounts.reduce(UInt128(0)) { $0 + UInt128($1.value.free) + UInt128($1.value.reserved) }
        let subnets = try SubtensorStorage.networksAdded.entries(in: state).filter(\.value).map(\.key)
        let pooled = try subnets.reduce(UInt128(0)) { $0 + UInt128(try SubtensorStorage.subnetTAO.value($1, in: state)) }
        #expect(held == UInt128(try state.balancesIssuance()), "accounts vs Balances.TotalIssuance",
                sourceLocation: sourceLocation)
        #expect(pooled == UInt128(try state.totalStake()), "pools vs TotalStake", sourceLocation: sourceLocation)
        #expect(held + pooled == UInt128(try state.subtensorIssuance()), "TAO vs SubtensorModule.TotalIssuance",
                sourceLocation: sourceLocation)
        var hotkeyAlpha: [UInt16: UInt128] = [:]
        for prefixKey in state.keys(withPrefix: SubtensorStorage.totalHotkeyAlpha.prefix) {
            let netuid = UInt16(prefixKey[prefixKey.count - 2]) | UInt16(prefixKey[prefixKey.count - 1]) << 8
            hotkeyAlpha[netuid, default: 0] += UInt128(try UInt64(scaleEncoded: state.value(forKey: prefixKey)!))
        }
        for netuid in subnets {
            let outstanding = UInt128(try SubtensorStorage.subnetAlphaOut.value(netuid, in: state))
            let pending = try [SubtensorStorage.pendingServerEmission, SubtensorStorage.pendingValidatorEmission,
                               SubtensorStorage.pendingRootAlphaDivs, SubtensorStorage.pendingOwnerCut,
                               SubtensorStorage.subnetProtocolAlpha]
                .reduce(UInt128(0)) { $0 + UInt128(try $1.value(netuid, in: state)) }
            #expect(hotkeyAlpha[netuid, default: 0] + pending == outstanding, "alpha of subnet \(netuid)",
                    sourceLocation: sourceLocation)
        }
    }
}
