// libxlsxwriter (Debian's, built against the system's minizip) opens every part of the XLSX
// file with zipOpenNewFileInZip4_64(..., Z_DEFLATED, Z_DEFAULT_COMPRESSION, ...) and offers no
// option for the level. This file defines that function in the program itself: the dynamic
// linker finds the program's definition before libminizip's, and it passes the call on to
// libminizip's own (dlsym RTLD_NEXT) with level 1.
//
// Measured on a workbook of 1,000 letters (1.86 MB of XML in 28 parts): zlib level 6 took
// 25 ms and made 145 KB, level 1 10.5 ms and 193 KB; in the run, deflate was 106 M of the
// 761 M instructions of a run with nothing new. The workbook is read by Excel and
// LibreOffice the same at any level. Should libxlsxwriter ever carry its own minizip, this
// stops applying and the workbook is written at the default level again; the XLSX door's
// tests check the level in the written file.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>

// zlib's and minizip's names, spelled out so that no minizip headers are needed
// (libxlsxwriter-dev does not bring them): zipFile is void *, uInt unsigned int, uLong unsigned long.
enum { deflated = 8, best_speed = 1 };

typedef int (*open_new_file_fn)(void *file, const char *filename, const void *zipfi,
                                const void *extrafield_local, unsigned int size_extrafield_local,
                                const void *extrafield_global, unsigned int size_extrafield_global,
                                const char *comment, int method, int level, int raw, int windowBits,
                                int memLevel, int strategy, const char *password,
                                unsigned long crcForCrypting, unsigned long versionMadeBy,
                                unsigned long flagBase, int zip64);

__attribute__((visibility("default")))
int zipOpenNewFileInZip4_64(void *file, const char *filename, const void *zipfi,
                            const void *extrafield_local, unsigned int size_extrafield_local,
                            const void *extrafield_global, unsigned int size_extrafield_global,
                            const char *comment, int method, int level, int raw, int windowBits,
                            int memLevel, int strategy, const char *password,
                            unsigned long crcForCrypting, unsigned long versionMadeBy,
                            unsigned long flagBase, int zip64) {
    // Looked up on every call: 28 calls a workbook, and no state shared between threads.
    open_new_file_fn next = (open_new_file_fn)dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64");
    if (next == NULL) return -102; // minizip's ZIP_PARAMERROR: libxlsxwriter reports a zip error.
    if (method == deflated && raw == 0) level = best_speed;
    return next(file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
                size_extrafield_global, comment, method, level, raw, windowBits, memLevel, strategy,
                password, crcForCrypting, versionMadeBy, flagBase, zip64);
}
