/// Events by name, as metadata spells them, for people reading a block.
extension RuntimeEvent {
    /// `Pallet.EventName` (`Balances.Transfer`, `SubtensorModule.StakeAdded`).
    public var name: String {
        switch self {
        case .system(let event): "System.\(Self.variantName(event))"
        case .balances(let event): "Balances.\(Self.variantName(event))"
        case .transactionFeePaid: "TransactionPayment.TransactionFeePaid"
        case .subtensor(let event): "SubtensorModule.\(Self.variantName(event))"
        case .sudo(let event): "Sudo.\(Self.variantName(event))"
        }
    }

    /// An enum case's name, capitalised as metadata's variants are: `stakeAdded(…)` → `StakeAdded`.
    private static func variantName(_ value: Any) -> String {
        let label = Mirror(reflecting: value).children.first?.label ?? String(describing: value)
        return label.prefix(1).uppercased() + label.dropFirst()
    }
}
