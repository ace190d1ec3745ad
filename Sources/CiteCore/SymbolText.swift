import Foundation

/// Text that a symbol is read from, made plain first: compatibility forms folded (NFKC: a
/// no-break space becomes a space, a full-width digit a digit) and invisible format characters
/// (zero-width space, soft hyphen, word joiner, byte-order mark) dropped.
enum SymbolText {
    /// `A/RES/78/\u{200B}12` → `A/RES/78/12`; `S/RES/1325\u{00A0}(2000)` → `S/RES/1325 (2000)`.
    static func clean<S: StringProtocol>(_ text: S) -> Substring {
        let plain = String(text)
        guard plain.unicodeScalars.contains(where: { $0.value >= 0x80 && !isStable($0.value) }) else { return Substring(plain) }
        let folded = plain.precomposedStringWithCompatibilityMapping
        var out = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where scalar.properties.generalCategory != .format {
            out.append(scalar)
        }
        return Substring(String(out))
    }

    /// Scalars that `clean` gives back as they are, whatever stands around them: the Latin-1
    /// letters, × and ÷, the en and em dashes and the curly quotes have no compatibility form,
    /// are no format character, and compose with nothing (only combining marks and a few scripts'
    /// vowel signs join the scalar before them).
    static func isStable(_ value: UInt32) -> Bool {
        switch value {
        case 0xC0...0xFF, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D: return true
        default: return false
        }
    }

    /// A space after a slash and before a digit closed up: a no-break or em space inside a cover
    /// symbol (`A/RES/78/\u{00A0}14`, a space once `clean` has folded it) would otherwise end the
    /// symbol at `A/RES/78`.
    static func closingSpacesAfterSlashes<S: StringProtocol>(_ text: S) -> String {
        var out = ""
        var chars = Array(text)
        var i = 0
        while i < chars.count {
            out.append(chars[i])
            if chars[i] == "/" {
                var j = i + 1
                while j < chars.count, chars[j] == " " || chars[j] == "\t" { j += 1 }
                if j > i + 1, j < chars.count, chars[j].isASCII, chars[j].isNumber { i = j; continue }
            }
            i += 1
        }
        chars.removeAll()
        return out
    }

    /// Control characters (C0, DEL, C1) and invisible format characters: never part of a symbol.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.generalCategory == .format
    }
}
