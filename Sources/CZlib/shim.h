#ifndef NOMINATIONS_CZLIB_SHIM_H
#define NOMINATIONS_CZLIB_SHIM_H
#include <zlib.h>
#endif
