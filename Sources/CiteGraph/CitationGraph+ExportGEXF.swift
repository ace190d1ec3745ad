extension CitationGraph {
    /// GEXF 1.3 for Gephi: a static directed graph with node attributes kind, body, date, year,
    /// title, agenda, subjects, in_corpus and edge attributes relation, relations, sections; the
    /// edge weight in GEXF's own `weight`. No timestamp, so the output is byte-identical.
    ///
    /// ```swift
    /// let text = graph.gexf()
    /// ```
    /// - Complexity: O(V + E) plus the length of the attributes.
    public func gexf() -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
          <meta>
            <creator>citegraph</creator>
            <description>UN citation graph: citing → cited</description>
          </meta>
          <graph defaultedgetype="directed" mode="static">
            <attributes class="node">
              <attribute id="kind" title="kind" type="string"/>
              <attribute id="body" title="body" type="string"/>
              <attribute id="date" title="date" type="string"/>
              <attribute id="year" title="year" type="integer"/>
              <attribute id="title" title="title" type="string"/>
              <attribute id="agenda" title="agenda" type="string"/>
              <attribute id="subjects" title="subjects" type="string"/>
              <attribute id="in_corpus" title="in_corpus" type="boolean"/>
            </attributes>
            <attributes class="edge">
              <attribute id="relation" title="relation" type="string"/>
              <attribute id="relations" title="relations" type="string"/>
              <attribute id="sections" title="sections" type="string"/>
            </attributes>
            <nodes>

        """
        func value(_ key: String, _ v: String?) {
            guard let v else { return }
            out += "          <attvalue for=\"\(key)\" value=\"\(Escape.xml(v))\"/>\n"
        }
        for (v, node) in nodes.enumerated() {
            out += "      <node id=\"\(Escape.xml(node.id))\" label=\"\(Escape.xml(label(v)))\">\n        <attvalues>\n"
            value("kind", node.kind.rawValue)
            value("body", node.body?.rawValue)
            value("date", node.date)
            value("year", node.year.map(String.init))
            value("title", node.title)
            value("agenda", node.agendaItem)
            value("subjects", node.subjects.isEmpty ? nil : node.subjects.joined(separator: "; "))
            value("in_corpus", node.inCorpus ? "true" : "false")
            out += "        </attvalues>\n      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for e in edges {
            out += "      <edge id=\"\(e.id)\" source=\"\(Escape.xml(nodes[e.source].id))\" "
                + "target=\"\(Escape.xml(nodes[e.target].id))\" weight=\"\(Escape.number(e.weight))\">\n        <attvalues>\n"
            value("relation", e.dominantRelation.rawValue)
            value("relations", e.relations.isEmpty ? nil : relationsText(e))
            value("sections", e.sections.isEmpty ? nil : e.sections.map(\.rawValue).joined(separator: "|"))
            out += "        </attvalues>\n      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }
}
