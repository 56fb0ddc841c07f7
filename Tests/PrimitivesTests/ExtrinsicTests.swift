import Hashing
import Keys
import Primitives
import SCALE
import TestSupport
import Testing

/// The worked examples of the project's Substrate specification (§1.5, §1.6), byte-identical with scalecodec.
@Suite("Extrinsics: era, signing payload, v4 envelope")
struct ExtrinsicTests {
    let finneyGenesis = try! H256(hex: "0x2f0555cc76fc2840a25a6ea3b9637146806f1f44b090c175ffde2a7e5ab36c03")
    let bob = try! AccountId32(ss58: "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty")

    /// `Balances.transfer_keep_alive(Bob, 1 TAO)`.
    var transferCall: [UInt8] {
        var writer = ScaleWriter()
        writer.write(bytes: [0x05, 0x03])
        writer.encode(MultiAddress.id(bob), Compact(UInt64(1_000_000_000)))
        return writer.bytes
    }

    @Test("era encodings, phases and lifetimes")
    func eras() throws {
        let era = Era.mortal(period: 128, current: 1000)
        #expect(hexString(era.scaleEncoded) == "8606")
        #expect(era == .mortal(period: 128, phase: 104))
        #expect(era.birth(current: 1000) == 1000)
        #expect(era.death(current: 1000) == 1128)
        #expect(hexString(Era.mortal(period: 100, current: 1000).scaleEncoded) == "8606")
        #expect(hexString(Era.mortal(period: 64, current: 6_852_690).scaleEncoded) == "2501")
        #expect(Era.mortal(period: 64, current: 6_852_690) == .mortal(period: 64, phase: 18))
        #expect(hexString(Era.mortal(period: 5, current: 7).scaleEncoded) == "7200")
        #expect(hexString(Era.immortal.scaleEncoded) == "00")
        for encoded in ["8606", "2501", "7200", "00"] {
            #expect(hexString(try Era(scaleEncoded: hexBytes(encoded)).scaleEncoded) == encoded)
        }
        #expect(throws: ScaleError(.invalidValue, "")) { try Era(scaleEncoded: [0xF1, 0xFF]) }
        #expect(throws: ScaleError(.truncated, "")) { try Era(scaleEncoded: [0x86]) }
    }

    @Test("ed25519-signed transfer_keep_alive is byte-identical to scalecodec's, with the same hashes")
    func ed25519Transfer() throws {
        let signer = try Keypair(seed: [UInt8](repeating: 0x11, count: 32), cryptoType: .ed25519)
        #expect(signer.ss58Address == "5Gmp1LHh81mEqwCDPP7ug46TTMXYo3ZuwVHTeNhP1Gp2jLKV")
        let extra = SignedExtra(era: .immortal, nonce: 0)
        let implicit = SignedImplicit(specVersion: 425, transactionVersion: 1, genesisHash: finneyGenesis, birthBlockHash: finneyGenesis)
        let payload = signingPayload(call: transferCall, extra: extra, implicit: implicit)
        #expect(payload.count == 116)
        let signature = signer.sign(payload)
        #expect(hexString(signature) == "c5fe94202f3551f3abc76fffbfdeff29f7d109ecdc910d726b793e43c8a76794380303e814abb75a488262b0dfcce724af23790f0f2c5a7e2b2a69b763190501")
        let extrinsic = UncheckedExtrinsic(
            signature: .init(address: .id(try AccountId32(signer.publicKey)), signature: .ed25519(signature), extra: extra),
            call: transferCall)
        #expect(extrinsic.encoded.count == 144)
        #expect(hexString(extrinsic.encoded.prefix(3)) == "390284")
        #expect(extrinsic.hash.description == "0xf5e7a7df38c195afba45ed75d843c165bcfe42aa4af7379f6117ef7cf3f701cf")
        #expect(H256.blake2(transferCall).description == "0x9949ef02d534d8afedcbf5dd14182c0eb35639c0472201aa609036cbc9d282cb")
        let decoded = try UncheckedExtrinsic(scaleEncoded: extrinsic.encoded)
        #expect(decoded == extrinsic)
    }

    @Test("sr25519-signed, mortal transfer from Alice: encoding and verification over the payload")
    func sr25519Transfer() throws {
        let alice = try Keypair(uri: "//Alice", cryptoType: .sr25519)
        let extra = SignedExtra(era: .mortal(period: 128, current: 1000), nonce: 5)
        let birthHash = H256.blake2([1, 2, 3])
        let implicit = SignedImplicit(specVersion: 425, transactionVersion: 1, genesisHash: finneyGenesis, birthBlockHash: birthHash)
        let payload = signingPayload(call: transferCall, extra: extra, implicit: implicit)
        #expect(payload.count == 117)
        let extrinsic = UncheckedExtrinsic(
            signature: .init(address: .id(try AccountId32(alice.publicKey)), signature: .sr25519(alice.sign(payload)), extra: extra),
            call: transferCall)
        let hex = hexString(extrinsic.encoded)
        #expect(hex.hasPrefix("3d028400d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d01"))
        #expect(hex.hasSuffix("86061400000503008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a4802286bee"))
        let decoded = try UncheckedExtrinsic(scaleEncoded: extrinsic.encoded)
        guard case .sr25519(let signature)? = decoded.signature?.signature else { Issue.record("not sr25519"); return }
        let decodedExtra = try #require(decoded.signature?.extra)
        #expect(try Sr25519.verify(signature: signature, message: signingPayload(call: decoded.call, extra: decodedExtra, implicit: implicit),
                                   publicKey: alice.publicKey))
    }

    @Test("payloads over 256 bytes are signed by their blake2-256 hash; 256 bytes are signed raw")
    func payloadHashing() {
        let implicit = SignedImplicit(specVersion: 425, transactionVersion: 1, genesisHash: finneyGenesis, birthBlockHash: finneyGenesis)
        let extra = SignedExtra(era: .immortal, nonce: 0)
        var remark = ScaleWriter()
        remark.write(bytes: [0x00, 0x00])
        remark.encode([UInt8](repeating: 7, count: 300))
        let full = remark.bytes + extra.scaleEncoded + implicit.scaleEncoded
        #expect(full.count == 381)
        #expect(signingPayload(call: remark.bytes, extra: extra, implicit: implicit) == Blake2b.hash256(full))
        let exact = [UInt8](repeating: 1, count: 256 - 77)
        #expect(signingPayload(call: exact, extra: extra, implicit: implicit).count == 256)
    }

    @Test("bare inherents and the spec's 144-byte transfer decode; malformed envelopes are refused")
    func decoding() throws {
        let timestamp = try UncheckedExtrinsic(scaleEncoded: hexBytes("280402000b0068e5cf8b01"))
        #expect(timestamp.signature == nil)
        #expect(hexString(timestamp.call) == "02000b0068e5cf8b01")
        let transfer = hexBytes("39028400d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d01"
            + String(repeating: "cc", count: 64) + "00140000"
            + "0503008eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a4802286bee")
        let decoded = try UncheckedExtrinsic(scaleEncoded: transfer)
        #expect(decoded.signature?.extra == SignedExtra(era: .immortal, nonce: 5))
        #expect(decoded.signature?.address == .id(try AccountId32(ss58: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")))
        #expect(decoded.call == transferCall)
        for length in 0..<transfer.count {
            #expect(throws: ScaleError.self, "length \(length)") { try UncheckedExtrinsic(scaleEncoded: transfer.prefix(length)) }
        }
        var v5 = transfer
        v5[2] = 0x85
        #expect(throws: ScaleError(.invalidTag, "")) { try UncheckedExtrinsic(scaleEncoded: v5) }
        #expect(throws: ScaleError(.trailingBytes, "")) { try UncheckedExtrinsic(scaleEncoded: transfer + [0]) }
        #expect(throws: ScaleError(.truncated, "")) { try UncheckedExtrinsic(scaleEncoded: [0x04, 0x04]) }
    }
}
