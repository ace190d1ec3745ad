#ifndef CITEGRAPH_CGRAPHVIZ_SHIM_H
#define CITEGRAPH_CGRAPHVIZ_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Thin helpers so Swift can pass `const char *` (cgraph takes `char *` but copies
   every string it is given) and reach macros and globals that Swift cannot. */

static const int CG_KIND_GRAPH = AGRAPH;
static const int CG_KIND_NODE = AGNODE;
static const int CG_KIND_EDGE = AGEDGE;

static inline Agraph_t *cg_open_digraph(const char *name) {
    return agopen((char *)name, Agdirected, NULL);
}

/* cgraph's lexer keeps its buffer and line counter between texts: aglexbad (exported, not in
   the headers) drops what a failed parse left buffered, agsetfile resets the line counter. */
extern void aglexbad(void);
static inline Agraph_t *cg_read_dot(const char *source) {
    aglexbad();
    agsetfile(NULL);
    return agmemread(source);
}

static inline Agnode_t *cg_node(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}

static inline Agnode_t *cg_subnode(Agraph_t *sub, Agnode_t *n) {
    return agsubnode(sub, n, 1);
}

static inline Agedge_t *cg_edge(Agraph_t *g, Agnode_t *tail, Agnode_t *head) {
    return agedge(g, tail, head, NULL, 1);
}

static inline Agedge_t *cg_subedge(Agraph_t *sub, Agedge_t *e) {
    return agsubedge(sub, e, 1);
}

/* Anonymous, so subgraphs are ordered by creation (a named one is ordered by the
   address of its interned name) and DOT writes them as `{ ... }`. */
static inline Agraph_t *cg_anonymous_subgraph(Agraph_t *g) {
    return agsubg(g, NULL, 1);
}

static inline Agsym_t *cg_declare(Agraph_t *g, int kind, const char *name, const char *fallback) {
    return agattr(g, kind, (char *)name, (char *)fallback);
}

static inline int cg_set(void *obj, Agsym_t *sym, const char *value) {
    return agxset(obj, sym, (char *)value);
}

/* An HTML-like value: interned as HTML, then the attribute takes its own reference. */
static inline int cg_set_html(Agraph_t *g, void *obj, Agsym_t *sym, const char *value) {
    char *html = agstrdup_html(g, (char *)value);
    if (html == NULL) return -1;
    int rc = agxset(obj, sym, html);
    agstrfree(g, html);
    return rc;
}

static inline const char *cg_get(void *obj, const char *name) {
    return agget(obj, (char *)name);
}

/* Writes the graph as DOT into a malloc'ed buffer (free with cg_free). */
static inline char *cg_write_dot(Agraph_t *g, size_t *length) {
    char *buffer = NULL;
    size_t size = 0;
    FILE *stream = open_memstream(&buffer, &size);
    if (stream == NULL) return NULL;
    int rc = agwrite(g, stream);
    if (fclose(stream) != 0) rc = -1;
    if (rc != 0) { free(buffer); return NULL; }
    *length = size;
    return buffer;
}

static inline void cg_free(void *p) { free(p); }

#endif
