/// Calls `body` with the bytes of `data` in one contiguous buffer, copying only when the collection is not
/// already contiguous.
@inlinable
func withContiguousBytes<D: Collection<UInt8>, R>(_ data: D, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    if let result = try data.withContiguousStorageIfAvailable(body) {
        return result
    }
    return try Array(data).withUnsafeBufferPointer(body)
}
