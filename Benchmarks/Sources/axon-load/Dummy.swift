import Neurons

/// The interop harness's `Dummy` (`bt_common.py`, `ExampleSynapses.Dummy`): `input: int → output = input × 2`,
/// with `input` required and in the body hash. Both axons under test serve it at `/Dummy`.
struct Dummy: Synapse {
    static let requiredHashFields = ["input"]
    static let requiredFields = ["input"]
    /// The number to double.
    var input: Int
    /// The axon's answer.
    var output: Int?
}
