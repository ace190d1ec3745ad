/// Tests of eight bytes at once (a `UInt64` read from text, the first byte lowest): each answers
/// with the high bit of every byte that passes, so that `trailingZeroBitCount / 8` is the first
/// such byte. Every byte is read without its high bit first, so that no sum carries into the next
/// byte; a byte of 0x80 or more passes none of them.
enum ASCIIBlock {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The bytes that are ASCII letters: with 0x20 set, between "a" and "z".
    @inline(__always) static func letters(_ x: UInt64) -> UInt64 {
        let y = x & ~highs | ones &* 0x20
        let atLeastA = y &+ ones &* (0x80 - 0x61), pastZ = y &+ ones &* (0x80 - 0x7B)
        return atLeastA & ~pastZ & ~x & highs
    }

    /// The bytes equal to `byte` (an ASCII byte): a byte of `x ^ byte` is zero exactly when adding
    /// 0x7F leaves its high bit clear.
    @inline(__always) static func bytes(_ x: UInt64, equalTo byte: UInt8) -> UInt64 {
        let v = x & ~highs ^ ones &* UInt64(byte)
        return ~((v &+ ones &* 0x7F) | v | x) & highs
    }
}
