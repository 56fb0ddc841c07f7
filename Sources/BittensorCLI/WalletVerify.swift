import ArgumentParser
import Hashing
import Keys

/// `btcli wallet verify`: checks a signature. Exit status 0 when valid, 1 when invalid, 2 for malformed input.
struct WalletVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a signature (exit 0 valid, 1 invalid, 2 malformed input).")

    @OptionGroup var output: OutputOptions
    @Option(name: .customLong("message"), help: "The message: UTF-8 text, or bytes when it starts with 0x.")
    var message: String
    @Option(name: .customLong("signature"), help: "The 64-byte signature as 0x hex.") var signature: String
    @Option(name: [.customLong("address"), .customLong("ss58")], help: "The signer's SS58 address or 0x public key.")
    var address: String
    @OptionGroup var cryptoOption: CryptoTypeOption

    /// Exit status for input that cannot be checked at all.
    static let malformedExitCode = ExitCode(2)

    func run() throws {
        let publicKey: [UInt8]
        let signatureBytes: [UInt8]
        let messageData: [UInt8]
        do {
            publicKey = try parsePublicKey(address)
            guard let bytes = try? Hex.decode(signature), bytes.count == 64 else {
                throw CLIError("--signature must be 64 bytes of hex, got '\(signature)'")
            }
            signatureBytes = bytes
            messageData = try messageBytes(message)
        } catch {
            Output.error("malformed input: \(error)")
            throw Self.malformedExitCode
        }
        let valid = Keypair.verifyBittensorMessage(
            signature: signatureBytes, message: messageData, publicKey: publicKey, cryptoType: cryptoOption.cryptoType)
        if output.json {
            Output.json(["valid": valid, "ss58Address": SS58.encode(publicKey: publicKey), "cryptoType": cryptoOption.cryptoType.description])
        } else {
            print(valid ? "Signature is valid" : "Signature is INVALID")
        }
        if !valid { throw ExitCode.failure }
    }

    private func parsePublicKey(_ text: String) throws -> [UInt8] {
        if text.hasPrefix("0x") {
            guard let bytes = try? Hex.decode(text), bytes.count == 32 else {
                throw CLIError("--address 0x… must be a 32-byte public key")
            }
            return bytes
        }
        return try SS58.decode(text).publicKey
    }
}
