#ifndef CITEGRAPH_CGRAPHVIZ_SHIM_H
#define CITEGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
