import Foundation

/// Reads a plain-text document into a `Document`: decoding, cleaning, identity and structure.
public enum DocumentReader {
    /// Reads and parses one `.txt` file.
    public static func read(path: String) throws -> Document {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw InputError(path: path, reason: "cannot be read")
        }
        return try parse(data: data, path: path)
    }

    /// Parses raw bytes as a text document (placeholder until the text reader lands).
    public static func parse(data: Data, path: String) throws -> Document {
        guard let text = String(data: data, encoding: .utf8), !text.isEmpty else {
            throw InputError(path: path, reason: "not UTF-8 text")
        }
        return Document(path: path, symbol: "", body: .ga, text: text)
    }
}
