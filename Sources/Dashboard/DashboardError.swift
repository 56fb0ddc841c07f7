/// Why the dashboard could not start, in words for the person starting it.
public struct DashboardError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) { self.description = description }
}
