import Primitives

/// A subnet's name and price as people read them.
extension DynamicInfo {
    /// The subnet's name, or `root` / `subnet N` when it has none.
    public var displayName: String {
        subnetName.isEmpty ? (netuid == 0 ? "root" : "subnet \(netuid)") : String(decoding: subnetName, as: UTF8.self)
    }

    /// TAO per alpha in the pool (1 for root and for an empty pool).
    public var price: Double { netuid == 0 || alphaIn == 0 ? 1 : Double(taoIn) / Double(alphaIn) }
}
