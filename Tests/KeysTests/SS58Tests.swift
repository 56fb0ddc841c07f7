import Keys
import TestSupport
import Testing

private let vectors = Fixtures.crypto.ss58

@Suite("SS58 addresses")
struct SS58Tests {
    @Test("Alice's key under every identifier", arguments: vectors.vectors)
    func encode(_ vector: CryptoVectors.SS58.Vector) throws {
        let key = hexBytes(vectors.public)
        #expect(SS58.encode(publicKey: key, prefix: UInt16(vector.prefix)) == vector.address)
        let decoded = try SS58.decode(vector.address)
        #expect(decoded.publicKey == key)
        #expect(decoded.prefix == UInt16(vector.prefix))
    }

    @Test("invalid addresses give the named error", arguments: vectors.invalid)
    func invalid(_ vector: CryptoVectors.SS58.Invalid) {
        do {
            _ = try SS58.decode(vector.address)
            Issue.record("\(vector.address) decoded")
        } catch let error as KeyError {
            #expect(error.code == .invalidAddress)
            let expectedName = String(vector.error.prefix { $0 != " " })
            #expect(error.reason.hasPrefix(expectedName), "\(error.reason) vs \(vector.error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("empty and reserved addresses are rejected")
    func edgeCases() {
        #expect(throws: KeyError(.invalidAddress, "")) { try SS58.decode("") }
        let reserved = SS58.encode(publicKey: [UInt8](repeating: 7, count: 32), prefix: 46)
        #expect(throws: KeyError(.invalidAddress, "")) { try SS58.decode(reserved) }
    }
}
