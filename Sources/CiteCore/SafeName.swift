/// Names made of `A-Z a-z 0-9 -` only, from any text: the one rule behind the report's file
/// names (`series-A_RES_70_1.svg`) and the diagrams' SVG ids (`n-S_RES_1325_2000`).
///
/// ```swift
/// SafeName.token("A/RES/../../x")       // "A_RES_x"
/// SafeName.token("S/RES/1325 (2000)")   // "S_RES_1325_2000"
/// ```
public enum SafeName {
    /// `text` with every run of other characters turned into one `_` (none at either end), cut
    /// to `maxLength` scalars; empty when `text` holds no character kept.
    /// - Complexity: O(n) in the length of `text`.
    public static func token(_ text: String, maxLength: Int = Int.max) -> String {
        var out = ""
        var count = 0
        var pending = false
        for scalar in text.unicodeScalars {
            let keep = ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-"
            if keep {
                if pending, !out.isEmpty { out.append("_"); count += 1 }
                pending = false
                out.unicodeScalars.append(scalar)
                count += 1
            } else {
                pending = true
            }
            if count >= maxLength { break }
        }
        return count > maxLength ? String(String.UnicodeScalarView(out.unicodeScalars.prefix(maxLength))) : out
    }
}
