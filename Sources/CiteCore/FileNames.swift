import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File names as the file system has them (bytes), and as citegraph prints and keys them.
///
/// A name may hold a newline, ESC or bytes that are not UTF-8. Printed raw, a newline forges a
/// second error line and ESC reaches the terminal; decoded with repair, a name that is not UTF-8
/// can never be opened again. So every path an input walk finds, or a command is given, goes
/// through `name(bytes:)`: a plain name stays as it is; any other is written shell-style,
/// `$'a\nb.txt'`, `$'r\xe9solution.txt'` (what a user can paste back into a shell), and the
/// original bytes are kept so that `open`, `readData` and `stat` reach the same file.
///
/// ```swift
/// let shown = FileNames.name(bytes: Array("bad\u{1B}[31m.txt".utf8))   // "$'bad\\e[31m.txt'"
/// let data = try FileNames.readData(shown)                              // the file's bytes
/// ```
public enum FileNames {
    /// The one-line, unambiguous form of a path given as bytes (see the type's summary); a form
    /// that is not the bytes' own UTF-8 is remembered, so `bytes(of:)` gives the bytes back.
    /// - Complexity: O(n) in the length of the path.
    public static func name(bytes: [UInt8]) -> String {
        // Printable ASCII (most names) is its own form, unless it begins as a quoted form does.
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }), !bytes.starts(with: [0x24, 0x27]) {
            return String(decoding: bytes, as: UTF8.self)
        }
        var plain = true
        var quoted = "$'"
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var position = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                position += encoded.count
                if let escape = escaped(scalar) {
                    plain = false
                    quoted += escape
                } else {
                    if scalar == "\\" || scalar == "'" { quoted += "\\" }
                    quoted.unicodeScalars.append(scalar)
                }
            case .error(let length):
                plain = false
                for byte in bytes[position..<(position + length)] { quoted += "\\x" + hex(byte, digits: 2) }
                position += length
            case .emptyInput:
                break loop
            }
        }
        // A plain name that looks quoted is quoted too, so no two files share one form.
        if plain && !bytes.starts(with: Array("$'".utf8)) { return String(decoding: bytes, as: UTF8.self) }
        quoted += "'"
        registry.remember(quoted, bytes)
        return quoted
    }

    /// Whether path `a` comes before `b` in UTF-8 byte order (the order of every walk's files).
    public static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
                return order != 0 ? order < 0 : x.count < y.count
            }
        }
    }

    /// `path`, or its quoted form when it holds characters that must not be printed raw.
    public static func printable(_ path: String) -> String { name(bytes: bytes(of: path)) }

    /// The file system's bytes for `path`: those a quoted form was made from, else its UTF-8.
    public static func bytes(of path: String) -> [UInt8] { registry.bytes(path) ?? Array(path.utf8) }

    /// Remembers the raw bytes of each command-line argument that is not valid UTF-8, under the
    /// string Swift made of it (invalid bytes repaired to U+FFFD), so a path named that way opens.
    public static func rememberArguments() {
        for index in 0..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let raw = Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self),
                                                count: strlen(pointer)))
            let repaired = String(decoding: raw, as: UTF8.self)
            if Array(repaired.utf8) != raw { registry.remember(repaired, raw) }
        }
    }

    /// Calls `body` with `path` as the C string of its file-system bytes.
    public static func withCPath<T>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        var raw = bytes(of: path)
        raw.append(0)
        return try raw.withUnsafeBufferPointer { buffer in
            try body(UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self))
        }
    }

    /// `open(2)` of `path` by its bytes; -1 with `errno` set on failure.
    public static func open(_ path: String, _ flags: Int32) -> Int32 {
        withCPath(path) { openFile($0, flags | O_CLOEXEC) }
    }

    /// The whole content of the file at `path`, read by its bytes.
    /// - Throws: `InputError` with the operating system's reason ("No such file or directory").
    /// - Complexity: O(file size).
    public static func readData(_ path: String) throws -> Data {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError(path: path, reason: "cannot be read (\(String(cString: strerror(errno))))") }
        defer { _ = closeFile(fd) }
        return try readAll(fd, path: path)
    }

    /// Everything left to read from `fd`.
    ///
    /// A regular file is read straight into a buffer of its size (no chunk to copy from); what
    /// it holds beyond that size (a file that grew meanwhile) and any other file (a pipe) are
    /// read in chunks.
    public static func readAll(_ fd: Int32, path: String) throws -> Data {
        var data = Data()
        var info = stat()
        if fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 {
            data = Data(count: Int(info.st_size))
            var got = 0
            try data.withUnsafeMutableBytes { (raw: UnsafeMutableRawBufferPointer) throws in
                guard let base = raw.baseAddress else { return }
                while got < raw.count {
                    let count = try readSome(fd, into: base + got, count: raw.count - got, path: path)
                    if count == 0 { break }
                    got += count
                }
            }
            // A file that shrank ends where its bytes did; one that grew goes on below.
            guard got == data.count else { data.count = got; return data }
            var probe: UInt8 = 0
            guard try readSome(fd, into: &probe, count: 1, path: path) > 0 else { return data }
            data.append(probe)
        }
        try readChunks(fd, path: path) { chunk in
            if let base = chunk.baseAddress { data.append(base.assumingMemoryBound(to: UInt8.self), count: chunk.count) }
        }
        return data
    }

    /// Reads `fd` to its end in 1 MiB chunks, handing each to `body` (the chunk is reused: copy
    /// what you keep). A read interrupted by a signal is retried.
    /// - Throws: `InputError` with the operating system's reason ("cannot be read (…)").
    public static func readChunks(_ fd: Int32, path: String, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = try readSome(fd, into: chunk.baseAddress!, count: chunk.count, path: path)
            if count == 0 { return }
            try body(UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
        }
    }

    /// One `read` of up to `count` bytes into `buffer`, again when a signal interrupts it: how many
    /// were read (0 at the end).
    /// - Throws: `InputError` with the operating system's reason ("cannot be read (…)").
    private static func readSome(_ fd: Int32, into buffer: UnsafeMutableRawPointer, count: Int, path: String) throws -> Int {
        while true {
            let got = read(fd, buffer, count)
            if got >= 0 { return got }
            if errno != EINTR { throw InputError(path: path, reason: "cannot be read (\(String(cString: strerror(errno))))") }
        }
    }

    /// The canonical absolute path of an existing file (symbolic links, `.` and `..` resolved),
    /// in the form `name(bytes:)` gives; nil when it cannot be resolved.
    public static func realPath(_ path: String) -> String? {
        withCPath(path) { cPath in
            guard let resolved = realpath(cPath, nil) else { return nil }
            defer { free(resolved) }
            let raw = Array(UnsafeBufferPointer(start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self),
                                                count: strlen(resolved)))
            return name(bytes: raw)
        }
    }

    /// `text` with every character `escaped(_:)` names written as its escape (`\n`, `\e`, `\u2028`).
    public static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { escaped($0) != nil }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if let escape = escaped(scalar) { out += escape } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// The escape of a character that must not be printed raw, or nil: C0 and C1 controls,
    /// DEL, line and paragraph separators, and the bidirectional controls that reorder a line.
    static func escaped(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x0A: return "\\n"
        case 0x09: return "\\t"
        case 0x0D: return "\\r"
        case 0x1B: return "\\e"
        case 0x00..<0x20, 0x7F: return "\\x" + hex(UInt8(scalar.value), digits: 2)
        case 0x80..<0xA0, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
            return "\\u" + hex(scalar.value, digits: 4)
        default: return nil
        }
    }

    private static func hex<T: BinaryInteger>(_ value: T, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    private static let registry = Registry()

    /// Quoted forms → the bytes they were made from, for the life of the process.
    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var table: [String: [UInt8]] = [:]
        func remember(_ form: String, _ bytes: [UInt8]) {
            lock.lock()
            table[form] = bytes
            lock.unlock()
        }
        func bytes(_ form: String) -> [UInt8]? {
            lock.lock()
            defer { lock.unlock() }
            return table[form]
        }
    }
}

private func openFile(_ path: UnsafePointer<CChar>, _ flags: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.open(path, flags)
    #else
    return Darwin.open(path, flags)
    #endif
}

private func closeFile(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.close(fd)
    #else
    return Darwin.close(fd)
    #endif
}
