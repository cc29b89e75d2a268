import Foundation
import Nominations

/// One request to a worker: a file to extract. One JSON object per line on the worker's stdin.
struct WorkerRequest: Codable {
    let path: String
}

/// One answer: the file's hash and what extraction gave. One JSON object per line on stdout.
struct WorkerAnswer: Codable {
    let path: String
    let sha256: String
    let extracted: ExtractedText
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
