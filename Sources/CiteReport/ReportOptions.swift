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
    /// Site: rows of a list page (A–Z, families, a community) before the next page starts.
    public var listRowsPerPage = 500
    /// Site: rows of a document's "cites" and "cited by" tables per page.
    public var tableRowsPerPage = 200
    /// Site: a page with the paragraph diff of each document against its series predecessor.
    public var diffPages = true
    /// Site: an ego diagram on each corpus document's page.
    public var egoDiagrams = true
    /// Site: neighbours an ego diagram draws at most (the strongest links first).
    public var egoNeighbours = 20
    /// Site: families with more members than this are drawn without their diagram.
    public var maximumFamilyDiagramNodes = 120

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
