import Crypto
import Foundation
import Testing
@testable import CiteStore

/// The digest the store keys files by: swift-crypto's SHA-256, as lower-case hex. Stores
/// written with the hand-written SHA-256 before hold the same digests.
@Suite("ContentHash")
struct ContentHashTests {
    // FIPS 180-4 / NIST example vectors.
    @Test func knownVectors() {
        #expect(ContentHash.hex(of: [UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(ContentHash.hex(of: [UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func chunkedUpdatesMatchOneShot() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let expected = ContentHash.hex(of: bytes)
        for split in [0, 1, 55, 56, 63, 64, 65, 127, 128, 999, 1000] {
            var hasher = SHA256()
            hasher.update(data: Array(bytes[0..<split]))
            hasher.update(data: Array(bytes[split...]))
            #expect(ContentHash.hex(hasher.finalize()) == expected, "split at \(split)")
        }
    }

    @Test func fileDigestMatchesBytesAndUnreadableFileSaysWhy() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try folder.write("a.txt", "Recalling its resolution 1325 (2000)\n")
        #expect(try ContentHash.hex(ofFileAt: path) == ContentHash.hex(of: Array("Recalling its resolution 1325 (2000)\n".utf8)))
        #expect(throws: (any Error).self) { try ContentHash.hex(ofFileAt: folder.path + "/missing.txt") }
    }
}
