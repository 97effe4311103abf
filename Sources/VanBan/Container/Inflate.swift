/// A DEFLATE decoder (RFC 1951), written for the project: Word files are ZIP archives
/// whose parts are deflated, and the toolchain has no zlib binding on Linux that a
/// package without dependencies may rely on.
///
/// Canonical Huffman codes are decoded code length by code length, as in Mark Adler's
/// `puff.c`: short, easy to check against the RFC, fast enough for document parts.
/// Output is bounded by `limit`; a stream that would exceed it stops with `.tooLarge`,
/// so a zip bomb costs at most `limit` bytes of memory.
public enum Inflate {
    /// Why a stream could not be inflated.
    public enum Failure: Error, Sendable, Equatable {
        /// The stream is not valid DEFLATE (the text says where it went wrong).
        case malformed(String)
        /// The output would be larger than the limit.
        case tooLarge
    }

    /// The inflated bytes of the raw DEFLATE stream `input[range]`, at most `limit` bytes.
    public static func inflate(_ input: [UInt8], range: Range<Int>? = nil, limit: Int) throws(Failure) -> [UInt8] {
        var state = State(input: input, position: range?.lowerBound ?? 0, end: range?.upperBound ?? input.count, limit: limit)
        try state.run()
        return state.output
    }

    /// A canonical Huffman code: how many codes of each length, symbols in code order.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int]
        /// Codes left unused (0 for a complete code).
        var left = 1

        /// Builds the code for `lengths` (0 = symbol unused). Over-subscribed sets are
        /// refused; incomplete ones are allowed only where the RFC allows them (a single
        /// distance code), which decoding checks by running out of codes.
        init(lengths: ArraySlice<Int>) throws(Failure) {
            symbols = [Int](repeating: 0, count: lengths.count)
            for l in lengths { counts[l] += 1 }
            // No codes at all is complete (a block of literals needs no distance code).
            if counts[0] == lengths.count { left = 0; return }
            for len in 1...15 {
                left <<= 1
                left -= counts[len]
                if left < 0 { throw .malformed("over-subscribed Huffman code") }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for len in 1..<15 { offsets[len + 1] = offsets[len] + counts[len] }
            for (symbol, l) in zip(0..., lengths) where l != 0 {
                symbols[offsets[l]] = symbol
                offsets[l] += 1
            }
        }
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
                               1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// The order code-length code lengths are sent in (RFC 1951 §3.2.7).
    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// The fixed codes of block type 1 (RFC 1951 §3.2.6), built once.
    static let fixed: (literals: Huffman, distances: Huffman) = {
        var lengths = [Int](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        // Cannot fail: the fixed code is complete.
        let literals = try! Huffman(lengths: lengths[...])
        let distances = try! Huffman(lengths: [Int](repeating: 5, count: 30)[...])
        return (literals, distances)
    }()

    struct State {
        let input: [UInt8]
        var position: Int
        let end: Int
        let limit: Int
        var output: [UInt8] = []
        var bitBuffer = 0
        var bitCount = 0

        init(input: [UInt8], position: Int, end: Int, limit: Int) {
            self.input = input
            self.position = max(0, min(position, input.count))
            self.end = max(self.position, min(end, input.count))
            self.limit = limit
        }

        mutating func bits(_ need: Int) throws(Failure) -> Int {
            var value = bitBuffer
            while bitCount < need {
                guard position < end else { throw .malformed("unexpected end of data") }
                value |= Int(input[position]) << bitCount
                position += 1
                bitCount += 8
            }
            bitBuffer = value >> need
            bitCount -= need
            return value & ((1 << need) - 1)
        }

        mutating func run() throws(Failure) {
            var last = false
            while !last {
                last = try bits(1) == 1
                switch try bits(2) {
                case 0: try stored()
                case 1: try codes(Inflate.fixed.literals, Inflate.fixed.distances)
                case 2:
                    let (l, d) = try dynamicCodes()
                    try codes(l, d)
                default: throw .malformed("invalid block type 3")
                }
            }
        }

        mutating func stored() throws(Failure) {
            bitBuffer = 0
            bitCount = 0
            guard end - position >= 4 else { throw .malformed("unexpected end of data") }
            let length = Int(input[position]) | Int(input[position + 1]) << 8
            let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
            position += 4
            guard length == ~complement & 0xFFFF else { throw .malformed("stored block length does not match its complement") }
            guard end - position >= length else { throw .malformed("unexpected end of data") }
            guard output.count + length <= limit else { throw .tooLarge }
            output.append(contentsOf: input[position..<(position + length)])
            position += length
        }

        mutating func decode(_ h: Huffman) throws(Failure) -> Int {
            var code = 0, first = 0, index = 0
            for len in 1...15 {
                code |= try bits(1)
                let count = h.counts[len]
                if code - count < first { return h.symbols[index + (code - first)] }
                index += count
                first += count
                first <<= 1
                code <<= 1
            }
            throw .malformed("invalid Huffman code")
        }

        mutating func codes(_ literals: Huffman, _ distances: Huffman) throws(Failure) {
            while true {
                let symbol = try decode(literals)
                if symbol < 256 {
                    guard output.count < limit else { throw .tooLarge }
                    output.append(UInt8(symbol))
                } else if symbol == 256 {
                    return
                } else {
                    let s = symbol - 257
                    guard s < 29 else { throw .malformed("invalid length symbol") }
                    let length = Inflate.lengthBase[s] + (try bits(Inflate.lengthExtra[s]))
                    let d = try decode(distances)
                    guard d < 30 else { throw .malformed("invalid distance symbol") }
                    let distance = Inflate.distanceBase[d] + (try bits(Inflate.distanceExtra[d]))
                    guard distance <= output.count else { throw .malformed("distance too far back") }
                    guard output.count + length <= limit else { throw .tooLarge }
                    let from = output.count - distance
                    for i in 0..<length { output.append(output[from + i]) }
                }
            }
        }

        mutating func dynamicCodes() throws(Failure) -> (Huffman, Huffman) {
            let literalCount = try bits(5) + 257
            let distanceCount = try bits(5) + 1
            let codeLengthCount = try bits(4) + 4
            guard literalCount <= 286, distanceCount <= 30 else { throw .malformed("too many length or distance codes") }
            var lengths = [Int](repeating: 0, count: 320)
            for i in 0..<codeLengthCount { lengths[Inflate.codeLengthOrder[i]] = try bits(3) }
            let lengthCode = try Huffman(lengths: lengths[0..<19])
            // As zlib: the code-length code must be complete.
            guard lengthCode.left == 0 else { throw .malformed("incomplete code-length code") }
            var index = 0
            while index < literalCount + distanceCount {
                var symbol = try decode(lengthCode)
                if symbol < 16 {
                    lengths[index] = symbol
                    index += 1
                    continue
                }
                var value = 0
                if symbol == 16 {
                    guard index > 0 else { throw .malformed("repeat with no first length") }
                    value = lengths[index - 1]
                    symbol = 3 + (try bits(2))
                } else if symbol == 17 {
                    symbol = 3 + (try bits(3))
                } else {
                    symbol = 11 + (try bits(7))
                }
                guard index + symbol <= literalCount + distanceCount else { throw .malformed("too many lengths") }
                for _ in 0..<symbol {
                    lengths[index] = value
                    index += 1
                }
            }
            guard lengths[256] != 0 else { throw .malformed("no end-of-block code") }
            // As zlib: an incomplete code is allowed only when it has a single code of length 1.
            let literals = try Huffman(lengths: lengths[0..<literalCount])
            guard literals.left == 0 || literalCount == literals.counts[0] + literals.counts[1] else {
                throw .malformed("incomplete literal/length code")
            }
            let distances = try Huffman(lengths: lengths[literalCount..<(literalCount + distanceCount)])
            guard distances.left == 0 || distanceCount == distances.counts[0] + distances.counts[1] else {
                throw .malformed("incomplete distance code")
            }
            return (literals, distances)
        }
    }
}
