import CTesseract

#if canImport(Glibc)
import Glibc
#endif

/// libtesseract and Leptonica, loaded once per process at the first page that needs them.
///
/// Loaded, not linked: a night with no scanned letter never pays for them (linked, they cost every
/// start of the program some 20 ms of processor time), and libgomp, which libtesseract brings,
/// reads `OMP_THREAD_LIMIT` once, when it is loaded. Without that limit at 1 every page takes
/// several times longer (OpenMP threads fighting over the cores); the program sets it as it starts,
/// and the loader sets it here too when it is missing.
final class TesseractLibrary: @unchecked Sendable {
    /// The bound functions, for Swift's calls; never changed once loaded.
    let functions: CTessLibrary
    /// The same table in memory that lives as long as the process, for the shim's helpers.
    let table: UnsafePointer<CTessLibrary>

    private init(table: UnsafePointer<CTessLibrary>) {
        self.table = table
        functions = table.pointee
    }

    /// The process's library, or why it could not be loaded.
    static let shared: Result<TesseractLibrary, OCRError> = {
        setenv("OMP_THREAD_LIMIT", "1", 0)
        let raw = UnsafeMutableRawPointer.allocate(byteCount: MemoryLayout<CTessLibrary>.size, alignment: MemoryLayout<CTessLibrary>.alignment)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: MemoryLayout<CTessLibrary>.size)
        let table = raw.assumingMemoryBound(to: CTessLibrary.self)
        if let message = ctess_load(table) {
            raw.deallocate()
            return .failure(OCRError(.libraryMissing, String(cString: message)))
        }
        return .success(TesseractLibrary(table: table))
    }()

    /// - Throws: `OCRError.libraryMissing`.
    static func load() throws -> TesseractLibrary { try shared.get() }

    /// Tesseract's version, e.g. "5.3.0".
    var version: String { functions.TessVersion().map { String(cString: $0) } ?? "" }
}
