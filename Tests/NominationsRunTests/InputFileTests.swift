import Foundation
import Testing
@testable import NominationsRun

#if canImport(Glibc)
import Glibc
#endif

@Suite("Reading input files")
struct InputFileTests {
    @Test func readsTheWholeFileAndLeavesItsAccessTime() throws {
        let folder = RunFixtures.temporaryFolder()
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
        let folder = RunFixtures.temporaryFolder()
        #expect(InputFile.read(folder + "/ni-ga.pdf") == nil)
        #expect(InputFile.read(folder) == nil)
        FileManager.default.createFile(atPath: folder + "/prazen.pdf", contents: Data())
        #expect(InputFile.read(folder + "/prazen.pdf") == Data())
    }

    /// A pipe put in a file's place between the scan and the read (no writer at its other end) is
    /// not a file: nothing, at once, rather than a read that waits for ever.
    @Test func aPipeInAFilesPlaceGivesNothingWithoutWaiting() throws {
        let folder = RunFixtures.temporaryFolder()
        let path = folder + "/dopis.pdf"
        #expect(mkfifo(path, 0o600) == 0)
        let done = DispatchSemaphore(value: 0)
        let result = ReadResult()
        Thread.detachNewThread {
            result.data = InputFile.read(path)
            done.signal()
        }
        let finished = done.wait(timeout: .now() + 5) == .success
        if !finished {
            // Frees the waiting read (a writer that closes at once), so that the suite goes on.
            let writer = open(path, O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
            _ = done.wait(timeout: .now() + 5)
        }
        #expect(finished, "reading a pipe waited for a writer")
        #expect(result.data == nil)
    }
}

private final class ReadResult: @unchecked Sendable {
    var data: Data?
}
