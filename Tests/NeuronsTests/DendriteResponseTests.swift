import Foundation
@testable import Neurons
import NIOHTTP1
import Testing

/// How the dendrite reads an axon's answer, as Python's `process_server_response` does (specs/wire.md §1.9).
@Suite struct DendriteResponseTests {
    struct Dummy: Synapse {
        static let requiredHashFields = ["input"]
        var input: Int
        var output: Int?
    }

    private let request = SynapseMessage(Dummy(input: 21))

    private func read(_ status: Int, _ headers: [(String, String)], _ body: String) -> SynapseResponse<Dummy> {
        Dendrite.interpret(status: status, headers: HTTPHeaders(headers), body: Data(body.utf8), message: request)
    }

    @Test func answersAreReadAsPythonReadsThem() {
        let json = ("content-type", "application/json")
        let ok = read(200, [json, ("bt_header_axon_status_code", "200")], #"{"input":21,"output":42}"#)
        #expect(ok.isSuccess && ok.synapse.output == 42)
        let inBody = read(200, [json], #"{"input":21,"output":42,"axon":{"status_code":200,"hotkey":"5E"}}"#)
        #expect(inBody.isSuccess && inBody.axon.hotkey == "5E")
        let unstated = read(200, [json], #"{"input":21,"output":42}"#)
        #expect(unstated.statusCode == nil && !unstated.isSuccess && unstated.synapse.output == 42)
        #expect(read(200, [json, ("Bt_Header_Axon_Status_Code", "200")], #"{"input":21}"#).statusCode == nil)
        #expect(read(200, [json], "not json").statusCode == 422)
        #expect(read(200, [("content-type", "text/plain")], #"{"input":21}"#).statusCode == 422)
        #expect(read(200, [json], #"{"output":1}"#).statusCode == 422, "a body that does not fit the synapse")
        let refused = read(403, [json, ("bt_header_axon_status_code", "403")], #"{"message":"Forbidden. Key is blacklisted: x."}"#)
        #expect(refused.statusCode == 403 && refused.statusMessage == "Forbidden. Key is blacklisted: x.")
        let bare = read(500, [], "")
        #expect(bare.statusCode == 500 && bare.statusMessage == nil)
    }
}
