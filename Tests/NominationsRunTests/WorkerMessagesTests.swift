import Foundation
import Nominations
import Testing
@testable import NominationsRun

/// The lines between the run and its workers: one line each, whatever the file is called.
@Suite("Worker messages")
struct WorkerMessagesTests {
    static let awkwardPaths = ["/srv/Inbox/Predlog KS Šmarje.pdf", "/tmp/dopis \"novi\"\nvrstica\\.pdf", "/tmp/tab\there.pdf", "/tmp/🍷.pdf"]

    @Test(arguments: awkwardPaths)
    func aPathRequestIsOneLineAndReadsBack(_ path: String) throws {
        let line = WorkerRequest(path: path, configuration: nil).line
        #expect(line.last == UInt8(ascii: "\n"))
        #expect(line.dropLast().contains(UInt8(ascii: "\n")) == false)
        let request = try #require(WorkerRequest(line: line.dropLast()))
        #expect(request.path == path)
        #expect(request.configuration == nil)
    }

    @Test func theConfigurationRequestReadsBack() throws {
        let configuration = try ConfigurationLoader.defaults()
        let line = WorkerRequest(path: nil, configuration: configuration).line
        #expect(line.dropLast().contains(UInt8(ascii: "\n")) == false)
        let request = try #require(WorkerRequest(line: line.dropLast()))
        #expect(request.path == nil)
        #expect(request.configuration != nil)
        #expect(request.configuration!.jsonBytes == configuration.jsonBytes)
    }

    @Test(arguments: awkwardPaths)
    func anAnswerHeadReadsBack(_ path: String) throws {
        let head = WorkerAnswerHead(path: path, sha256: String(repeating: "f", count: 64), text: 812, letter: 0)
        let line = head.line
        #expect(line.dropLast().contains(UInt8(ascii: "\n")) == false)
        #expect(WorkerAnswerHead(line: line.dropLast()) == head)
    }

    /// The usual lines are read without the general parser, and read the same as with it.
    @Test func plainLinesTakeTheShortWay() throws {
        let head = WorkerAnswerHead(path: "/srv/Inbox/Predlog KS Šmarje.pdf", sha256: String(repeating: "0a", count: 32), text: 1402, letter: 987)
        #expect(WorkerAnswerHead.plain(Array(head.line.dropLast())) == head)
        #expect(WorkerRequest.plainPath(Array(WorkerRequest(path: head.path, configuration: nil).line.dropLast())) == head.path)
        let escaped = WorkerAnswerHead(path: "/tmp/a\"b.pdf", sha256: head.sha256, text: 1, letter: 2)
        #expect(WorkerAnswerHead.plain(Array(escaped.line.dropLast())) == nil)
        #expect(WorkerAnswerHead(line: escaped.line.dropLast()) == escaped)
    }

    @Test(arguments: ["", "{}", #"{"path":3}"#, #"{"path":"a","sha256":"b","text":-1,"letter":0}"#, "not json"])
    func brokenLinesAreRefused(_ text: String) {
        #expect(WorkerAnswerHead(line: Array(text.utf8)) == nil)
    }

    /// Progress goes through a file the parent made: the worker's writes read back, the file's
    /// name is gone once the worker has it open, and nothing read is taken for progress unless it
    /// is exactly what a worker writes.
    @Test func progressReadsBackThroughItsFileAndLeavesNothingBehind() throws {
        let parent = try #require(ProgressFile())
        #expect(FileManager.default.fileExists(atPath: parent.path))
        #expect(parent.read() == WorkerProgress())
        let worker = try #require(ProgressFile(openingForWorker: parent.path))
        #expect(!FileManager.default.fileExists(atPath: parent.path))
        for progress in [WorkerProgress(extracted: 1), WorkerProgress(extracted: 32, reading: true), WorkerProgress(extracted: 1 << 40),
                         WorkerProgress(extracted: 3, pages: 7)] {
            worker.write(progress)
            #expect(parent.read() == progress)
            #expect(WorkerProgress(bytes: progress.bytes) == progress)
        }
        #expect(WorkerProgress(bytes: [UInt8](repeating: 0, count: 15)) == nil)
        #expect(WorkerProgress(bytes: [UInt8](repeating: 7, count: 24)) == nil)
        parent.removeName()
    }

    /// A worker's command line reads back without the argument parser; anything else is left to it.
    @Test func theWorkersCommandLineReadsBack() {
        for progress in ["/tmp/nominations-progress-a b", nil] {
            let read = WorkerLoop.arguments(["nominations"] + WorkerLoop.arguments(memoryMiB: 512, ocrSecondsPerPage: 0.25, progressPath: progress))
            #expect(read?.memoryMiB == 512 && read?.ocrSecondsPerPage == 0.25 && read?.progressPath == progress)
        }
        for other in [["nominations", "worker"], ["nominations", "worker", "--memory-mib", "x"], ["nominations", "run", "--memory-mib", "5"],
                      ["nominations", "worker", "--memory-mib", "5", "--other", "p"],
                      ["nominations", "worker", "--memory-mib", "5", "--ocr-seconds", "0"],
                      ["nominations", "worker", "--memory-mib", "5", "--ocr-seconds", "2", "--other", "p"]] {
            #expect(WorkerLoop.arguments(other) == nil)
        }
    }

    /// The worker's input: whole lines, the last one also without a newline, and word of whether
    /// another line waits.
    @Test func inputLinesAreSplitAndTellWhatWaits() throws {
        var pipe: [Int32] = [0, 0]
        #expect(Glibc.pipe(&pipe) == 0)
        let text = Array("{\"path\":\"a\"}\nb\nlast".utf8)
        #expect(write(pipe[1], text, text.count) == text.count)
        var lines = InputLines(fd: pipe[0])
        let first = lines.next(), waits = lines.hasMore(), second = lines.next()
        close(pipe[1])
        let third = lines.next(), end = lines.next()
        #expect(first == Array("{\"path\":\"a\"}".utf8))
        #expect(waits)
        #expect(second == Array("b".utf8))
        #expect(third == Array("last".utf8))
        #expect(end == nil)
        close(pipe[0])
    }
}
