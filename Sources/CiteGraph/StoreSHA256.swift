import CiteCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SHA-256 (FIPS 180-4), written here because CryptoKit is not on Linux; the store keys
/// every ingested file by the hex digest of its bytes.
///
/// ```swift
/// StoreSHA256.hex(of: Array("abc".utf8))
/// // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
public struct StoreSHA256: Sendable {
    private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
    )
    /// Bytes of an incomplete block waiting for more input (always fewer than 64).
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    public init() { pending.reserveCapacity(64) }

    /// Feeds more bytes.
    /// - Complexity: O(n) in the number of bytes.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        length &+= UInt64(bytes.count)
        var offset = 0
        if !pending.isEmpty {
            let take = min(64 - pending.count, bytes.count)
            pending.append(contentsOf: bytes[0..<take])
            offset = take
            if pending.count == 64 {
                let block = pending
                block.withUnsafeBytes { compress($0, at: 0) }
                pending.removeAll(keepingCapacity: true)
            }
        }
        while bytes.count - offset >= 64 {
            compress(bytes, at: offset)
            offset += 64
        }
        if offset < bytes.count { pending.append(contentsOf: bytes[offset...]) }
    }

    /// Feeds more bytes.
    public mutating func update<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        let array = Array(bytes)
        array.withUnsafeBytes { update($0) }
    }

    /// The 32-byte digest of everything fed so far.
    public func finalize() -> [UInt8] {
        var copy = self
        let bitLength = length &* 8
        var tail: [UInt8] = [0x80]
        let used = (pending.count + 1) % 64
        tail.append(contentsOf: repeatElement(0, count: (56 - used + 64) % 64))
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        let savedLength = copy.length
        tail.withUnsafeBytes { copy.update($0) }
        copy.length = savedLength
        let s = copy.state
        var digest: [UInt8] = []
        digest.reserveCapacity(32)
        for word in [s.0, s.1, s.2, s.3, s.4, s.5, s.6, s.7] {
            for shift in stride(from: 24, through: 0, by: -8) { digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
        }
        return digest
    }

    /// The digest as 64 lowercase hex digits.
    public func hexDigest() -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in finalize() {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// SHA-256 hex digest of `bytes`.
    /// - Complexity: O(n).
    public static func hex<Bytes: Sequence<UInt8>>(of bytes: Bytes) -> String {
        var hasher = StoreSHA256()
        hasher.update(bytes)
        return hasher.hexDigest()
    }

    /// SHA-256 hex digest of the file at `path`, read in 1 MiB chunks.
    /// - Throws: `InputError` with the operating system's reason when the file cannot be read.
    /// - Complexity: O(file size).
    public static func hex(ofFileAt path: String) throws -> String {
        let fd = FileNames.open(path, O_RDONLY)
        guard fd >= 0 else { throw StoreSHA256.systemError(path: path) }
        defer { close(fd) }
        var hasher = StoreSHA256()
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = read(fd, chunk.baseAddress, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw StoreSHA256.systemError(path: path)
            }
            if count == 0 { break }
            hasher.update(UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
        }
        return hasher.hexDigest()
    }

    static func systemError(path: String) -> InputError {
        InputError(path: path, reason: String(cString: strerror(errno)))
    }

    private static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

    /// Runs the compression function over the 64-byte block at `offset`.
    private mutating func compress(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            for t in 0..<16 {
                let base = offset + 4 * t
                w[t] = UInt32(bytes[base]) << 24 | UInt32(bytes[base + 1]) << 16
                    | UInt32(bytes[base + 2]) << 8 | UInt32(bytes[base + 3])
            }
            for t in 16..<64 {
                let x = w[t - 15], y = w[t - 2]
                let s0 = StoreSHA256.rotr(x, 7) ^ StoreSHA256.rotr(x, 18) ^ (x >> 3)
                let s1 = StoreSHA256.rotr(y, 17) ^ StoreSHA256.rotr(y, 19) ^ (y >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = state
            StoreSHA256.roundConstants.withUnsafeBufferPointer { k in
                for t in 0..<64 {
                    let bigS1 = StoreSHA256.rotr(e, 6) ^ StoreSHA256.rotr(e, 11) ^ StoreSHA256.rotr(e, 25)
                    let choose = (e & f) ^ (~e & g)
                    let t1 = h &+ bigS1 &+ choose &+ k[t] &+ w[t]
                    let bigS0 = StoreSHA256.rotr(a, 2) ^ StoreSHA256.rotr(a, 13) ^ StoreSHA256.rotr(a, 22)
                    let majority = (a & b) ^ (a & c) ^ (b & c)
                    let t2 = bigS0 &+ majority
                    h = g; g = f; f = e; e = d &+ t1
                    d = c; c = b; b = a; a = t1 &+ t2
                }
            }
            state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d,
                     state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h)
        }
    }
}
