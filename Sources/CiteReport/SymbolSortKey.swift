import CiteCore

/// A symbol turned once into numbers that sort exactly as ``SymbolOrder/less(_:_:)`` orders the
/// symbols (`73/9` before `73/10`), so sorting tens of thousands of nodes compares arrays instead
/// of parsing digit runs again at every comparison.
///
/// ```swift
/// let keys = ids.map(SymbolSortKey.init)
/// keys[0] < keys[1] == SymbolOrder.less(ids[0], ids[1])  // always
/// ```
///
/// A scalar is its value; a run of ASCII digits is `0x30` (where `SymbolOrder` compares a digit
/// with another character, any digit compares as `0x30` would), then the run's length without
/// leading zeros, those digits, and the run's full length: the order `SymbolOrder` gives runs.
struct SymbolSortKey: Comparable, Sendable {
    private var units: [UInt32]

    /// - Complexity: O(n) in the length of `symbol`.
    init(_ symbol: String) {
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

    static func < (a: SymbolSortKey, b: SymbolSortKey) -> Bool { a.units.lexicographicallyPrecedes(b.units) }
}
