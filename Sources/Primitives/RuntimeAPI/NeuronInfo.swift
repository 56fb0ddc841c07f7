import SCALE

/// One neuron with its weights and bonds, as `NeuronInfoRuntimeApi_get_neuron(s)` returns it: the
/// `NeuronInfoLite` fields with `weights` and `bonds` between `validator_permit` and `pruning_score`.
public struct NeuronInfo: Equatable, Sendable, ScaleCodable {
    /// Every field the lite form has.
    public var neuron: NeuronInfoLite
    /// The weights this neuron set: (uid, weight as a fraction of 65535).
    public var weights: [(uid: UInt16, weight: UInt16)]
    /// Its bonds: (uid, bond as a fraction of 65535).
    public var bonds: [(uid: UInt16, bond: UInt16)]

    public static func == (lhs: NeuronInfo, rhs: NeuronInfo) -> Bool {
        lhs.scaleEncoded == rhs.scaleEncoded
    }

    /// A value with every field given.
    public init(neuron: NeuronInfoLite, weights: [(uid: UInt16, weight: UInt16)], bonds: [(uid: UInt16, bond: UInt16)]) {
        self.neuron = neuron
        self.weights = weights
        self.bonds = bonds
    }

    public func encode(into writer: inout ScaleWriter) {
        neuron.encodeThroughPermit(into: &writer)
        writer.write(length: weights.count)
        for entry in weights { writer.encode(Compact(entry.uid), Compact(entry.weight)) }
        writer.write(length: bonds.count)
        for entry in bonds { writer.encode(Compact(entry.uid), Compact(entry.bond)) }
        writer.encode(Compact(neuron.pruningScore))
    }

    public init(decoding reader: inout ScaleReader) throws {
        neuron = try NeuronInfoLite(decodingThroughPermit: &reader)
        weights = try Self.pairs(&reader).map { (uid: $0.0, weight: $0.1) }
        bonds = try Self.pairs(&reader).map { (uid: $0.0, bond: $0.1) }
        neuron.pruningScore = try reader.decode(Compact<UInt16>.self).value
    }

    private static func pairs(_ reader: inout ScaleReader) throws -> [(UInt16, UInt16)] {
        let count = try reader.readLength()
        return try (0..<count).map { _ in
            let (first, second) = try reader.decode(Compact<UInt16>.self, Compact<UInt16>.self)
            return (first.value, second.value)
        }
    }
}
