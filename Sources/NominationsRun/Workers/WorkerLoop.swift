import Foundation
import Nominations

#if canImport(Glibc)
import Glibc
#endif

/// The worker side: reads requests from stdin, extracts each file, writes answers to stdout.
/// Runs in a child process (`nominations worker`) so that a file that crashes or hangs poppler,
/// or eats all memory, takes only the worker with it.
public enum WorkerLoop {
    public static func run(memoryMiB: Int) {
        var limit = rlimit(rlim_cur: rlim_t(memoryMiB) * 1024 * 1024, rlim_max: rlim_t(memoryMiB) * 1024 * 1024)
        setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        while let line = readLine(strippingNewline: true) {
            guard let request = try? decoder.decode(WorkerRequest.self, from: Data(line.utf8)) else { continue }
            let answer: WorkerAnswer
            if let data = FileManager.default.contents(atPath: request.path) {
                answer = WorkerAnswer(path: request.path, sha256: SHA256.hex(data), extracted: Extraction.extract(data))
            } else {
                answer = WorkerAnswer(path: request.path, sha256: SHA256.hex([UInt8]()), extracted: .failed(.missing))
            }
            guard var output = try? encoder.encode(answer) else { continue }
            output.append(UInt8(ascii: "\n"))
            output.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(1, buffer.baseAddress! + offset, buffer.count - offset)
                    if written <= 0 { exit(1) }
                    offset += written
                }
            }
        }
    }
}
