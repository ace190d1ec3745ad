/// Hands out SVG ids, making a repeated one unique with `-2`, `-3`, … in call order.
struct UniqueTokens {
    private var used: Set<String> = []

    mutating func claim(_ token: String) -> String {
        if used.insert(token).inserted { return token }
        var counter = 2
        while !used.insert("\(token)-\(counter)").inserted { counter += 1 }
        return "\(token)-\(counter)"
    }
}
