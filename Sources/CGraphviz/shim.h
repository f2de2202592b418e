#ifndef SUMMITRY_CGRAPHVIZ_SHIM_H
#define SUMMITRY_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
