import Hummingbird

/// A Hummingbird request context that carries the sender `BTAuthMiddleware` authenticated to the route.
public protocol BTAuthRequestContext: RequestContext {
    /// The authenticated sender: nil until `BTAuthMiddleware` has verified the request, then set before the
    /// route runs.
    var btauthCaller: BTAuthCaller? { get set }
}

/// The plainest `BTAuthRequestContext`: Hummingbird's core context and the caller.
public struct BasicBTAuthRequestContext: BTAuthRequestContext {
    public var coreContext: CoreRequestContextStorage
    public var btauthCaller: BTAuthCaller?

    public init(source: Source) {
        coreContext = .init(source: source)
    }
}
