/// Where the renderer's blocks stand in the XML, and the layout built from them: an Akoma Ntoso
/// document's paragraphs, labels and notes come from what the renderer wrote, not from its text.
extension AKNRendering {
    /// The part of the document that holds a block.
    enum Part: Sendable, Equatable {
        /// `coverPage`, `preface` (number and title), `formula` (the opening "The General Assembly,").
        case cover, preface, formula
        case preamble, body, conclusions
        /// An `attachment` (an annex).
        case annex
        case other
    }

    /// A `num` written before a block, and the element it numbers (`paragraph`, `point`, `item`,
    /// `section`; `p` for a number written as a paragraph of its own).
    struct Number: Sendable, Equatable {
        var text: String
        var holder: String
    }

    /// One block as the renderer wrote it.
    struct Block: Sendable, Equatable {
        /// The block in the text, its numbers included.
        var range: Range<Int>
        var part: Part
        /// The element that makes one paragraph of its blocks: the outermost `paragraph` holding
        /// the block, else the element under the innermost part or section that holds it.
        var group: Int
        /// The numbers written before the block's words, outermost first.
        var numbers: [Number]
        /// Where the words start, after the numbers.
        var contentStart: Int

        private static let parts: [String: Part] = [
            "coverPage": .cover, "preface": .preface, "preamble": .preamble, "mainBody": .body,
            "conclusions": .conclusions, "attachment": .annex,
        ]

        /// A block's place, from the open elements (names and serial numbers, the root first,
        /// the element just closed last); its range is set when the text is assembled.
        static func place(in path: [(name: String, serial: Int, preambular: Bool)], cover: Bool, numbers: [Number],
                          contentStart: Int) -> Block {
            var block = Block(range: 0..<0, part: cover ? .cover : .other, group: 0, numbers: numbers, contentStart: contentStart)
            guard !cover, let partIndex = path.lastIndex(where: { parts[$0.name] != nil }) else { return block }
            let inside = path[(partIndex + 1)...]
            block.part = inside.contains { $0.name == "formula" } ? .formula : parts[path[partIndex].name] ?? .other
            if block.part == .body, inside.contains(where: \.preambular) { block.part = .preamble }
            if let paragraph = inside.first(where: { $0.name == "paragraph" }) {
                block.group = paragraph.serial
            } else {
                let holder = inside.lastIndex { sections.contains($0.name) } ?? partIndex
                block.group = holder + 1 < path.count ? path[holder + 1].serial : path[holder].serial
            }
            return block
        }

        private static let sections: Set<String> = ["section", "part", "chapter", "hcontainer", "subsection", "title"]

        /// The operative number the block's `paragraph` carries (`12.` → 12).
        var operativeNumber: Int? {
            guard let first = numbers.first, first.holder == "paragraph" || first.holder == "p" else { return nil }
            var digits = first.text.utf8[...]
            if digits.last == UInt8(ascii: ".") { digits = digits.dropLast() }
            guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return Int(String(decoding: digits, as: UTF8.self))
        }

        /// A sub-paragraph's number (`(a)`, an item of a list).
        var isSubParagraph: Bool {
            numbers.contains { $0.holder == "point" || $0.holder == "item" || $0.text.hasPrefix("(") }
        }
    }
}

/// Builds an Akoma Ntoso document's layout from what the renderer recorded.
///
/// - The cover is everything before the first opening formula (up to the line break before it);
///   the formula is no paragraph.
/// - Each child of the preamble is one preambular paragraph (`PP1`, `PP2`, … in order), but for a
///   heading and the rest of a clause cut after a list ("and stressing …"), which belong to the
///   clause before them.
/// - Each `paragraph` of the body is one operative paragraph, labelled by its `num` (`OP7`), or,
///   unnumbered, by its place among the operative ones when its words open with an operative verb;
///   its points and lists belong to it. A body block that opens no paragraph (a heading) belongs to
///   the paragraph before it, or with none before it to the one after it. A clause the XML marks
///   as preambular (`refersTo="#preamble"`, in a section of the body) is a preambular paragraph,
///   and so is a clause of the body that opens with a preambular verb before any operative one.
/// - Each block of an annex (an `attachment`, or what follows an "Annex" heading in the body) is
///   an annex paragraph (`AX1`, …); a further formula opens a further part (`B-PP1`).
/// - The conclusions (meeting, date, "[Adopted without a vote.]") are no paragraph.
/// - Each note is where the renderer wrote it; its marker where the `authorialNote` stood.
///
/// The clause verb of each paragraph (and so its relation) is read from its words.
enum AKNLayout {
    /// The paragraphs of `rendering`, or nil when it has no opening formula (the text route reads it).
    /// - Complexity: O(n) in the length of the text.
    static func paragraphs(of rendering: AKNRendering, language: Language) -> [Paragraph]? {
        let blocks = rendering.blocks
        guard let firstFormula = blocks.firstIndex(where: { $0.part == .formula }) else { return nil }
        let text = rendering.text
        let bytes = Array(text.utf8)
        let forms = CitationForms.of(language)
        func slice(_ r: Range<Int>) -> Substring { Substring(String(decoding: bytes[r], as: UTF8.self)) }

        var paragraphs: [Paragraph] = []
        if firstFormula > 0 {
            paragraphs.append(Paragraph(label: "COVER", section: .cover, verb: nil, relation: .cites,
                                        range: blocks[0].range.lowerBound..<(blocks[firstFormula].range.lowerBound - 1)))
        }
        var prefix = "", parts = 0, preambular = 0, annexed = 0, inAnnex = false
        var operative: Set<String> = []
        // The paragraph the last group opened, and that group.
        var current: (group: Int, paragraph: Paragraph)?
        // Headings with no paragraph before them: they belong to the next one.
        var headings: [Range<Int>] = []
        func open(_ paragraph: Paragraph) {
            for range in headings {
                paragraphs.append(Paragraph(label: paragraph.label, section: paragraph.section, verb: nil, relation: .cites, range: range))
            }
            headings = []
            paragraphs.append(paragraph)
        }
        for i in firstFormula..<blocks.count {
            let block = blocks[i]
            let words = slice(block.range)
            switch block.part {
            case .formula:
                if i > firstFormula, blocks[i - 1].part != .formula {
                    parts += 1
                    prefix = partLetter(slice(blocks[i - 1].range)).map { "\($0)-" } ?? "P\(parts + 1)-"
                    preambular = 0; operative = []; current = nil; inAnnex = false
                }
                continue
            case .cover, .preface, .conclusions:
                continue
            case .annex, .preamble, .body, .other:
                break
            }
            if block.part != .preamble, StructureParser.isAnnexHeading(words, forms: forms) {
                inAnnex = true; annexed = 0; current = nil
                continue
            }
            let content = slice(block.contentStart..<block.range.upperBound)
            let verb = ClauseVerbs.read(content, language: language) ?? ClauseVerbs.read(withoutNumber(content), language: language)
            if block.part == .annex || inAnnex {
                annexed += 1
                open(Paragraph(label: "\(prefix)AX\(annexed)", section: .annex, verb: verb?.verb,
                               relation: verb?.relation ?? .cites, range: block.range))
                continue
            }
            // The rest of a clause the XML cut after a list ("and stressing the need …") opens with
            // a small letter and no clause verb (a Russian clause opens with a small letter and its
            // verb): it continues the clause.
            let continues = block.part == .preamble && block.numbers.isEmpty && verb == nil && content.first?.isLowercase == true
            if let open = current, open.group == block.group || continues
                || block.part == .body && block.operativeNumber == nil && block.isSubParagraph {
                // A further block of the paragraph: a point takes its verb, a heading or a quotation
                // continues it.
                let parent = open.paragraph
                let sub = block.isSubParagraph
                paragraphs.append(Paragraph(label: parent.label, section: parent.section, verb: sub ? parent.verb : nil,
                                            relation: sub || !StructureParser.isHeading(words) ? parent.relation : .cites,
                                            range: block.range))
                continue
            }
            let paragraph: Paragraph
            if block.part == .preamble, verb == nil, block.numbers.isEmpty, StructureParser.isHeading(words) {
                // A heading among the preambular clauses ("Transport and transit corridors"): no
                // clause of its own; it goes with the clause before it, as a heading of the body does.
                if let open = current {
                    paragraphs.append(Paragraph(label: open.paragraph.label, section: open.paragraph.section, verb: nil,
                                                relation: .cites, range: block.range))
                } else {
                    headings.append(block.range)
                }
                continue
            }
            // A clause the XML puts in the body though it opens like a preambular one, before any
            // operative paragraph ("Aiming to …", "Extremely concerned …"): a preambular paragraph.
            if block.part == .preamble || operative.isEmpty && block.operativeNumber == nil && verb.map({ !$0.operative }) == true {
                preambular += 1
                paragraph = Paragraph(label: "\(prefix)PP\(preambular)", section: .preamble, verb: verb?.verb,
                                      relation: verb?.relation ?? .cites, range: block.range)
            } else if let n = block.operativeNumber ?? (verb?.operative == true ? operative.count + 1 : nil) {
                paragraph = Paragraph(label: "\(prefix)OP\(n)", section: .operative, verb: verb?.verb,
                                      relation: verb?.relation ?? .cites, range: block.range)
                operative.insert(paragraph.label)
            } else if let open = current {
                // A heading of the body ("I. Mandate"): it belongs to the paragraph before it.
                let parent = open.paragraph
                paragraphs.append(Paragraph(label: parent.label, section: parent.section, verb: nil,
                                            relation: StructureParser.isHeading(words) ? .cites : parent.relation, range: block.range))
                current = (block.group, parent)
                continue
            } else {
                headings.append(block.range)
                continue
            }
            open(paragraph)
            current = (block.group, paragraph)
        }
        return paragraphs
    }

    /// The words after a number typed into them (`(v) Acknowledging`, `2. The Forum`).
    static func withoutNumber(_ t: Substring) -> Substring {
        var rest = t
        if rest.first == "(", let close = rest.prefix(7).firstIndex(of: ")") {
            rest = rest[rest.index(after: close)...]
        } else if let dot = rest.prefix(4).firstIndex(of: "."), rest[..<dot].allSatisfy(\.isASCIIDigit), dot > rest.startIndex {
            rest = rest[rest.index(after: dot)...]
        } else {
            return t
        }
        return rest.drop { $0 == " " || $0 == "\t" }
    }

    /// "B" before the formula of a resolution's second part.
    static func partLetter(_ t: Substring) -> String? {
        guard let first = t.first, first >= "A", first <= "H", t.count == 1 || t.dropFirst().first == " " else { return nil }
        return String(first)
    }

    /// The notes a reader wrote, as footnotes: a marker that is no number of at most four digits
    /// has no note of its own and its words go to the note before it. Each note keeps the marker
    /// the reader recorded (where the `authorialNote` stood in the body) and takes the paragraph
    /// that holds it; a note whose marker was not recorded (a note inside a number or a title)
    /// carries the paragraph of the note before it, with a warning.
    static func footnotes(of notes: [AKNRendering.Note], in paragraphs: [Paragraph]) -> (footnotes: [Footnote], warnings: [String]) {
        var footnotes: [Footnote] = []
        for note in notes {
            let digits = note.marker.utf8
            if !digits.isEmpty, digits.count <= 4, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let marker = Int(note.marker) {
                footnotes.append(Footnote(marker: marker, markerRange: note.markerRange, paragraph: nil, range: note.range))
            } else if var last = footnotes.popLast() {
                last.range = last.range.lowerBound..<note.range.upperBound
                footnotes.append(last)
            }
        }
        let body = paragraphs.filter { $0.section != .cover }
        var warnings: [String] = [], lastParagraph: String?
        for idx in footnotes.indices {
            if let r = footnotes[idx].markerRange,
               let p = body.first(where: { $0.range.contains(r.lowerBound) || $0.range.upperBound == r.lowerBound }) {
                footnotes[idx].paragraph = p.label
                lastParagraph = p.label
            } else {
                footnotes[idx].paragraph = lastParagraph
                if footnotes[idx].markerRange == nil {
                    warnings.append("footnote \(footnotes[idx].marker): marker not found in the text")
                }
            }
        }
        return (footnotes, warnings)
    }
}
