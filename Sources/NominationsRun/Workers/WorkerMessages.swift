import Foundation
import Nominations

/// One request to a worker, one JSON object per line on the worker's stdin: a file to process, or
/// (first, when the batch reads letters) the configuration to read them with.
struct WorkerRequest: Codable {
    var path: String?
    var configuration: Configuration?
}

/// The head of one answer, a JSON line on the worker's stdout; the text's JSON (`text` bytes) and
/// the letter's JSON (`letter` bytes, 0 when not reading) follow it directly.
struct WorkerAnswerHead: Codable {
    let path: String
    let sha256: String
    let text: Int
    let letter: Int
}

/// The limits a worker runs under.
public struct WorkerLimits: Sendable {
    /// Seconds one file may take before its worker is killed.
    public var secondsPerFile: Double
    /// Address-space limit of a worker process, in MiB.
    public var memoryMiB: Int
    /// A worker is replaced after this many files (poppler's caches do not grow without end).
    public var filesPerWorker: Int

    public init(secondsPerFile: Double = 30, memoryMiB: Int = 1024, filesPerWorker: Int = 500) {
        self.secondsPerFile = secondsPerFile
        self.memoryMiB = memoryMiB
        self.filesPerWorker = filesPerWorker
    }
}
