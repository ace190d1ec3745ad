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
    /// Site: nodes known only from citations (no text in the corpus) get a page each while there
    /// are at most this many; beyond, they share pages (`e-….html`, one section and anchor each),
    /// so a large store does not write tens of thousands of small files.
    public var ownPagesForNodesWithoutText = 1_000
    /// Site: nodes of one shared page at most.
    public var nodesPerSharedPage = 200
    /// Site: table rows (estimated: first page of each node's "cites" and "cited by") of one shared
    /// page at most, so a shared page stays well under 2 MB.
    public var rowsPerSharedPage = 800
    /// Site: the most bytes of search index `index.html` and `404.html` carry inline; a larger
    /// index goes to files of its own (`search-1.js`, …) of at most this many bytes each.
    public var searchIndexInlineBytes = 1_500_000

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
