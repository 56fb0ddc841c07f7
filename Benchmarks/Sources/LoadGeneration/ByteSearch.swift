import Glibc

/// Byte-string search, so that a server's replies are checked without parsing their JSON.
extension Array where Element == UInt8 {
    /// Where `needle` (not empty) first occurs at or after `start`.
    public func offset(of needle: [UInt8], from start: Int = 0) -> Int? {
        guard count - start >= needle.count else { return nil }
        return withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                let base = haystack.baseAddress!
                let last = haystack.count - needle.count
                var index = start
                while index <= last {
                    guard let found = memchr(base + index, Int32(needle[0]), last - index + 1) else { return nil }
                    index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + index, needle.baseAddress!, needle.count) == 0 { return index }
                    index += 1
                }
                return nil
            }
        }
    }

    /// How many times `needle` (not empty) occurs, without overlaps.
    public func occurrences(of needle: [UInt8]) -> Int {
        var count = 0
        var start = 0
        while let found = offset(of: needle, from: start) {
            count += 1
            start = found + needle.count
        }
        return count
    }

    /// The value of the hexadecimal digits at `start`: exactly `digits` of them, or when nil all up to the first
    /// byte that is not one. Nil if there are none, or fewer than `digits`.
    public func hexValue(at start: Int, digits: Int? = nil) -> UInt64? {
        var value: UInt64 = 0
        var index = start
        while index < count, index - start < digits ?? 16, let digit = hexDigit(self[index]) {
            value = value << 4 | UInt64(digit)
            index += 1
        }
        let found = index - start
        guard found > 0, digits == nil || found == digits else { return nil }
        return value
    }
}

private func hexDigit(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
}
