/// The built-in chain specs.
extension ChainSpec {
    private static let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
    private static let aliceHotkey = "5Dt9sidKJJxfvznECukm6ptHMWP7AykqkooeZijhDfBQFDqe"
    private static let properties = Properties(tokenSymbol: "TAO", tokenDecimals: 9, ss58Format: 42)
    private static let richDevAccounts = [
        "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY",  // Alice
        "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty",  // Bob
        "5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y",  // Charlie
    ]
    private static let devAccounts = [
        "5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy",  // Dave
        "5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw",  // Eve
        "5CiPPseXPECbkjWCa6MnjNokrgYjMqmKndv2rSnekmSK2DjL",  // Ferdie
    ]
    private static let localAuthorities = [
        "5Fxune7f71ZbpP2FoY3mhYcmM596Erhv1gRue4nsPwkxMR4n",  // One
        "5CUjxa4wVKMj3FqKdqAUf7zcEMr4MYAjXeWmUf44B41neLmJ",  // Two
        "5FKiDJ3T1c59m3QwQVgXyk2QmibqBaYSzk2X5eiPjLR438pk",  // Three
    ]
    private static let million: UInt64 = 1_000_000_000_000_000
    private static let twoThousand: UInt64 = 2_000_000_000_000

    /// The endowments of subtensor's localnet: Alice, Bob, Charlie 1 000 000 TAO; Dave, Eve, Ferdie 2 000 TAO.
    private static var devEndowments: [GenesisConfig.Endowment] {
        richDevAccounts.map { .init(account: $0, free: million) } + devAccounts.map { .init(account: $0, free: twoThousand) }
    }

    /// `--dev`: one authority (Alice), Alice sudo, 250 ms blocks, made for building subnets on one machine:
    /// tempo 10, commit-reveal off for new subnets, no start-call delay, no network rate limit, no owner
    /// hyperparameter rate limit or freeze window, a 100 TAO minimum lock, the faucet, loopback axons
    /// (docs/dev-chain.md has the table).
    public static let development = ChainSpec(
        name: "Bittensor", id: "dev", chainType: "Local", properties: properties, blockTimeMilliseconds: 250,
        genesis: GenesisConfig(
            balances: devEndowments, sudo: alice, authorities: [alice],
            subtensor: SubtensorGenesis(
                rootOwner: alice, rootOwnerHotkey: aliceHotkey, subnetTempo: 10, commitReveal: false, faucet: true,
                loopbackServing: true, startCallDelay: 0, networkRateLimit: 0, ownerHyperparamRateLimit: 0,
                adminFreezeWindow: 0, networkMinLockCost: 100_000_000_000, networkLastLockCost: 100_000_000_000)))

    /// `--chain local`: subtensor's localnet with authorities //One, //Two and //Three (for multi-node work),
    /// fast blocks and tempo 10, and otherwise subtensor's defaults (commit-reveal on, start-call delay,
    /// rate limits).
    public static let local = ChainSpec(
        name: "Bittensor", id: "local", chainType: "Local", properties: properties, blockTimeMilliseconds: 250,
        genesis: GenesisConfig(
            balances: devEndowments + localAuthorities.map { .init(account: $0, free: twoThousand) },
            sudo: alice, authorities: localAuthorities,
            subtensor: SubtensorGenesis(
                rootOwner: alice, rootOwnerHotkey: aliceHotkey, subnetTempo: 10, commitReveal: true, faucet: true,
                loopbackServing: true)))
}
