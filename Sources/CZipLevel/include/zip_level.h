#ifndef ZIP_LEVEL_H
#define ZIP_LEVEL_H

/// The deflate level every workbook's parts are written with (zlib's 1, Z_BEST_SPEED).
/// libxlsxwriter fixes zlib's default (6) when it opens each part of the XLSX file; this
/// target stands in for minizip's `zipOpenNewFileInZip4_64` and passes the call on with this level.
int zip_level_for_workbooks(void);

#endif
