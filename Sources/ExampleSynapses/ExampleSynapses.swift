import Neurons

/// `input: int → output = input × 2`, with `input` in the body hash: Bittensor's interop harness `Dummy`
/// (specs/wire.md §4, `bt_common.py`).
public struct Dummy: Synapse {
    public static let requiredHashFields = ["input"]
    public static let requiredFields = ["input"]
    /// The number to double.
    public var input: Int
    /// The axon's answer.
    public var output: Int?

    /// A request for `input`.
    public init(input: Int, output: Int? = nil) {
        self.input = input
        self.output = output
    }

    public func deserialize() -> Int? { output }
}

/// `text: str → response = text.upper()`, no hash fields: the harness `TextEcho`.
public struct TextEcho: Synapse {
    public static let requiredFields = ["text"]
    /// The text to echo.
    public var text: String
    /// The axon's answer.
    public var response: String?

    /// A request for `text`.
    public init(text: String, response: String? = nil) {
        self.text = text
        self.response = response
    }
}

/// Streams the words of `text` back, one chunk per word followed by a space: the harness `StreamText`.
public struct StreamText: StreamingSynapse {
    /// The text whose words are streamed.
    public var text: String
    /// What the dendrite collected (filled on the caller's side).
    public var completion: String

    /// A request for `text`.
    public init(text: String = "", completion: String = "") {
        self.text = text
        self.completion = completion
    }
}
