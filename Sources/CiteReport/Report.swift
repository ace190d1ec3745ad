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

    /// Writes the report as the folder `folder`, as a set: the files go into a new folder that
    /// then takes the old one's place, so a killed or failed run leaves the old report whole,
    /// and files of an earlier report that this one no longer has are gone.
    /// - Throws: ``ReportError/unsafeFileName(_:)`` for a name that is not a plain file name;
    ///   ``ReportError/writeFailed(path:reason:)`` when the folder cannot be written, or when it
    ///   exists and holds files that are not a report's (index.html, report.md, *.svg), which
    ///   are never deleted.
    public func write(to folder: String) throws(ReportError) {
        for file in files where !FileNames.isPlainName(file.name) { throw .unsafeFileName(file.name) }
        do {
            try OutputFolder.replace(folder, with: files.map { ($0.name, Data($0.contents.utf8)) },
                                     isReplaceable: Report.isReportFileName)
        } catch {
            throw .writeFailed(path: error.path, reason: error.reason)
        }
    }

    /// Names a report folder holds, which a new report may replace.
    static func isReportFileName(_ name: String) -> Bool {
        name == htmlFileName || name == markdownFileName
            || (FileNames.isPlainName(name) && name.lowercased().hasSuffix(".svg"))
    }
}
