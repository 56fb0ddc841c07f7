import SCALE

/// One subnet's alpha price, as `SwapRuntimeApi_current_alpha_price_all` returns it in a `Vec` (subtensor's
/// `SubnetPrice`): `netuid u16 ‖ price u64`, neither compact.
public struct SubnetPrice: Equatable, Sendable, ScaleCodable {
    /// The subnet.
    public var netuid: UInt16
    /// The alpha price in TAO, times 10^9.
    public var price: UInt64

    /// A price record.
    public init(netuid: UInt16, price: UInt64) {
        self.netuid = netuid
        self.price = price
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(netuid, price)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let (netuid, price) = try reader.decode(UInt16.self, UInt64.self)
        self.init(netuid: netuid, price: price)
    }
}

/// A simulated swap, as `SwapRuntimeApi_sim_swap_tao_for_alpha` and `sim_swap_alpha_for_tao` return it
/// (subtensor's `SimSwapResult`): six plain (not compact) `u64`s, in rao or alpha units.
public struct SimSwapResult: Equatable, Sendable, ScaleCodable {
    /// TAO in or out.
    public var taoAmount: UInt64
    /// Alpha in or out.
    public var alphaAmount: UInt64
    /// The fee charged in TAO.
    public var taoFee: UInt64
    /// The fee charged in alpha.
    public var alphaFee: UInt64
    /// TAO lost to slippage.
    public var taoSlippage: UInt64
    /// Alpha lost to slippage.
    public var alphaSlippage: UInt64

    /// A result from its fields.
    public init(taoAmount: UInt64, alphaAmount: UInt64, taoFee: UInt64, alphaFee: UInt64, taoSlippage: UInt64,
                alphaSlippage: UInt64) {
        self.taoAmount = taoAmount
        self.alphaAmount = alphaAmount
        self.taoFee = taoFee
        self.alphaFee = alphaFee
        self.taoSlippage = taoSlippage
        self.alphaSlippage = alphaSlippage
    }

    public func encode(into writer: inout ScaleWriter) {
        writer.encode(taoAmount, alphaAmount, taoFee, alphaFee, taoSlippage, alphaSlippage)
    }

    public init(decoding reader: inout ScaleReader) throws {
        let (tao, alpha, taoFee, alphaFee, taoSlippage, alphaSlippage) =
            try reader.decode(UInt64.self, UInt64.self, UInt64.self, UInt64.self, UInt64.self, UInt64.self)
        self.init(taoAmount: tao, alphaAmount: alpha, taoFee: taoFee, alphaFee: alphaFee, taoSlippage: taoSlippage,
                  alphaSlippage: alphaSlippage)
    }
}

extension SimSwapResult {
    /// The result of a swap the pool cannot take: every amount zero.
    public static let zero = SimSwapResult(taoAmount: 0, alphaAmount: 0, taoFee: 0, alphaFee: 0, taoSlippage: 0,
                                           alphaSlippage: 0)
}
