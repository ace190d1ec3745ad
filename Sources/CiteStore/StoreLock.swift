import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The exclusive write lock of a file store: `flock` on `<store>.lock`, which holds the pid of
/// the ingest that owns it. A second ingest fails at once instead of interleaving its writes.
///
/// The kernel drops the lock when the process dies (even by kill -9), so a stale lock file
/// never blocks anyone. `release()` removes the file while still holding the lock, and
/// `acquire` keeps a lock only when the path still names the file it locked (else it opens the
/// path again): so two processes never hold locks on two different files of the same name, and
/// no `.lock` file stays beside the store after a run that ended normally.
public final class StoreLock: @unchecked Sendable {
    /// `<store>.lock`
    public let lockPath: String
    private var fd: Int32

    private init(lockPath: String, fd: Int32) {
        self.lockPath = lockPath
        self.fd = fd
    }

    deinit { release() }

    /// Takes the lock of the store at `storePath`, or fails at once.
    /// - Throws: `StoreError.locked` (with the holder's pid) when another ingest holds it;
    ///   `StoreError.readOnly` when the lock file cannot be created.
    public static func acquire(storePath: String) throws -> StoreLock {
        let lockPath = storePath + ".lock"
        while true {
            let fd = try openAndLock(lockPath: lockPath, storePath: storePath)
            // The holder before us may have removed the file between our open and our lock.
            var held = stat(), named = stat()
            if fstat(fd, &held) == 0, stat(lockPath, &named) == 0, held.st_dev == named.st_dev, held.st_ino == named.st_ino {
                let pid = Array("\(getpid())\n".utf8)
                _ = ftruncate(fd, 0)
                _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
                return StoreLock(lockPath: lockPath, fd: fd)
            }
            _ = flock(fd, LOCK_UN)
            close(fd)
        }
    }

    /// Opens (creating) the lock file and takes its lock, or fails at once.
    private static func openAndLock(lockPath: String, storePath: String) throws -> Int32 {
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            if errno == EACCES || errno == EROFS || errno == EPERM {
                throw StoreError.readOnly(store: storePath, reason: "cannot create \(lockPath) (\(reason))")
            }
            throw StoreError.failed(store: storePath, reason: "cannot open \(lockPath) (\(reason))")
        }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let code = errno
            let holder = readPid(fd: fd)
            close(fd)
            if code == EWOULDBLOCK { throw StoreError.locked(store: storePath, pid: holder) }
            throw StoreError.failed(store: storePath, reason: "cannot lock \(lockPath) (\(String(cString: strerror(code))))")
        }
        return fd
    }

    /// Removes the lock file and releases the lock (also done on deinit).
    public func release() {
        guard fd >= 0 else { return }
        _ = unlink(lockPath)
        _ = flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    private static func readPid(fd: Int32) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int(String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
