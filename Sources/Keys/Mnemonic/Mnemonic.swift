import Crypto
import CryptoExtras

/// A BIP39 English mnemonic, turned into keys the way Substrate does it (substrate-bip39): the seed is
/// PBKDF2-HMAC-SHA512 over the mnemonic's *entropy*, not over the phrase text.
public struct Mnemonic: Sendable, Equatable {
    /// The word counts BIP39 allows.
    public static let allowedWordCounts = [12, 15, 18, 21, 24]

    /// The words, lowercase.
    public let words: [String]
    /// The entropy the words encode (16…32 bytes).
    public let entropy: [UInt8]

    private static let wordIndex: [String: Int] = Dictionary(
        uniqueKeysWithValues: BIP39EnglishWords.all.enumerated().map { ($1, $0) })

    /// Parses a phrase: words separated by any whitespace, each an exact match in the English list.
    /// - Throws: `KeyError.badWordCount`, `.unknownWord` (naming the word) or `.invalidChecksum`.
    public init(phrase: String) throws {
        let words = phrase.split(whereSeparator: \.isWhitespace).map(String.init)
        guard Self.allowedWordCounts.contains(words.count) else {
            throw KeyError(.badWordCount, "a mnemonic has 12, 15, 18, 21 or 24 words, this one has \(words.count)")
        }
        var bits = [Bool]()
        bits.reserveCapacity(words.count * 11)
        for (position, word) in words.enumerated() {
            guard let index = Self.wordIndex[word] else {
                throw KeyError(.unknownWord, "word \(position + 1) (\"\(word)\") is not in the BIP39 English list")
            }
            for shift in (0..<11).reversed() { bits.append(index >> shift & 1 == 1) }
        }
        let entropyBits = words.count * 32 / 3
        let entropy = stride(from: 0, to: entropyBits, by: 8).map { start in
            UInt8(Self.integer(from: bits[start..<start + 8]))
        }
        guard Self.checksumBits(of: entropy) == Array(bits[entropyBits...]) else {
            throw KeyError(.invalidChecksum, "the mnemonic's checksum does not match its words")
        }
        self.words = words
        self.entropy = entropy
    }

    /// The mnemonic that encodes `entropy` (16, 20, 24, 28 or 32 bytes).
    /// - Throws: `KeyError.invalidLength` for other sizes.
    public init(entropy: [UInt8]) throws {
        guard [16, 20, 24, 28, 32].contains(entropy.count) else {
            throw KeyError(.invalidLength, "mnemonic entropy is 16, 20, 24, 28 or 32 bytes, got \(entropy.count)")
        }
        let bits = Self.bits(of: entropy, count: entropy.count * 8) + Self.checksumBits(of: entropy)
        words = stride(from: 0, to: bits.count, by: 11).map { start in
            BIP39EnglishWords.all[Self.integer(from: bits[start..<start + 11])]
        }
        self.entropy = entropy
    }

    /// A new random mnemonic of `wordCount` words (12 by default, as Bittensor creates them).
    /// - Throws: `KeyError.badWordCount` for a count BIP39 does not allow.
    public static func generate(wordCount: Int = 12) throws -> Mnemonic {
        guard allowedWordCounts.contains(wordCount) else {
            throw KeyError(.badWordCount, "a mnemonic has 12, 15, 18, 21 or 24 words, not \(wordCount)")
        }
        return try Mnemonic(entropy: SystemRandom.bytes(wordCount * 4 / 3))
    }

    /// The words joined by single spaces.
    public var phrase: String { words.joined(separator: " ") }

    /// substrate-bip39's 64-byte seed: PBKDF2-HMAC-SHA512(entropy, "mnemonic" ‖ password, 2048 rounds).
    public func substrateSeed(password: String = "") -> [UInt8] {
        let key = try! KDF.Insecure.PBKDF2.deriveKey(
            from: entropy, salt: Array(("mnemonic" + password).utf8), using: .sha512,
            outputByteCount: 64, unsafeUncheckedRounds: 2048)
        return key.withUnsafeBytes { Array($0) }
    }

    /// The 32-byte mini secret (sr25519) or seed (ed25519): the first half of `substrateSeed`.
    public func miniSecret(password: String = "") -> [UInt8] {
        Array(substrateSeed(password: password).prefix(32))
    }

    private static func checksumBits(of entropy: [UInt8]) -> [Bool] {
        bits(of: Array(SHA256.hash(data: entropy)), count: entropy.count / 4)
    }

    /// The first `count` bits of `bytes`, most significant bit first.
    private static func bits(of bytes: [UInt8], count: Int) -> [Bool] {
        (0..<count).map { position in
            let byte: UInt8 = bytes[position / 8]
            return (byte >> UInt8(7 - position % 8)) & 1 == 1
        }
    }

    /// The big-endian integer spelled by `bits`.
    private static func integer(from bits: ArraySlice<Bool>) -> Int {
        bits.reduce(0) { accumulator, bit in accumulator << 1 | (bit ? 1 : 0) }
    }
}
