import SCALE

/// A runtime API trait (`NeuronInfoRuntimeApi`) and its methods; `state_call` names a method
/// `<api>_<method>`.
public struct RuntimeAPIMetadata: Equatable, Sendable, ScaleCodable {
    /// The trait's name.
    public var name: String
    /// Its methods.
    public var methods: [RuntimeAPIMethodMetadata]
    /// Documentation lines.
    public var docs: [String]

    /// Every type id the methods use.
    public var referencedTypes: [UInt32] { methods.flatMap { $0.inputs.map(\.type) + [$0.output] } }

    public func encode(into writer: inout ScaleWriter) { writer.encode(name, methods, docs) }

    public init(decoding reader: inout ScaleReader) throws {
        (name, methods, docs) = try reader.decode(String.self, [RuntimeAPIMethodMetadata].self, [String].self)
    }
}

/// One runtime API method: its parameters and result type.
public struct RuntimeAPIMethodMetadata: Equatable, Sendable, ScaleCodable {
    /// A named parameter.
    public struct Parameter: Equatable, Sendable, ScaleCodable {
        /// The parameter's name.
        public var name: String
        /// Its type id.
        public var type: UInt32

        public func encode(into writer: inout ScaleWriter) { writer.encode(name, Compact(type)) }

        public init(decoding reader: inout ScaleReader) throws {
            name = try reader.decode()
            type = try reader.decode(Compact<UInt32>.self).value
        }
    }

    /// The method's name (`get_neurons_lite`).
    public var name: String
    /// Its parameters, SCALE-concatenated in `state_call`'s data.
    public var inputs: [Parameter]
    /// The result's type id.
    public var output: UInt32
    /// Documentation lines.
    public var docs: [String]

    public func encode(into writer: inout ScaleWriter) { writer.encode(name, inputs, Compact(output), docs) }

    public init(decoding reader: inout ScaleReader) throws {
        (name, inputs) = try reader.decode(String.self, [Parameter].self)
        output = try reader.decode(Compact<UInt32>.self).value
        docs = try reader.decode()
    }
}
