/// Numbers as the report prints them: the same digits on every machine and in every locale.
enum Format {
    /// `x` rounded to `digits` decimals: `0.0123`, `12.5000`, `-0.5000`.
    static func fixed(_ x: Double, digits: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "n/a" : (x > 0 ? "∞" : "−∞") }
        var scale = 1.0
        for _ in 0..<max(digits, 0) { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        guard scaled < 9.0e15 else { return String(x) }
        let units = Int(scaled)
        let whole = units / Int(scale)
        var fraction = String(units % Int(scale))
        while fraction.count < digits { fraction = "0" + fraction }
        let sign = x < 0 && units != 0 ? "-" : ""
        return digits > 0 ? "\(sign)\(whole).\(fraction)" : "\(sign)\(whole)"
    }

    /// A score in [0, 1]: `0`, `< 0.0001`, `0.0123`.
    static func score(_ x: Double, digits: Int) -> String {
        if x == 0 { return "0" }
        var smallest = 1.0
        for _ in 0..<max(digits, 0) { smallest /= 10 }
        if x > 0, x < smallest / 2 { return "< " + fixed(smallest, digits: digits) }
        return fixed(x, digits: digits)
    }

    /// A number for the table sorter: `12`, `0.0123456789`.
    static func sortKey(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return fixed(x, digits: 10)
    }

    /// `37.5 %` of a total (`0 %` of nothing).
    static func percent(_ part: Int, of total: Int) -> String {
        guard total > 0 else { return "0 %" }
        return fixed(Double(part) * 100 / Double(total), digits: 1) + " %"
    }

    /// `1 document`, `3 documents`.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(grouped(n)) \(n == 1 ? singular : (plural ?? singular + "s"))"
    }

    /// `12 345` with a thin space between thousands.
    static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append("\u{202F}") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }
}
