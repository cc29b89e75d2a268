import Foundation
import Testing
@testable import NominationsRun

#if canImport(Glibc)
import Glibc
#endif

@Suite("Reading input files")
struct InputFileTests {
    @Test func readsTheWholeFileAndLeavesItsAccessTime() throws {
        let folder = RunJobTests.temporaryFolder()
        let path = folder + "/dopis.pdf"
        let content = Data((0..<70_000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        try content.write(to: URL(fileURLWithPath: path))
        // An access time well before the modification time: a normal read would update it.
        var times = [timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_500_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        #expect(InputFile.read(path) == content)
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_atim.tv_sec == 1_000_000_000)
    }

    @Test func missingFilesAndFoldersGiveNothing() {
        let folder = RunJobTests.temporaryFolder()
        #expect(InputFile.read(folder + "/ni-ga.pdf") == nil)
        #expect(InputFile.read(folder) == nil)
        FileManager.default.createFile(atPath: folder + "/prazen.pdf", contents: Data())
        #expect(InputFile.read(folder + "/prazen.pdf") == Data())
    }
}
