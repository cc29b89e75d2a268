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
        let line = try #require(WorkerRequest(path: path, configuration: nil).line)
        #expect(line.last == UInt8(ascii: "\n"))
        #expect(line.dropLast().contains(UInt8(ascii: "\n")) == false)
        let request = try #require(WorkerRequest(line: line.dropLast()))
        #expect(request.path == path)
        #expect(request.configuration == nil)
    }

    @Test func theConfigurationRequestReadsBack() throws {
        let configuration = try ConfigurationLoader.defaults()
        let line = try #require(WorkerRequest(path: nil, configuration: configuration).line)
        #expect(line.dropLast().contains(UInt8(ascii: "\n")) == false)
        let request = try #require(WorkerRequest(line: line.dropLast()))
        #expect(request.path == nil)
        #expect(request.configuration != nil)
        #expect(RunJob.fingerprint(request.configuration!) == RunJob.fingerprint(configuration))
    }

    @Test(arguments: awkwardPaths)
    func anAnswerHeadReadsBack(_ path: String) throws {
        let head = WorkerAnswerHead(path: path, sha256: String(repeating: "f", count: 64), text: 812, letter: 0)
        let line = head.line
        #expect(line.dropLast().contains(UInt8(ascii: "\n")) == false)
        #expect(WorkerAnswerHead(line: line.dropLast()) == head)
    }

    @Test(arguments: ["", "{}", #"{"path":3}"#, #"{"path":"a","sha256":"b","text":-1,"letter":0}"#, "not json"])
    func brokenLinesAreRefused(_ text: String) {
        #expect(WorkerAnswerHead(line: Array(text.utf8)) == nil)
    }
}
