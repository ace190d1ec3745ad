import CiteGraph
