/// Orders symbols the way a reader expects: `73/9` before `73/10`, `1325 (2000)` before `2467 (2019)`.
public enum SymbolOrder {
    /// - Complexity: O(n) in the shorter string.
    public static func less(_ a: String, _ b: String) -> Bool {
        var i = a.unicodeScalars.makeIterator()
        var j = b.unicodeScalars.makeIterator()
        var x = i.next()
        var y = j.next()
        while let cx = x, let cy = y {
            if isDigit(cx), isDigit(cy) {
                var nx = "", ny = ""
                while let c = x, isDigit(c) { nx.unicodeScalars.append(c); x = i.next() }
                while let c = y, isDigit(c) { ny.unicodeScalars.append(c); y = j.next() }
                let tx = nx.drop { $0 == "0" }, ty = ny.drop { $0 == "0" }
                if tx.count != ty.count { return tx.count < ty.count }
                if tx != ty { return tx < ty }
                if nx.count != ny.count { return nx.count < ny.count }
                continue
            }
            if cx != cy { return cx.value < cy.value }
            x = i.next()
            y = j.next()
        }
        return x == nil && y != nil
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
}
