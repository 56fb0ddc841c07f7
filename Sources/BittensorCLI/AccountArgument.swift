import Primitives

extension AccountId32 {
    /// The account an SS58 address given for `flag` names.
    /// - Throws: `CLIError` naming the flag when the text is not an SS58 address.
    init(argument text: String, flag: String) throws {
        do {
            try self.init(ss58: text)
        } catch {
            throw CLIError("\(flag) \(text) is not an SS58 address: \(error)")
        }
    }
}
