import CiteCore
import Testing
@testable import CiteGraph

/// Series lineage on real citations of the Security Council's women, peace and security
/// resolutions and the General Assembly's protection-of-global-climate resolutions.
@Suite struct SeriesTests {
    static let wps = ["S/RES/1325 (2000)", "S/RES/1820 (2008)", "S/RES/1888 (2009)", "S/RES/1889 (2009)",
                      "S/RES/1960 (2010)", "S/RES/2106 (2013)", "S/RES/2122 (2013)", "S/RES/2242 (2015)",
                      "S/RES/2467 (2019)", "S/RES/2493 (2019)"]
    static let climate = ["A/RES/43/53", "A/RES/54/222", "A/RES/62/86", "A/RES/63/32", "A/RES/64/73", "A/RES/65/159",
                          "A/RES/66/200", "A/RES/67/210", "A/RES/68/212", "A/RES/69/220", "A/RES/70/205", "A/RES/71/228",
                          "A/RES/72/219", "A/RES/73/232", "A/RES/74/219", "A/RES/75/217", "A/RES/76/205", "A/RES/77/165",
                          "A/RES/78/153", "A/RES/79/206", "A/RES/80/138"]

    @Test(arguments: wps)
    func womenPeaceAndSecurityFromEveryMember(_ symbol: String) throws {
        let graph = try SeriesFixture.graph()
        #expect(try graph.series(ofID: symbol) == Self.wps)
    }

    @Test(arguments: ["A/RES/75/217", "A/RES/78/153", "A/RES/80/138", "A/RES/74/219", "A/RES/43/53"])
    func protectionOfGlobalClimate(_ symbol: String) throws {
        let graph = try SeriesFixture.graph()
        #expect(try graph.series(ofID: symbol) == Self.climate)
    }
}
