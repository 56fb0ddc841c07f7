import Hashing
@testable import Keys
import TestSupport
import Testing

private let vectors = Fixtures.crypto.merlin

@Suite("STROBE-128 and Merlin transcripts")
struct MerlinTests {
    @Test("STROBE initial state and the state after meta-AD(\"Merlin v1.0\")")
    func strobeStates() {
        let strobe = Strobe128(protocolLabel: Array("Merlin v1.0".utf8))
        let expected = vectors.state_after_meta_ad_merlin_v1_0
        #expect(hexString(strobe.state.bytes) == expected.state)
        #expect(strobe.position == expected.pos)
        #expect(strobe.positionBegin == expected.pos_begin)
        #expect(Int(strobe.currentFlags) == expected.cur_flags)
    }

    @Test("STROBE's initial block before and after the first permutation")
    func strobeInitialPermutation() {
        var state = KeccakState(bytes: hexBytes(vectors.strobe_init_state_before_f))
        state.permute()
        #expect(hexString(state.bytes) == vectors.strobe_init_state_after_f)
    }

    @Test("transcript vectors", arguments: vectors.transcripts)
    func transcript(_ vector: CryptoVectors.Merlin.Transcript) throws {
        guard let ops = vector.ops else {
            // equivalence_complex is described in prose: run the merlin crate's procedure.
            var transcript = Transcript(label: "test protocol")
            transcript.append(label: "step1", message: Array("some data".utf8))
            var challenge = [UInt8]()
            for _ in 0..<32 {
                challenge = transcript.challengeBytes(label: "challenge", count: 32)
                transcript.append(label: "bigdata", message: [UInt8](repeating: 0x63, count: 1024))
                transcript.append(label: "challengedata", message: challenge)
            }
            #expect(hexString(challenge) == vector.challenges[0], "\(vector.name)")
            return
        }
        var transcript: Transcript?
        var challenges = [String]()
        for op in ops {
            switch op[0].description {
            case "new": transcript = Transcript(label: op[1].description)
            case "append": transcript!.append(label: op[1].description, message: hexBytes(op[2].description))
            case "challenge":
                challenges.append(hexString(transcript!.challengeBytes(label: op[1].description, count: Int(op[2].description)!)))
            default: Issue.record("unknown op \(op)")
            }
        }
        #expect(challenges == vector.challenges, "\(vector.name)")
    }

    @Test("transcript RNG with a witness and zero entropy")
    func transcriptRNG() {
        var transcript = Transcript(label: "rng test")
        transcript.append(label: "com", message: Array("commitment data 1".utf8))
        var rng = transcript.rng(witnesses: [("witness", Array("witness data 1".utf8))], entropy: [UInt8](repeating: 0, count: 32))
        #expect(hexString(rng.fillBytes(64)) == vectors.transcript_rng.output64)
    }
}
