#ifndef CITEGRAPH_CPOPPLER_SHIM_H
#define CITEGRAPH_CPOPPLER_SHIM_H
#include <poppler.h>
#include <glib-object.h>
#endif
