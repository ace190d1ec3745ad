import Foundation

/// Paths of the test PDFs copied into the test bundle.
enum Fixtures {
    static func path(_ name: String) throws -> String {
        let base = (name as NSString).deletingPathExtension
        let ext = (name as NSString).pathExtension
        guard let path = Bundle.module.path(forResource: base, ofType: ext, inDirectory: "Fixtures") else {
            throw FixtureMissing(name: name)
        }
        return path
    }

    struct FixtureMissing: Error, CustomStringConvertible {
        var name: String
        var description: String { "fixture \(name) is not in the test bundle" }
    }
}
