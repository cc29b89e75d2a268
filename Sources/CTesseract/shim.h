#ifndef NOMINATIONS_CTESSERACT_SHIM_H
#define NOMINATIONS_CTESSERACT_SHIM_H
// Tesseract's C API and Leptonica, reached through a table of functions that is filled when the
// library is first needed (dlopen), not linked into the program: a run with no scanned letter never
// loads them (linking them cost every start of the program some 20 ms of processor time), and a
// worker loads libgomp only after OMP_THREAD_LIMIT is in its environment (libgomp reads it once,
// when it is loaded). The table's types are the headers' own declarations.
#include <dlfcn.h>
#include <stddef.h>
#include <stdint.h>
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>

#define CTESS_TESSERACT_FUNCTIONS(X) \
    X(TessVersion) X(TessDeleteText) \
    X(TessBaseAPICreate) X(TessBaseAPIDelete) X(TessBaseAPIInit3) X(TessBaseAPIEnd) X(TessBaseAPIClear) \
    X(TessBaseAPISetPageSegMode) X(TessBaseAPISetVariable) X(TessBaseAPISetImage2) X(TessBaseAPISetSourceResolution) \
    X(TessBaseAPIRecognize) X(TessBaseAPIGetIterator) \
    X(TessResultIteratorDelete) X(TessResultIteratorNext) X(TessResultIteratorGetUTF8Text) X(TessResultIteratorConfidence) \
    X(TessResultIteratorGetPageIteratorConst) X(TessPageIteratorBoundingBox) X(TessPageIteratorBaseline) X(TessPageIteratorIsAtBeginningOf) \
    X(TessMonitorCreate) X(TessMonitorDelete) X(TessMonitorSetCancelFunc) X(TessMonitorSetCancelThis) \
    X(TessBaseAPISetRectangle) X(TessBaseAPIGetUTF8Text) X(TessBaseAPIMeanTextConf)

#define CTESS_LEPTONICA_FUNCTIONS(X) \
    X(pixCreate) X(pixDestroy) X(pixClone) X(pixGetData) X(pixGetWpl) X(pixGetWidth) X(pixGetHeight) X(pixGetDepth) \
    X(pixSetResolution) X(pixConvertTo1) X(pixSelectBySize) X(pixSubtract) X(pixAnd) X(pixDilateBrick) \
    X(pixSeedfillBinary) X(pixSetMasked) X(pixDeskewGeneral) X(pixCountPixels) \
    X(pixConnCompBB) X(pixMaskBoxa) X(boxaCreate) X(boxaDestroy) X(boxaAddBox) X(boxaGetCount) X(boxaGetBoxGeometry) X(boxCreate) \
    X(pixOpenBrick) X(pixOr) X(pixCountPixelsInRect) X(boxDestroy)

#define CTESS_FIELD(name) __typeof__(name) * _Nonnull name;
/// Every function the wrapper calls, bound by `ctess_load`.
typedef struct CTessLibrary {
    CTESS_TESSERACT_FUNCTIONS(CTESS_FIELD)
    CTESS_LEPTONICA_FUNCTIONS(CTESS_FIELD)
} CTessLibrary;
#undef CTESS_FIELD

/// Loads libtesseract (and with it Leptonica) and binds every function of the table.
/// Returns NULL when all are bound, else a message (dlerror's, or the missing function's name).
static inline const char *ctess_load(CTessLibrary *library) {
    void *tesseract = dlopen("libtesseract.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!tesseract) return dlerror();
    void *leptonica = dlopen("liblept.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!leptonica) { const char *message = dlerror(); dlclose(tesseract); return message; }
#define CTESS_BIND(handle, name) \
    library->name = (__typeof__(name) *)dlsym(handle, #name); \
    if (!library->name) { dlclose(leptonica); dlclose(tesseract); return "function not found: " #name; }
#define CTESS_BIND_TESSERACT(name) CTESS_BIND(tesseract, name)
#define CTESS_BIND_LEPTONICA(name) CTESS_BIND(leptonica, name)
    CTESS_TESSERACT_FUNCTIONS(CTESS_BIND_TESSERACT)
    CTESS_LEPTONICA_FUNCTIONS(CTESS_BIND_LEPTONICA)
#undef CTESS_BIND_LEPTONICA
#undef CTESS_BIND_TESSERACT
#undef CTESS_BIND
    return NULL;
}

/// An 8-bit grey Pix from rows of bytes (`stride` bytes apart). Leptonica keeps its pixels in
/// big-endian 32-bit words: SET_DATA_BYTE puts each byte where Leptonica reads it (a memcpy would not).
static inline PIX *ctess_pix_from_grey(const CTessLibrary *library, const uint8_t *grey, int width, int height, int stride) {
    PIX *pix = library->pixCreate(width, height, 8);
    if (!pix) return NULL;
    l_uint32 *data = library->pixGetData(pix);
    int wpl = library->pixGetWpl(pix);
    for (int y = 0; y < height; y++) {
        l_uint32 *line = data + (size_t)y * wpl;
        const uint8_t *row = grey + (size_t)y * stride;
        for (int x = 0; x < width; x++) SET_DATA_BYTE(line, x, row[x]);
    }
    return pix;
}

/// The bytes of an 8-bit grey Pix into rows of `width` bytes (the inverse of `ctess_pix_from_grey`).
static inline void ctess_grey_from_pix(const CTessLibrary *library, PIX *pix, uint8_t *grey) {
    int width = (int)library->pixGetWidth(pix), height = (int)library->pixGetHeight(pix);
    l_uint32 *data = library->pixGetData(pix);
    int wpl = library->pixGetWpl(pix);
    for (int y = 0; y < height; y++) {
        l_uint32 *line = data + (size_t)y * wpl;
        uint8_t *row = grey + (size_t)y * width;
        for (int x = 0; x < width; x++) row[x] = (uint8_t)GET_DATA_BYTE(line, x);
    }
}
#endif
