import Hashing
import Testing

/// SHA3-256 against FIPS 202's examples (empty, "abc", a two-block message, a million "a").
@Suite struct SHA3Tests {
    @Test(arguments: [
        ("", "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a"),
        ("abc", "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "41c0dba2a9d6240849100376a8235e2c82e1b9998a999e21db32dd97496d3376"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "916f6061fe879741ca6469b43971dfdb28b1a32dc36cb3254e812be27aad1d18"),
    ])
    func digests(_ message: String, _ digest: String) {
        #expect(SHA3.hexDigest(message) == digest)
    }

    @Test func aMillionAs() {
        #expect(Hex.encode(SHA3.hash256([UInt8](repeating: 0x61, count: 1_000_000)))
            == "5c8875ae474a3634ba4fd55ec85bffd661f32aca75c6d699d0cdcb6c115891c1")
    }
}
