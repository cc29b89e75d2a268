#ifndef ZIP_LEVEL_H
#define ZIP_LEVEL_H

// Nothing to call: this target defines minizip's zipOpenNewFileInZip4_64 in the program (see
// zip_level.c), so that every part of a workbook is deflated at zlib's level 1 (Z_BEST_SPEED)
// instead of the default 6 that libxlsxwriter fixes. Being linked is all it takes; the XLSX
// target depends on it, and XLSXTests.partsAreDeflatedAtTheFastestLevel checks the written file.

#endif
