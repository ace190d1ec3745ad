import CiteCore
import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The store keys every ingested file by the SHA-256 hex digest of its bytes (swift-crypto's
/// `SHA256`): the same digest as `sha256sum`, so stores written before stay valid.
///
/// ```swift
/// ContentHash.hex(of: Array("abc".utf8))
/// // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
/// ```
public enum ContentHash {
    /// SHA-256 hex digest of `bytes`.
    /// - Complexity: O(n).
    public static func hex<Bytes: Sequence<UInt8>>(of bytes: Bytes) -> String {
        hex(SHA256.hash(data: Array(bytes)))
    }

    /// SHA-256 hex digest of the file at `path`, read in 1 MiB chunks.
    /// - Throws: `InputError` with the operating system's reason when the file cannot be read.
    /// - Complexity: O(file size).
    public static func hex(ofFileAt path: String) throws -> String {
        let fd = FileNames.open(path, O_RDONLY)
        guard fd >= 0 else { throw systemError(path: path) }
        defer { close(fd) }
        var hasher = SHA256()
        try FileNames.readChunks(fd, path: path) { hasher.update(bufferPointer: $0) }
        return hex(hasher.finalize())
    }

    /// Lower-case hex of a digest, two digits a byte.
    public static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(SHA256.Digest.byteCount * 2)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func systemError(path: String) -> InputError {
        InputError(path: path, reason: String(cString: strerror(errno)))
    }
}
