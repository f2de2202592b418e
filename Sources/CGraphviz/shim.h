#ifndef SUMMITRY_CGRAPHVIZ_SHIM_H
#define SUMMITRY_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
/* Creation-order object ids and reading DOT from memory (see the file). */
#include "ordered_ids.h"

/* Exported by libgvc but not declared in its public headers: the directory the plugins live in
   (GVBINDIR if set, else found next to libgvc itself). */
extern char *gvconfig_libdir(GVC_t *gvc);

/* AGSEQ is a macro over a bitfield: the object's creation sequence number within its graph. */
static inline unsigned long summitry_agseq(void *obj) { return (unsigned long)AGSEQ(obj); }

/* Agsym_t fields, so that Swift does not depend on the struct layout of the symbol. */
static inline const char *summitry_symname(Agsym_t *sym) { return sym->name; }
static inline const char *summitry_symdefault(Agsym_t *sym) { return sym->defval; }

/* agtail/aghead are macros in some Graphviz versions. */
static inline Agnode_t *summitry_agtail(Agedge_t *e) { return AGTAIL(e); }
static inline Agnode_t *summitry_aghead(Agedge_t *e) { return AGHEAD(e); }

#endif
