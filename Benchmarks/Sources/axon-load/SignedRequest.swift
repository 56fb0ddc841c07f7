import Foundation
import Hashing
import Keys
import Neurons

/// One request signed before the clock starts: the whole HTTP/1.1 request as our `Dendrite` sends it, and the
/// input whose double the axon must answer.
struct SignedRequest: Sendable {
    /// The request's bytes.
    let bytes: [UInt8]
    /// `Dummy.input`.
    let input: Int

    /// The requests of one connection: `count` calls of `Dummy(input: i mod 1000)` to `axon`, signed by `keypair`
    /// with the connection's own `uuid` and the nonces `firstNonce`, `firstNonce + 1`, …, so that the axon sees one
    /// strictly increasing nonce sequence per (hotkey, uuid) key (specs/wire.md §1.6).
    ///
    /// The headers, body and signed message come from `SynapseMessage` as the `Dendrite` builds them
    /// (specs/wire.md §1.5).
    /// - Throws: what `SynapseMessage` throws for an unencodable synapse.
    static func connection(count: Int, uuid: String, firstNonce: Int, keypair: Keypair, axon: AxonTarget) throws
        -> [SignedRequest] {
        let hotkey = keypair.ss58Address
        let head = "POST /\(Dummy.name) HTTP/1.1\r\nHost: \(axon.ip):\(axon.port)\r\n"
        return try (0..<count).map { index in
            let input = index % 1000
            let nonce = firstNonce + index
            var message = SynapseMessage(Dummy(input: input), timeout: 12,
                                         axon: TerminalInfo(ip: axon.ip, port: axon.port, hotkey: axon.hotkey))
            message.dendrite = TerminalInfo(ip: "127.0.0.1", version: Dendrite.version, nonce: nonce, uuid: uuid,
                                            hotkey: hotkey)
            let signed = SynapseMessage<Dummy>.signedMessage(nonce: nonce, dendriteHotkey: hotkey, axonHotkey: axon.hotkey,
                                                             uuid: uuid, bodyHash: try message.bodyHash())
            message.dendrite.signature = Hex.encode(keypair.sign(Array(signed.utf8)), prefixed: true)
            let body = try message.body().json
            var text = head
            for header in try message.headers() { text += "\(header.name): \(header.value)\r\n" }
            text += "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body
            return SignedRequest(bytes: Array(text.utf8), input: input)
        }
    }
}
