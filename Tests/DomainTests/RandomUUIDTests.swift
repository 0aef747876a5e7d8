import Foundation
import Testing
@testable import Domain

@Suite("Random ids (RFC 9562 version 4)")
struct RandomUUIDTests {
    @Test func idsAreVersionFourVariantOneAndDoNotRepeat() {
        let ids = (0..<2_000).map { _ in UUID.random() }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            let text = id.uuidString
            // xxxxxxxx-xxxx-4xxx-[89AB]xxx-xxxxxxxxxxxx
            #expect(Array(text)[14] == "4")
            #expect("89AB".contains(Array(text)[19]))
            #expect(UUID(uuidString: text) == id)
        }
        // Every other bit varies: over 2,000 ids each of the 122 random bits is seen both ways.
        var ones = [Int](repeating: 0, count: 128)
        for id in ids {
            withUnsafeBytes(of: id.uuid) { bytes in
                for bit in 0..<128 where bytes[bit / 8] & (0x80 >> UInt8(bit % 8)) != 0 { ones[bit] += 1 }
            }
        }
        let fixed: Set<Int> = [48, 49, 50, 51, 64, 65]
        for bit in 0..<128 where !fixed.contains(bit) { #expect(ones[bit] > 0 && ones[bit] < ids.count, "bit \(bit)") }
    }
}
