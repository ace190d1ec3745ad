/// How much a report shows. The defaults suit a corpus of a few thousand documents.
public struct ReportOptions: Hashable, Sendable {
    /// Rows of each "most cited" and "hubs" table.
    public var topCount: Int
    /// Shortest series reported.
    public var minimumSeriesLength: Int
    /// Smallest community listed (smaller ones are counted).
    public var minimumCommunitySize: Int
    /// Rows of the table of targets outside the corpus (the rest are counted).
    public var externalLimit: Int
    /// Nodes of the overview diagram (the most central ones); 0 leaves it out.
    public var overviewNodes: Int
    /// Series with more members than this are drawn without their diagram.
    public var maximumSeriesDiagramNodes: Int
    /// Seed of the community detection when the input brings no communities.
    public var communitySeed: UInt64

    public init(topCount: Int = 25, minimumSeriesLength: Int = 3, minimumCommunitySize: Int = 3,
                externalLimit: Int = 200, overviewNodes: Int = 40, maximumSeriesDiagramNodes: Int = 400,
                communitySeed: UInt64 = 0) {
        self.topCount = topCount
        self.minimumSeriesLength = minimumSeriesLength
        self.minimumCommunitySize = minimumCommunitySize
        self.externalLimit = externalLimit
        self.overviewNodes = overviewNodes
        self.maximumSeriesDiagramNodes = maximumSeriesDiagramNodes
        self.communitySeed = communitySeed
    }
}
