import CiteCore

/// File names derived from symbols, made safe to write inside the output folder.
public enum FileNames {
    /// `series-` + the symbol with every character outside `A-Z a-z 0-9 - _` turned into `_`
    /// (runs folded, ends trimmed), at most 80 characters: `A/RES/../../x` → `A_RES_x`.
    /// Never empty, never `.`/`..`, never containing `/`, so it cannot leave the folder.
    public static func sanitised(_ text: String, maxLength: Int = 80) -> String {
        let name = SafeName.token(text, maxLength: maxLength)
        return name.isEmpty ? "unnamed" : name
    }

    /// Whether `name` is one plain file name inside the folder (no separator, no dot-segment,
    /// no control character).
    static func isPlainName(_ name: String) -> Bool {
        guard !name.isEmpty, name != ".", name != "..", !name.hasPrefix("."), name.utf8.count <= 255 else { return false }
        return name.unicodeScalars.allSatisfy { s in
            s != "/" && s != "\\" && s != ":" && s.value >= 0x20 && s.value != 0x7F
        }
    }
}

/// Hands out file names, making a repeated one unique with `-2`, `-3`, … in call order.
struct UniqueNames {
    private var used: Set<String> = []

    mutating func claim(_ stem: String, extension ext: String) -> String {
        var candidate = "\(stem).\(ext)"
        var counter = 2
        while !used.insert(candidate.lowercased()).inserted {
            candidate = "\(stem)-\(counter).\(ext)"
            counter += 1
        }
        return candidate
    }
}
