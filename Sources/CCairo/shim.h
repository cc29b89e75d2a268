#ifndef NOMINATIONS_CCAIRO_SHIM_H
#define NOMINATIONS_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#endif
