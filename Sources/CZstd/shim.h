#ifndef NOMINATIONS_CZSTD_SHIM_H
#define NOMINATIONS_CZSTD_SHIM_H
#include <zstd.h>
#endif
