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

    /// A symbol turned once into numbers that sort exactly as ``less(_:_:)`` orders the
    /// symbols (`73/9` before `73/10`), so sorting tens of thousands of nodes compares arrays instead
    /// of parsing digit runs again at every comparison.
    ///
    /// ```swift
    /// let keys = ids.map(SymbolOrder.Key.init)
    /// keys[0] < keys[1] == SymbolOrder.less(ids[0], ids[1])  // always
    /// ```
    ///
    /// A scalar is its value; a run of ASCII digits is `0x30` (where `less` compares a digit
    /// with another character, any digit compares as `0x30` would), then the run's length without
    /// leading zeros, those digits, and the run's full length: the order `less` gives runs.
    public struct Key: Comparable, Sendable {
        private var units: [UInt32]

        /// - Complexity: O(n) in the length of `symbol`.
        public init(_ symbol: String) {
            var units: [UInt32] = []
            units.reserveCapacity(symbol.utf8.count + 8)
            var digits: [UInt32] = []
            var runLength: UInt32 = 0
            func endRun() {
                guard runLength > 0 else { return }
                let first = digits.firstIndex { $0 != 0 } ?? digits.count
                units.append(0x30)
                units.append(UInt32(digits.count - first))
                units.append(contentsOf: digits[first...])
                units.append(runLength)
                digits.removeAll(keepingCapacity: true)
                runLength = 0
            }
            for scalar in symbol.unicodeScalars {
                if ("0"..."9").contains(scalar) {
                    digits.append(scalar.value - 0x30)
                    runLength += 1
                } else {
                    endRun()
                    units.append(scalar.value)
                }
            }
            endRun()
            self.units = units
        }

        public static func < (a: Key, b: Key) -> Bool { a.units.lexicographicallyPrecedes(b.units) }
    }
}
