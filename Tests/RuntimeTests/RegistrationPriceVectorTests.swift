import BittensorTesting
import Primitives
@testable import Runtime
import Testing
import TestSupport

/// The `registration_burn_decay_and_bump` case of yuma-public.json: a procedure (events on a subnet's burn), run
/// through the runtime's own per-block decay and per-registration bump.
@Suite struct RegistrationPriceVectorTests {
    struct Scenario: Decodable {
        let half_life: UInt16
        let mult: UInt64
        let min: UInt64
        let max: Bound
        let burn: UInt64
        let events: [String]
    }

    /// A `u64` written as a number or as `"u64::MAX"`.
    struct Bound: Decodable {
        let value: UInt64
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(UInt64.self) {
                value = number
            } else {
                let text = try container.decode(String.self)
                guard text == "u64::MAX" else {
                    throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown bound \(text)")
                }
                value = .max
            }
        }
    }

    struct Case: Decodable {
        let name: String
        let inputs: [String: Scenario]
        let expected: [String: [UInt64]]

        init(from decoder: Decoder) throws {
            enum Keys: String, CodingKey { case name, inputs, expected }
            let container = try decoder.container(keyedBy: Keys.self)
            name = try container.decode(String.self, forKey: .name)
            guard name == "registration_burn_decay_and_bump" else {
                throw DecodingError.dataCorruptedError(forKey: .name, in: container, debugDescription: "other case")
            }
            let inputs = try container.nestedContainer(keyedBy: AnyKey.self, forKey: .inputs)
            self.inputs = try Dictionary(uniqueKeysWithValues: inputs.allKeys.filter { $0.stringValue.hasPrefix("scenario_") }
                .map { ($0.stringValue, try inputs.decode(Scenario.self, forKey: $0)) })
            expected = try container.decode([String: [UInt64]].self, forKey: .expected)
        }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Applies one event (`register…`, `next block`, `step N block(s)`) and returns the context after it.
    func apply(_ event: String, to context: RuntimeContext, netuid: UInt16) throws -> RuntimeContext {
        var context = context
        if event.hasPrefix("register") {
            try context.bumpBurn(netuid)
            return context
        }
        let words = event.split(separator: " ")
        let blocks = event == "next block" ? 1 : try #require(words.count == 3 ? Int(words[1]) : nil, "event \(event)")
        for _ in 0..<blocks {
            context = RuntimeContext(state: context.state, blockNumber: context.blockNumber + 1)
            try context.updateRegistrationPrices([netuid])
        }
        return context
    }

    @Test func burnDecayAndBumpScenarios() throws {
        let vector = try #require(try YumaPublicCases<Case>.load().first)
        #expect(vector.inputs.count == 3)
        let chain = try DevChain()
        let netuid: UInt16 = 1
        for (name, scenario) in vector.inputs.sorted(by: { $0.key < $1.key }) {
            var context = RuntimeContext(state: chain.state, blockNumber: 5)
            context.put(SubtensorStorage.burnHalfLife, netuid, scenario.half_life)
            context.put(SubtensorStorage.burnIncreaseMult, netuid, UInt128(scenario.mult) << 64)
            context.put(SubtensorStorage.minBurn, netuid, scenario.min)
            context.put(SubtensorStorage.maxBurn, netuid, scenario.max.value)
            context.put(SubtensorStorage.burn, netuid, scenario.burn)
            var burns: [UInt64] = []
            for event in scenario.events {
                context = try apply(event, to: context, netuid: netuid)
                burns.append(try context.get(SubtensorStorage.burn, netuid))
            }
            #expect(burns == vector.expected["\(name)_burn_after_each_event"], "\(name)")
        }
    }
}
