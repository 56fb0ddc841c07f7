import Foundation
import Hashing
import Keys
@testable import Neurons
import Testing
import TestSupport

/// The synapse's wire format against the vectors Bittensor 10.5 generated (`wire-vectors.json`): Python's
/// `str()` renderings, body hashes, the signed message and the request headers and body.
@Suite struct SynapseWireTests {
    private struct Vectors: Decodable {
        struct BodyHash: Decodable {
            struct Field: Decodable { let field: String; let python_str: String; let sha3_256: String }
            let synapse: String
            let body_hash: String
            let fields: [Field]?
        }
        struct RequestExample: Decodable {
            let dendrite_mnemonic: String
            let axon_mnemonic: String
            let signed_message: String
            let signature: String
            let headers_in_order: [[String]]
            let body_json_as_sent_by_aiohttp: String
        }
        let body_hash: [BodyHash]
        let dendrite_request_example: RequestExample
    }

    private static let vectors = try! Fixtures.decode(Vectors.self, from: "wire-vectors.json")

    struct Dummy: Synapse {
        static let requiredHashFields = ["input"]
        static let requiredFields = ["input"]
        var input: Int
        var output: Int?
    }

    struct TextEcho: Synapse {
        static let requiredFields = ["text"]
        var text: String
        var response: String?
    }

    /// The vectors' `HashTypes` zoo: one field of each kind Python renders differently.
    struct HashTypes: Synapse {
        struct Mixed: Encodable, Decodable {
            var values: [SynapseValue]
            init(_ values: [SynapseValue]) { self.values = values }
            init(from decoder: any Decoder) throws { values = [] }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.unkeyedContainer()
                for value in values {
                    switch value {
                    case .integer(let digits): try container.encode(Int(digits)!)
                    case .string(let text): try container.encode(text)
                    case .double(let number): try container.encode(number)
                    case .bool(let flag): try container.encode(flag)
                    default: try container.encodeNil()
                    }
                }
            }
        }
        struct Dict: Codable {
            var k: [Int]
            var z: Int?
            var q: String
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(k, forKey: .k)
                try container.encode(z, forKey: .z)
                try container.encode(q, forKey: .q)
            }
        }
        static let requiredHashFields = ["a_int", "b_str", "c_float", "d_bool", "e_list", "f_dict", "g_none",
                                         "h_float_big", "i_str_list"]
        var a_int = -42
        var b_str = "héllo \"x\" it's"
        var c_float = 0.1
        var d_bool = true
        var e_list = Mixed([.integer("1"), .string("a"), .double(2.5), .null, .bool(true)])
        var f_dict = Dict(k: [1, 2], z: nil, q: "it's")
        var g_none: Int?
        var h_float_big = 1e-07
        var i_str_list = ["it's", "say \"hi\""]
    }

    @Test func pythonStrOfEachKindMatchesPython() throws {
        let zoo = try #require(Self.vectors.body_hash.first { $0.fields != nil })
        let fields = try SynapseValueEncoder.encode(HashTypes())
        for expected in try #require(zoo.fields) {
            let rendered = (fields[expected.field] ?? .null).pythonStr
            #expect(rendered == expected.python_str, "\(expected.field)")
            #expect(SHA3.hexDigest(rendered) == expected.sha3_256)
        }
        #expect(try SynapseMessage(HashTypes()).bodyHash() == zoo.body_hash)
    }

    @Test func bodyHashesMatchTheVectors() throws {
        let hashes = Self.vectors.body_hash
        #expect(try SynapseMessage(PingSynapse()).bodyHash() == hashes[0].body_hash)
        #expect(try SynapseMessage(Dummy(input: 21)).bodyHash() == hashes[1].body_hash)
        #expect(try SynapseMessage(Dummy(input: 0)).bodyHash() == hashes[2].body_hash)
        #expect(try SynapseMessage(TextEcho(text: "x")).bodyHash() == hashes[3].body_hash)
    }

    @Test(arguments: [
        (0.1, "0.1"), (12.0, "12.0"), (1e-07, "1e-07"), (2.0265579223632812e-05, "2.0265579223632812e-05"),
        (1e16, "1e+16"), (1e15, "1000000000000000.0"), (123456.789, "123456.789"), (0.0001, "0.0001"),
        (-2.5, "-2.5"), (5e-324, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
    ])
    func floatsRenderAsPythonRepr(_ value: Double, _ repr: String) {
        #expect(PythonRepr.float(value) == repr)
    }

    @Test func theRequestExampleSignsAndHeadsAsPythonDoes() throws {
        let example = Self.vectors.dendrite_request_example
        let dendriteKey = try Keypair(mnemonic: example.dendrite_mnemonic, cryptoType: .sr25519)
        let axonKey = try Keypair(mnemonic: example.axon_mnemonic, cryptoType: .sr25519)
        var message = SynapseMessage(Dummy(input: 21), timeout: 12,
                                     dendrite: TerminalInfo(ip: "192.0.2.1", version: 10_005_000,
                                                            nonce: 1_700_000_000_000_000_000,
                                                            uuid: "00000000-0000-0000-0000-000000000001",
                                                            hotkey: dendriteKey.ss58Address),
                                     axon: TerminalInfo(ip: "127.0.0.1", port: 8901, hotkey: axonKey.ss58Address))
        let signed = SynapseMessage<Dummy>.signedMessage(
            nonce: 1_700_000_000_000_000_000, dendriteHotkey: dendriteKey.ss58Address, axonHotkey: axonKey.ss58Address,
            uuid: "00000000-0000-0000-0000-000000000001", bodyHash: try message.bodyHash())
        #expect(signed == example.signed_message)
        #expect(Keypair.verify(signature: hexBytes(example.signature), message: Array(signed.utf8),
                               publicKey: dendriteKey.publicKey, cryptoType: .sr25519))
        message.dendrite.signature = example.signature
        let headers = try message.headers()
        #expect(headers.map(\.name) == example.headers_in_order.map { $0[0] })
        let sizes: Set<String> = ["header_size", "total_size"]
        for (ours, theirs) in zip(headers, example.headers_in_order) where !sizes.contains(ours.name) {
            #expect(ours.value == theirs[1], "\(ours.name)")
        }
        // Python also sends the unset `output` as null; an absent optional reads the same on its side.
        var pythonBody = try JSONSerialization.jsonObject(with: Data(example.body_json_as_sent_by_aiohttp.utf8)) as! [String: Any]
        #expect(pythonBody.removeValue(forKey: "output") is NSNull)
        var ourBody = try JSONSerialization.jsonObject(with: Data(try message.body().json.utf8)) as! [String: Any]
        ourBody["total_size"] = pythonBody["total_size"]
        #expect(NSDictionary(dictionary: ourBody) == NSDictionary(dictionary: pythonBody))
    }

    @Test func fieldsKeepDeclarationOrderAndNulls() throws {
        let body = try SynapseMessage(Dummy(input: 3)).body()
        guard case .object(let fields) = body else { Issue.record("not an object"); return }
        #expect(fields.map(\.key) == ["name", "timeout", "total_size", "header_size", "dendrite", "axon",
                                      "computed_body_hash", "input"])
        #expect(body["dendrite"]?.json.hasPrefix(#"{"status_code":null,"status_message":null"#) == true)
        #expect(SynapseValue.string("é\"\n").json == "\"é\\\"\\n\"")
    }
}
