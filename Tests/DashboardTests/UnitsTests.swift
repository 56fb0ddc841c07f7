import Client
import Testing
@testable import Dashboard

@Suite struct UnitsTests {
    @Test func amountsCarryTheirUnitAndGroupThousands() {
        #expect(TokenAmount.display(1_000_000_000_000) == "τ 1,000.0000")
        #expect(TokenAmount.display(12_345_678_900, symbol: "α") == "α 12.3457")
        #expect(TokenAmount.display(0) == "τ 0.0000")
        #expect(TokenAmount.display(UInt64.max) == "τ 18,446,744,073.7096")
    }

    @Test func decimalsRound() {
        #expect(Units.decimal(2.18449, places: 3) == "2.184")
        #expect(Units.decimal(-0.5, places: 1) == "-0.5")
        #expect(Units.decimal(1234.5, places: 0) == "1,235")
        #expect(Units.percent(0.125) == "12.50 %")
        #expect(Units.decimal(.nan, places: 2) == "–")
    }

    @Test func addressesAreShortenedButCopiedWhole() {
        let address = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
        #expect(Units.short(address) == "5Grwva…GKutQY")
        #expect(Units.copyButton(address, what: "address").contains("data-copy=\"\(address)\""))
    }

    @Test func markupIsEscaped() {
        #expect(HTML.escape("<script>alert('x') & \"y\"</script>") == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
    }
}
