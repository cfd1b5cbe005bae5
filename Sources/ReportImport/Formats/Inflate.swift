/// DEFLATE (RFC 1951) decompression, for the members of a ZIP archive.
///
/// A plain canonical-Huffman decoder in the manner of zlib's `puff`: it reads one bit at a time, which is
/// fast enough for the few megabytes of a Word document and keeps every step checked. The output is capped:
/// a stream that would inflate past `limit` bytes (a zip bomb) stops with ``Failure/tooLarge`` as soon as it
/// gets there, whatever its headers claimed.
struct Inflater {
    enum Failure: Error, Equatable {
        /// The stream is not valid DEFLATE: what was wrong with it.
        case corrupt(String)
        /// The output would be larger than the limit.
        case tooLarge(limit: Int)
    }

    private let input: [UInt8]
    private var position: Int
    private let end: Int
    private var bitBuffer: UInt32 = 0
    private var bitCount = 0
    private var output: [UInt8] = []
    private let limit: Int

    /// Inflates `input[range]`; at most `limit` bytes of output.
    static func inflate(_ input: [UInt8], range: Range<Int>, limit: Int, expected: Int = 0) throws(Failure) -> [UInt8] {
        var inflater = Inflater(input: input, position: range.lowerBound, end: range.upperBound, limit: limit)
        inflater.output.reserveCapacity(min(max(expected, 0), limit))
        try inflater.run()
        return inflater.output
    }

    private init(input: [UInt8], position: Int, end: Int, limit: Int) {
        self.input = input
        self.position = max(0, min(position, input.count))
        self.end = max(self.position, min(end, input.count))
        self.limit = limit
    }

    private mutating func run() throws(Failure) {
        var last = false
        while !last {
            last = try bits(1) == 1
            switch try bits(2) {
            case 0: try stored()
            case 1: try codes(Self.fixedLengths, Self.fixedDistances)
            case 2: try dynamic()
            default: throw .corrupt("invalid block type")
            }
        }
    }

    // MARK: Bits

    private mutating func bits(_ need: Int) throws(Failure) -> Int {
        var value = bitBuffer
        while bitCount < need {
            guard position < end else { throw .corrupt("the stream ends early") }
            value |= UInt32(input[position]) << UInt32(bitCount)
            position += 1
            bitCount += 8
        }
        bitBuffer = value >> UInt32(need)
        bitCount -= need
        return Int(value & ((1 << UInt32(need)) - 1))
    }

    private mutating func emit(_ byte: UInt8) throws(Failure) {
        guard output.count < limit else { throw .tooLarge(limit: limit) }
        output.append(byte)
    }

    // MARK: Blocks

    private mutating func stored() throws(Failure) {
        bitBuffer = 0
        bitCount = 0
        guard position + 4 <= end else { throw .corrupt("the stream ends early") }
        let length = Int(input[position]) | Int(input[position + 1]) << 8
        let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
        position += 4
        guard length == ~complement & 0xFFFF else { throw .corrupt("a stored block's length does not check") }
        guard position + length <= end else { throw .corrupt("the stream ends early") }
        guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
        output += input[position..<(position + length)]
        position += length
    }

    /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
    struct Huffman {
        var count = [Int](repeating: 0, count: 16)
        var symbol: [Int]

        /// The code for `lengths` (one length per symbol, 0 for unused); nil when it is over-subscribed, or
        /// incomplete where `allowIncomplete` is false.
        init?(_ lengths: [Int], allowIncomplete: Bool) {
            symbol = [Int](repeating: 0, count: lengths.count)
            for l in lengths { count[l] += 1 }
            if count[0] == lengths.count { return nil }
            var left = 1
            for len in 1..<16 {
                left <<= 1
                left -= count[len]
                if left < 0 { return nil }
            }
            if left > 0 && !allowIncomplete { return nil }
            var offsets = [Int](repeating: 0, count: 16)
            for len in 1..<15 { offsets[len + 1] = offsets[len] + count[len] }
            for (s, l) in lengths.enumerated() where l != 0 {
                symbol[offsets[l]] = s
                offsets[l] += 1
            }
        }
    }

    private mutating func decode(_ h: Huffman) throws(Failure) -> Int {
        var code = 0, first = 0, index = 0
        for len in 1..<16 {
            code |= try bits(1)
            let count = h.count[len]
            if code - count < first { return h.symbol[index + (code - first)] }
            index += count
            first += count
            first <<= 1
            code <<= 1
        }
        throw .corrupt("an invalid Huffman code")
    }

    private static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99,
                                     115, 131, 163, 195, 227, 258]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
                                       1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11,
                                        12, 12, 13, 13]

    private static let fixedLengths: Huffman = {
        var lengths = [Int](repeating: 8, count: 288)
        for s in 144..<256 { lengths[s] = 9 }
        for s in 256..<280 { lengths[s] = 7 }
        return Huffman(lengths, allowIncomplete: true) ?? Huffman(empty: ())
    }()
    private static let fixedDistances: Huffman = {
        Huffman([Int](repeating: 5, count: 30), allowIncomplete: true) ?? Huffman(empty: ())
    }()

    private mutating func codes(_ lengthCode: Huffman, _ distanceCode: Huffman) throws(Failure) {
        while true {
            let symbol = try decode(lengthCode)
            if symbol < 256 {
                try emit(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let s = symbol - 257
                guard s < 29 else { throw .corrupt("an invalid length code") }
                let length = Self.lengthBase[s] + (try bits(Self.lengthExtra[s]))
                let d = try decode(distanceCode)
                guard d < 30 else { throw .corrupt("an invalid distance code") }
                let distance = Self.distanceBase[d] + (try bits(Self.distanceExtra[d]))
                guard distance <= output.count else { throw .corrupt("a distance reaches before the start") }
                guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
                var from = output.count - distance
                for _ in 0..<length {
                    output.append(output[from])
                    from += 1
                }
            }
        }
    }

    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private mutating func dynamic() throws(Failure) {
        let nlen = try bits(5) + 257
        let ndist = try bits(5) + 1
        let ncode = try bits(4) + 4
        guard nlen <= 286, ndist <= 30 else { throw .corrupt("too many length or distance codes") }
        var codeLengths = [Int](repeating: 0, count: 19)
        for k in 0..<ncode { codeLengths[Self.codeLengthOrder[k]] = try bits(3) }
        guard let lencode = Huffman(codeLengths, allowIncomplete: false) else {
            throw .corrupt("an invalid code-length code")
        }
        var lengths = [Int](repeating: 0, count: nlen + ndist)
        var index = 0
        while index < nlen + ndist {
            var symbol = try decode(lencode)
            if symbol < 16 {
                lengths[index] = symbol
                index += 1
                continue
            }
            var value = 0
            if symbol == 16 {
                guard index > 0 else { throw .corrupt("a repeat with no previous length") }
                value = lengths[index - 1]
                symbol = 3 + (try bits(2))
            } else if symbol == 17 {
                symbol = 3 + (try bits(3))
            } else {
                symbol = 11 + (try bits(7))
            }
            guard index + symbol <= nlen + ndist else { throw .corrupt("too many lengths") }
            for _ in 0..<symbol {
                lengths[index] = value
                index += 1
            }
        }
        guard lengths[256] != 0 else { throw .corrupt("no end-of-block code") }
        // A literal/length code must be complete unless it has a single code; distance codes may be incomplete.
        let literal = Array(lengths[0..<nlen])
        let literalCount = literal.count { $0 != 0 }
        guard let lengthCode = Huffman(literal, allowIncomplete: literalCount == 1) else {
            throw .corrupt("an invalid literal/length code")
        }
        let distance = Array(lengths[nlen...])
        let distanceCode = Huffman(distance, allowIncomplete: true) ?? Huffman(empty: ())
        try codes(lengthCode, distanceCode)
    }
}

extension Inflater.Huffman {
    /// A code with no symbols: decoding with it fails (a block that uses no distances may have one).
    init(empty: Void) {
        count = [Int](repeating: 0, count: 16)
        symbol = []
    }
}
