import Foundation
/// A QR code encoder (ISO/IEC 18004): byte mode, error-correction level M, versions 1-10 — enough
/// for a booking code or a short link — so that the kiosk's scanner can read a booking code from
/// a confirmation. Written here rather than taken from a package: none is in the mirror.
public struct QRCode: Sendable, Equatable {
    /// `modules[y][x]`, true = dark.
    public let modules: [[Bool]]
    public let version: Int
    public let mask: Int

    public var size: Int { modules.count }

    public enum Problem: Error, Equatable { case tooLong }

    init(modules: [[Bool]], version: Int, mask: Int) {
        self.modules = modules
        self.version = version
        self.mask = mask
    }

    // Level M: (total codewords, EC codewords per block, [(blocks, data codewords each)]).
    static let blocks: [(total: Int, ec: Int, groups: [(Int, Int)])] = [
        (26, 10, [(1, 16)]), (44, 16, [(1, 28)]), (70, 26, [(1, 44)]), (100, 18, [(2, 32)]), (134, 24, [(2, 43)]),
        (172, 16, [(4, 27)]), (196, 18, [(4, 31)]), (242, 22, [(2, 38), (2, 39)]), (292, 22, [(3, 36), (2, 37)]),
        (346, 26, [(4, 43), (1, 44)]),
    ]
    static let alignment: [[Int]] = [[], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42],
                                     [6, 26, 46], [6, 28, 50]]

    public init(_ text: String) throws(Problem) {
        let bytes = Array(text.utf8)
        // Smallest version whose data capacity holds mode (4) + count + the bytes.
        var chosen: Int?
        for v in 1...10 {
            let dataCodewords = Self.blocks[v - 1].groups.reduce(0) { $0 + $1.0 * $1.1 }
            let countBits = v < 10 ? 8 : 16
            if 4 + countBits + 8 * bytes.count <= dataCodewords * 8 { chosen = v; break }
        }
        guard let version = chosen else { throw .tooLong }
        let codewords = Self.codewords(bytes, version: version)
        // Mask 0 first, then any of the other seven with a lower penalty (ISO/IEC 18004 §7.8.3).
        let first = Self.matrix(codewords, version: version, mask: 0)
        var best: (matrix: [[Bool]], mask: Int, penalty: Int) = (first, 0, Self.penalty(first))
        for mask in 1..<8 {
            let m = Self.matrix(codewords, version: version, mask: mask)
            let p = Self.penalty(m)
            if p < best.penalty { best = (m, mask, p) }
        }
        self.modules = best.matrix
        self.version = version
        self.mask = best.mask
    }

    // MARK: Data and error correction

    static func codewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        let info = blocks[version - 1]
        let dataCount = info.groups.reduce(0) { $0 + $1.0 * $1.1 }
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) { for i in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> i) & 1 == 1) } }
        append(0b0100, 4)                                 // byte mode
        append(bytes.count, version < 10 ? 8 : 16)
        for b in bytes { append(Int(b), 8) }
        append(0, min(4, dataCount * 8 - bits.count))    // terminator
        while bits.count % 8 != 0 { bits.append(false) }
        var data: [UInt8] = stride(from: 0, to: bits.count, by: 8).map { i in
            (0..<8).reduce(UInt8(0)) { $0 << 1 | (bits[i + $1] ? 1 : 0) }
        }
        var pad: [UInt8] = [0xEC, 0x11]
        while data.count < dataCount { data.append(pad[0]); pad.swapAt(0, 1) }

        var dataBlocks: [[UInt8]] = [], ecBlocks: [[UInt8]] = []
        var offset = 0
        for (count, size) in info.groups {
            for _ in 0..<count {
                let block = Array(data[offset..<offset + size])
                offset += size
                dataBlocks.append(block)
                ecBlocks.append(ReedSolomon.remainder(block, degree: info.ec))
            }
        }
        var result: [UInt8] = []
        for i in 0..<(dataBlocks.map(\.count).max() ?? 0) { for b in dataBlocks where i < b.count { result.append(b[i]) } }
        for i in 0..<info.ec { for b in ecBlocks { result.append(b[i]) } }
        return result
    }

    // MARK: The matrix

    static func matrix(_ codewords: [UInt8], version: Int, mask: Int) -> [[Bool]] {
        let n = 17 + 4 * version
        var dark = Array(repeating: Array(repeating: false, count: n), count: n)
        var function = Array(repeating: Array(repeating: false, count: n), count: n)
        func set(_ x: Int, _ y: Int, _ on: Bool) {
            guard x >= 0, y >= 0, x < n, y < n else { return }
            dark[y][x] = on
            function[y][x] = true
        }
        // Finder patterns with their separators.
        for (cx, cy) in [(3, 3), (n - 4, 3), (3, n - 4)] {
            for dy in -4...4 { for dx in -4...4 {
                let d = max(abs(dx), abs(dy))
                set(cx + dx, cy + dy, d != 2 && d != 4)
            } }
        }
        // Timing patterns.
        for i in 8..<(n - 8) { set(i, 6, i % 2 == 0); set(6, i, i % 2 == 0) }
        // Alignment patterns (not over the finders).
        let centers = alignment[version - 1]
        for cy in centers { for cx in centers {
            if (cx == 6 && cy == 6) || (cx == 6 && cy == n - 7) || (cx == n - 7 && cy == 6) { continue }
            for dy in -2...2 { for dx in -2...2 { set(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1) } }
        } }
        // Reserve format areas (written after masking) and the dark module.
        for i in 0...8 { if !function[8][i] { set(i, 8, false) }; if !function[i][8] { set(8, i, false) } }
        for i in 0..<8 { set(n - 1 - i, 8, false); set(8, n - 1 - i, false) }
        set(8, n - 8, true)
        // Version information (versions 7+).
        if version >= 7 {
            let bits = bch(version, generator: 0x1F25, length: 12)
            for i in 0..<18 {
                let on = (bits >> i) & 1 == 1
                set(n - 11 + i % 3, i / 3, on)
                set(i / 3, n - 11 + i % 3, on)
            }
        }
        // Data, in the zigzag order, masked.
        var bitIndex = 0
        let totalBits = codewords.count * 8
        var x = n - 1
        var upward = true
        while x > 0 {
            if x == 6 { x -= 1 }
            for step in 0..<n {
                let y = upward ? n - 1 - step : step
                for cx in [x, x - 1] where !function[y][cx] {
                    var bit = false
                    if bitIndex < totalBits { bit = (codewords[bitIndex / 8] >> (7 - bitIndex % 8)) & 1 == 1 }
                    bitIndex += 1
                    dark[y][cx] = bit != maskBit(mask, cx, y)
                }
            }
            upward.toggle()
            x -= 2
        }
        // Format information: level M (00) and the mask, BCH(15,5), XOR 0x5412.
        let format = bch(mask, generator: 0x537, length: 10) ^ 0x5412
        func fbit(_ i: Int) -> Bool { (format >> i) & 1 == 1 }
        for i in 0...5 { dark[i][8] = fbit(i) }
        dark[7][8] = fbit(6); dark[8][8] = fbit(7); dark[8][7] = fbit(8)
        for i in 9...14 { dark[8][14 - i] = fbit(i) }
        for i in 0...7 { dark[8][n - 1 - i] = fbit(i) }
        for i in 8...14 { dark[n - 15 + i][8] = fbit(i) }
        dark[n - 8][8] = true
        return dark
    }

    static func maskBit(_ mask: Int, _ x: Int, _ y: Int) -> Bool {
        switch mask {
        case 0: return (x + y) % 2 == 0
        case 1: return y % 2 == 0
        case 2: return x % 3 == 0
        case 3: return (x + y) % 3 == 0
        case 4: return (y / 2 + x / 3) % 2 == 0
        case 5: return (x * y) % 2 + (x * y) % 3 == 0
        case 6: return ((x * y) % 2 + (x * y) % 3) % 2 == 0
        default: return ((x + y) % 2 + (x * y) % 3) % 2 == 0
        }
    }

    /// `value` followed by its BCH remainder of `length` bits.
    static func bch(_ value: Int, generator: Int, length: Int) -> Int {
        var r = value << length
        let top = Int.bitWidth - generator.leadingZeroBitCount - 1
        while r != 0 && (Int.bitWidth - r.leadingZeroBitCount - 1) >= top {
            r ^= generator << ((Int.bitWidth - r.leadingZeroBitCount - 1) - top)
        }
        return value << length | r
    }

    /// The standard's four penalty rules; the mask with the lowest total is used.
    static func penalty(_ m: [[Bool]]) -> Int {
        let n = m.count
        var total = 0
        for line in 0..<2 {
            for i in 0..<n {
                var run = 1
                for j in 1..<n {
                    let a = line == 0 ? m[i][j] : m[j][i], b = line == 0 ? m[i][j - 1] : m[j - 1][i]
                    if a == b { run += 1 } else { if run >= 5 { total += run - 2 }; run = 1 }
                }
                if run >= 5 { total += run - 2 }
            }
        }
        for y in 0..<(n - 1) { for x in 0..<(n - 1) where m[y][x] == m[y][x + 1] && m[y][x] == m[y + 1][x] && m[y][x] == m[y + 1][x + 1] {
            total += 3
        } }
        let pattern: [Bool] = [true, false, true, true, true, false, true, false, false, false, false]
        for i in 0..<n { for j in 0...(n - 11) {
            var row = true, rowRev = true, col = true, colRev = true
            for k in 0..<11 {
                if m[i][j + k] != pattern[k] { row = false }
                if m[i][j + k] != pattern[10 - k] { rowRev = false }
                if m[j + k][i] != pattern[k] { col = false }
                if m[j + k][i] != pattern[10 - k] { colRev = false }
            }
            total += 40 * [row, rowRev, col, colRev].filter { $0 }.count
        } }
        let darkCount = m.reduce(0) { $0 + $1.filter { $0 }.count }
        total += abs(darkCount * 20 - n * n * 10) / (n * n) * 10
        return total
    }

    /// SVG with a 4-module quiet zone, one path, no script: for pages and printing.
    public func svg(moduleSize: Int = 8, label: String) -> String {
        let full = (size + 8) * moduleSize
        var d = ""
        for (y, row) in modules.enumerated() { for (x, on) in row.enumerated() where on {
            d += "M\((x + 4) * moduleSize),\((y + 4) * moduleSize)h\(moduleSize)v\(moduleSize)h-\(moduleSize)z"
        } }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(full) \(full)\" width=\"\(full)\" height=\"\(full)\" "
            + "role=\"img\" aria-label=\"\(Self.attribute(label))\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\"\(d)\"/></svg>"
    }

    static func attribute(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Binary PGM (P5) with a quiet zone — a plain raster any image reader takes.
    public func pgm(moduleSize: Int = 8) -> [UInt8] {
        let full = (size + 8) * moduleSize
        var out = Array("P5\n\(full) \(full)\n255\n".utf8)
        for py in 0..<full {
            for px in 0..<full {
                let x = px / moduleSize - 4, y = py / moduleSize - 4
                let on = x >= 0 && y >= 0 && x < size && y < size && modules[y][x]
                out.append(on ? 0 : 255)
            }
        }
        return out
    }
}

/// Reed-Solomon error-correction codewords over GF(256) with the polynomial 0x11D.
enum ReedSolomon {
    static let (exp, log): ([UInt8], [Int]) = {
        var exp = [UInt8](repeating: 0, count: 512), log = [Int](repeating: 0, count: 256)
        var x = 1
        for i in 0..<255 {
            exp[i] = UInt8(x)
            log[x] = i
            x <<= 1
            if x & 0x100 != 0 { x ^= 0x11D }
        }
        for i in 255..<512 { exp[i] = exp[i - 255] }
        return (exp, log)
    }()

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        a == 0 || b == 0 ? 0 : exp[log[Int(a)] + log[Int(b)]]
    }

    static func generator(_ degree: Int) -> [UInt8] {
        var g: [UInt8] = [1]
        for i in 0..<degree {
            var next = [UInt8](repeating: 0, count: g.count + 1)
            for (j, c) in g.enumerated() {
                next[j] ^= c
                next[j + 1] ^= multiply(c, exp[i])
            }
            g = next
        }
        return g
    }

    static func remainder(_ data: [UInt8], degree: Int) -> [UInt8] {
        let g = generator(degree)
        var r = data + [UInt8](repeating: 0, count: degree)
        for i in 0..<data.count {
            let factor = r[i]
            if factor == 0 { continue }
            for j in 0..<g.count { r[i + j] ^= multiply(g[j], factor) }
        }
        return Array(r[data.count...])
    }
}
