import Foundation

/// One file of a report, named relative to the output folder.
public struct ReportFile: Hashable, Sendable {
    /// A plain file name: no folder, never `..`.
    public var name: String
    public var contents: String
}

/// A built report: the HTML page, its Markdown twin and the SVG files the Markdown shows.
public struct Report: Hashable, Sendable {
    public static let htmlFileName = "index.html"
    public static let markdownFileName = "report.md"

    /// The self-contained page (`index.html`).
    public var html: String
    /// The Markdown twin (`report.md`).
    public var markdown: String
    /// Every file to write: `index.html`, `report.md`, then the diagrams in the order they appear.
    public var files: [ReportFile]

    /// Writes every file into `folder`, creating it when missing. Files of an earlier report
    /// with other names are left alone.
    /// - Throws: ``ReportError/unsafeFileName(_:)`` for a name that is not a plain file name or
    ///   would resolve outside `folder`; ``ReportError/writeFailed(path:reason:)``.
    public func write(to folder: String) throws(ReportError) {
        let base = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        do {
            try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(path: folder, reason: error.localizedDescription)
        }
        for file in files {
            guard FileNames.isPlainName(file.name) else { throw .unsafeFileName(file.name) }
            let url = base.appendingPathComponent(file.name, isDirectory: false).standardizedFileURL
            guard url.deletingLastPathComponent().path == base.path else { throw .unsafeFileName(file.name) }
            do {
                try Data(file.contents.utf8).write(to: url, options: .atomic)
            } catch {
                throw .writeFailed(path: url.path, reason: error.localizedDescription)
            }
        }
    }
}
