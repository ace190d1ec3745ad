import Foundation
import GRDB

/// Why a citation store could not be opened, read or written, printed as one line
/// that names the store.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The store was written by a newer build: its schema version is above the one this build knows.
    case newerSchema(store: String, found: Int, known: Int)
    /// A read-only open of a store whose schema is older than this build's (an ingest upgrades it).
    case olderSchema(store: String, found: Int, known: Int)
    /// The file is not an SQLite database at all.
    case notADatabase(store: String)
    /// The file is an SQLite database with tables of its own, not a citegraph store.
    case foreignDatabase(store: String)
    /// A read-only open of a file that does not exist.
    case missing(store: String)
    /// The store (or its folder, or its lock file) cannot be written.
    case readOnly(store: String, reason: String)
    /// SQLite ran out of space (SQLITE_FULL); the document being written was rolled back.
    case diskFull(store: String)
    /// Another connection held the database past the busy timeout.
    case busy(store: String)
    /// Another ingest holds the store's lock file.
    case locked(store: String, pid: Int?)
    /// SQLite reports the file as damaged.
    case corrupt(store: String, reason: String)
    /// A record handed to the store is inconsistent (wrong citing symbol, bad span).
    case invalidRecord(store: String, reason: String)
    /// Any other SQLite or file-system failure.
    case failed(store: String, reason: String)

    public var description: String {
        switch self {
        case let .newerSchema(store, found, known):
            return "store \(store) was written by a newer citegraph (schema \(found) > \(known))"
        case let .olderSchema(store, found, known):
            return "store \(store) has an older schema (\(found) < \(known)); run citegraph ingest on it to upgrade it"
        case let .notADatabase(store):
            return "store \(store) is not a citegraph store: not an SQLite database"
        case let .foreignDatabase(store):
            return "store \(store) is not a citegraph store: an SQLite database with other tables"
        case let .missing(store):
            return "store \(store) does not exist"
        case let .readOnly(store, reason):
            return "store \(store) is read-only: \(reason)"
        case let .diskFull(store):
            return "store \(store): disk full (SQLITE_FULL); the document being written was rolled back, nothing already stored was lost"
        case let .busy(store):
            return "store \(store) is busy: another process kept it locked past the timeout"
        case let .locked(store, pid):
            let who = pid.map { " (pid \($0))" } ?? ""
            return "store \(store) is being written by another citegraph ingest\(who)"
        case let .corrupt(store, reason):
            return "store \(store) is damaged: \(reason)"
        case let .invalidRecord(store, reason):
            return "store \(store): \(reason)"
        case let .failed(store, reason):
            return "store \(store): \(reason)"
        }
    }

    /// Whether this error concerns one record only, so an ingest records it for that file and goes on.
    public var isRecordError: Bool {
        if case .invalidRecord = self { return true }
        return false
    }

    /// Turns any error thrown by GRDB or SQLite into a one-line `StoreError` naming `store`.
    static func wrap(_ error: any Error, store: String) -> StoreError {
        if let storeError = error as? StoreError { return storeError }
        if let decoding = error as? RowDecodingError {
            return .corrupt(store: store, reason: "a row cannot be read: \(CitationStore.reason(decoding))")
        }
        guard let dbError = error as? DatabaseError else {
            return .failed(store: store, reason: StoreError.oneLine(String(describing: error)))
        }
        let message = StoreError.oneLine(dbError.message ?? "SQLite error \(dbError.resultCode.rawValue)")
        switch dbError.resultCode {
        case .SQLITE_FULL: return .diskFull(store: store)
        case .SQLITE_NOTADB: return .notADatabase(store: store)
        case .SQLITE_READONLY: return .readOnly(store: store, reason: message)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(store: store)
        case .SQLITE_CORRUPT: return .corrupt(store: store, reason: message)
        case .SQLITE_CANTOPEN: return .failed(store: store, reason: "cannot open: \(message)")
        default: return .failed(store: store, reason: message)
        }
    }

    /// Folds line breaks so a message prints as one line.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
    }
}
