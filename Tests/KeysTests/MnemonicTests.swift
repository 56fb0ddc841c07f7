import Crypto
@testable import Keys
import TestSupport
import Testing

private let vectors = Fixtures.crypto.bip39_substrate

@Suite("substrate-bip39 mnemonics")
struct MnemonicTests {
    @Test("the embedded word list is BIP39's english.txt")
    func wordList() {
        let text = BIP39EnglishWords.all.joined(separator: "\n") + "\n"
        #expect(BIP39EnglishWords.all.count == 2048)
        #expect(hexString(Array(SHA256.hash(data: Array(text.utf8))))
            == "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda")
    }

    @Test("phrase → entropy → seed", arguments: vectors.vectors)
    func vector(_ vector: CryptoVectors.Bip39.Vector) throws {
        let mnemonic = try Mnemonic(phrase: vector.phrase)
        #expect(hexString(mnemonic.entropy) == vector.entropy)
        #expect(hexString(mnemonic.substrateSeed(password: vector.password)) == vector.seed64)
        #expect(hexString(mnemonic.miniSecret(password: vector.password)) == vector.mini_secret)
        #expect(try Mnemonic(entropy: mnemonic.entropy).phrase == vector.phrase)
    }

    @Test("invalid phrases give the named error", arguments: vectors.invalid_phrases)
    func invalid(_ vector: CryptoVectors.Bip39.Invalid) throws {
        let code = try #require(KeyError.Code(rawValue: vector.error))
        #expect(throws: KeyError(code, "")) { try Mnemonic(phrase: vector.phrase) }
    }

    @Test("uppercase words are rejected; any whitespace separates words")
    func spelling() throws {
        #expect(throws: KeyError(.unknownWord, "")) {
            try Mnemonic(phrase: "BOTTOM drive obey lake curtain smoke basket hold race lonely fit walk")
        }
        let spaced = try Mnemonic(phrase: "  bottom\tdrive obey\nlake curtain  smoke basket hold race lonely fit walk ")
        #expect(spaced.phrase == SecretURI.devPhrase)
    }

    @Test("generated mnemonics of every allowed length parse back", arguments: Mnemonic.allowedWordCounts)
    func generate(_ count: Int) throws {
        let mnemonic = try Mnemonic.generate(wordCount: count)
        #expect(mnemonic.words.count == count)
        #expect(try Mnemonic(phrase: mnemonic.phrase) == mnemonic)
    }

    @Test("13 words is refused")
    func badCount() {
        #expect(throws: KeyError(.badWordCount, "")) { try Mnemonic.generate(wordCount: 13) }
    }
}
