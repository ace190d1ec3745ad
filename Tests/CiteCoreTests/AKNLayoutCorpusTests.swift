import Foundation
import Testing
@testable import CiteCore

/// The layout the Akoma Ntoso reader builds from what the renderer recorded against the one the
/// text route guesses back from the same text, over the corpus's XML files: every numbered note
/// keeps the marker the renderer recorded (not the one the text route would guess), and every
/// paragraph is a block the renderer wrote; the counts say how many documents take the recorded
/// layout, how many are read back as text, how many notes' markers the renderer puts elsewhere
/// than the text route finds them, and how many documents' layouts differ from the text route's.
///
/// Runs only where the corpus exists (`AKN_CORPUS`, else `../shared/corpus`); prints its counts.
@Suite("AKN reader: recorded layout against the text route")
struct AKNLayoutCorpusTests {
    @Test("the layout is the recorded one: notes keep their markers, paragraphs are the renderer's blocks",
          .enabled(if: AKNCorpusTests.corpus != nil))
    func recordedAgainstGuessed() throws {
        let corpus = try #require(AKNCorpusTests.corpus)
        let files = FileManager.default.enumerator(atPath: corpus + "/akn/xml")?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".xml") }.sorted() ?? []
        var recorded = 0, readBack = 0, differing: [String] = [], markersElsewhere = 0, notes = 0, notTaken = 0
        var notBlocks: [String] = []
        for file in files {
            let path = corpus + "/akn/xml/" + file
            guard let document = try? AKNReader.read(path: path),
                  let rendering = try? AKNReader.render(data: FileNames.readData(path), path: path) else { continue }
            guard document.text == rendering.text, AKNLayout.paragraphs(of: rendering, language: document.language) != nil else {
                readBack += 1
                continue
            }
            recorded += 1
            let guessed = try DocumentReader.parse(text: document.text, path: path, language: document.language)
            if guessed.footnotes != document.footnotes || guessed.paragraphs != document.paragraphs {
                differing.append(file)
            }
            let blocks = Set(rendering.blocks.map(\.range))
            if document.paragraphs.contains(where: { $0.section != .cover && !blocks.contains($0.range) }) {
                notBlocks.append(file)
            }
            let numbered = rendering.notes.filter { !$0.marker.isEmpty && $0.marker.allSatisfy(\.isASCIIDigit) && $0.marker.count <= 4 }
            notes += numbered.count
            for note in numbered {
                if !document.footnotes.contains(where: { $0.markerRange == note.markerRange && $0.range.lowerBound == note.range.lowerBound }) {
                    notTaken += 1
                }
                if !guessed.footnotes.contains(where: { $0.markerRange == note.markerRange && $0.range == note.range }) {
                    markersElsewhere += 1
                }
            }
        }
        print("AKN layout: \(recorded) documents with the recorded layout, \(readBack) read back as text; "
              + "\(markersElsewhere) of \(notes) numbered notes have their marker elsewhere than the text route finds it; "
              + "\(differing.count) differ from the text route: \(differing.prefix(20).joined(separator: ", "))")
        #expect(recorded > 0)
        #expect(notTaken == 0)
        #expect(notBlocks.isEmpty, "\(notBlocks.prefix(10))")
    }
}
