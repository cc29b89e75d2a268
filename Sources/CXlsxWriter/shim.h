#ifndef NOMINATIONS_CXLSXWRITER_SHIM_H
#define NOMINATIONS_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
