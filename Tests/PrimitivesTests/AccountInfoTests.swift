import Primitives
import SCALE
import TestSupport
import Testing

@Suite("AccountInfo and DispatchError encodings")
struct AccountInfoTests {
    @Test("a recorded mainnet System.Account value decodes (nonce 141, 7.45 TAO free, 0.1 TAO reserved)")
    func mainnetAccount() throws {
        let fields: [String] = [
            "8d000000", "01000000", "01000000", "00000000",
            "d0c30fbc01000000", "00e1f50500000000", "0000000000000000", String(repeating: "00", count: 15), "80",
        ]
        let bytes = hexBytes(fields.joined())
        let account = try AccountInfo(scaleEncoded: bytes)
        #expect(account == AccountInfo(nonce: 141, consumers: 1, providers: 1, free: 7_450_117_072, reserved: 100_000_000))
        #expect(account.scaleEncoded == bytes)
        #expect(AccountInfo().scaleEncoded.count == 56)
        #expect(AccountInfo().scaleEncoded.last == 0x80)
        for length in 0..<bytes.count {
            #expect(throws: ScaleError(.truncated, "")) { try AccountInfo(scaleEncoded: bytes.prefix(length)) }
        }
    }

    @Test("DispatchError variants round-trip; a module error carries pallet and error index")
    func dispatchErrors() throws {
        let all: [DispatchError] = [.other, .cannotLookup, .badOrigin, .module(pallet: 7, error: 29), .consumerRemaining,
                                    .noProviders, .tooManyConsumers, .token(0), .arithmetic(1), .transactional(1),
                                    .exhausted, .corruption, .unavailable, .rootNotAllowed]
        for error in all { #expect(try DispatchError(scaleEncoded: error.scaleEncoded) == error) }
        #expect(hexString(DispatchError.module(pallet: 7, error: 29).scaleEncoded) == "03071d000000")
        #expect(throws: ScaleError(.invalidTag, "")) { try DispatchError(scaleEncoded: [14]) }
        #expect(throws: ScaleError(.invalidTag, "")) { try DispatchError(scaleEncoded: [8, 3]) }
        #expect(throws: ScaleError(.truncated, "")) { try DispatchError(scaleEncoded: [3, 7]) }
    }
}
