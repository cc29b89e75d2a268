// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "nominations",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nominations", targets: ["nominations"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // SHA-256 of the letters.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // The run's state (SQLite).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // Reading the committee's workbook back (XLSX is a ZIP of XML parts).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // C doors: system libraries from Debian, one shim header each.
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        // Compressed streams of the generator's hand-written PDFs.
        .systemLibrary(name: "CZlibSystem", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The state's compressed texts and readings.
        .systemLibrary(name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
        // Tesseract's C API and Leptonica: headers only. The libraries are loaded at the first scanned
        // page (dlopen), not linked, so no pkg-config here (tesseract.pc would link them into every run).
        .systemLibrary(name: "CTesseract", providers: [.apt(["libtesseract-dev", "libleptonica-dev"])]),

        // Thin wrappers: the only code that touches a C pointer.
        .target(name: "PDFText", dependencies: ["CPoppler"]),
        .target(name: "XLSX", dependencies: ["CXlsxWriter", "CZipLevel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "Digest", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "OCR", dependencies: ["CTesseract"]),
        .target(name: "Zstd", dependencies: ["CZstd"]),
        // libc's prctl (variadic, out of Swift's reach): a worker dies with the run that started it.
        .target(name: "CProcessGuard"),
        // minizip's part-opening call, passed on with zlib's fastest level (libxlsxwriter fixes level 6).
        .target(name: "CZipLevel"),

        // The pure core: values in, values out.
        .target(
            name: "Nominations",
            dependencies: [.product(name: "Yams", package: "Yams")],
            // Built into the program: it runs wherever it is copied, with no resource folder beside it.
            resources: [.embedInCode("Resources/default-config.yaml")]
        ),

        // The edges: inbox, extraction, workbook file.
        .target(name: "NominationsRun", dependencies: ["Nominations", "PDFText", "XLSX", "Digest", "OCR", "Zstd", "CProcessGuard",
                                                     .product(name: "GRDB", package: "GRDB.swift")],
                plugins: ["ReaderFingerprint", "BuiltInConfiguration"]),

        // Fingerprints of the reader's and the extraction's code, made at build time: cached
        // readings and texts are keyed by them.
        .executableTarget(name: "reader-fingerprint"),
        .plugin(name: "ReaderFingerprint", capability: .buildTool(), dependencies: ["reader-fingerprint"]),
        // The built-in configuration as JSON, read and checked at build time: a run reads it instead of the YAML.
        .executableTarget(name: "built-in-configuration", dependencies: ["Nominations"]),
        .plugin(name: "BuiltInConfiguration", capability: .buildTool(), dependencies: ["built-in-configuration"]),

        .executableTarget(
            name: "nominations",
            dependencies: ["NominationsRun", "Nominations", "PDFText", "OCR", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Writes the test fixtures (letters as real PDFs) through cairo.
        .executableTarget(name: "make-fixtures", dependencies: ["CCairo", "CZlibSystem"]),

        // What more than one test target needs: temporary folders removed at exit, workbooks read back.
        .target(name: "TestSupport", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")], path: "Tests/TestSupport"),
        .testTarget(name: "NominationsTests", dependencies: ["Nominations"]),
        .testTarget(name: "PDFTextTests", dependencies: ["PDFText"], resources: [.copy("Fixtures")]),
        .testTarget(name: "XLSXTests", dependencies: ["XLSX", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "DigestTests", dependencies: ["Digest"]),
        .testTarget(name: "ZstdTests", dependencies: ["Zstd"]),
        .testTarget(name: "OCRTests", dependencies: ["OCR"]),
        .testTarget(
            name: "NominationsRunTests",
            dependencies: ["NominationsRun", "Nominations", "PDFText", "Digest", "XLSX", "Zstd", "TestSupport",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "GRDB", package: "GRDB.swift")],
            // The readings' snapshot is read from the source tree (ReaderFingerprintTests), not shipped.
            exclude: ["reading-snapshot.txt"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
