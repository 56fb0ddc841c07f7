import Hummingbird
import Testing
@testable import Dashboard

@Suite struct RequestLimitsTests {
    @Test(arguments: ["/assets/../etc/passwd", "/..", "/a/./b", "/assets/%2e%2e/x", "/assets/%2E%2E%2Fx", "/assets/..%2fx",
                      "/assets/%252e%252e/x", "/a%5c..%5cb", "/a\\b", "/a%00b", "/a/%2e/b", "/bad%zz"])
    func traversalIsRefused(_ path: String) {
        #expect(RequestLimits<BasicRequestContext>.isTraversal(path))
    }

    @Test(arguments: ["/", "/subnets/1", "/accounts/5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY", "/assets/dashboard.js",
                      "/a..b/c", "/...", "/.well"])
    func ordinaryPathsPass(_ path: String) {
        #expect(!RequestLimits<BasicRequestContext>.isTraversal(path))
    }
}
