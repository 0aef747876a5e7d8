import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A block of client addresses written in CIDR form (`10.0.0.0/8`, `2001:db8::/32`, or one
/// address), for settings such as shared networks and trusted proxies.
public struct AddressRange: Sendable, Hashable, CustomStringConvertible {
    let bytes: [UInt8]
    let prefix: Int
    public let description: String

    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        let parts = t.split(separator: "/", maxSplits: 1).map(String.init)
        guard let address = parts.first, let bytes = Self.parse(address) else { return nil }
        let max = bytes.count * 8
        let prefix = parts.count == 2 ? Int(parts[1]) : max
        guard let prefix, (0...max).contains(prefix) else { return nil }
        self.bytes = bytes
        self.prefix = prefix
        description = t
    }

    /// Whether `address` (textual IPv4 or IPv6) lies in the range.
    public func contains(_ address: String) -> Bool {
        guard let other = Self.parse(address), other.count == bytes.count else { return false }
        var left = prefix
        for (a, b) in zip(bytes, other) {
            if left <= 0 { return true }
            let mask: UInt8 = left >= 8 ? 0xFF : UInt8(truncatingIfNeeded: 0xFF << (8 - left))
            if a & mask != b & mask { return false }
            left -= 8
        }
        return true
    }

    static func parse(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { Array($0) }
        }
        return nil
    }
}
