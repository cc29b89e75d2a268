import Foundation
import Nominations

#if canImport(Glibc)
import Glibc
#endif

/// The worker side: reads requests from stdin, extracts (and reads) each file, writes answers to
/// stdout. Runs in a child process (`nominations worker`) so that a file that crashes or hangs
/// poppler, or eats all memory, takes only the worker with it.
public enum WorkerLoop {
    public static func run(memoryMiB: Int) {
        var limit = rlimit(rlim_cur: rlim_t(memoryMiB) * 1024 * 1024, rlim_max: rlim_t(memoryMiB) * 1024 * 1024)
        setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
        Extraction.prepare()
        var reader: LetterReader?
        while let line = readLine(strippingNewline: true) {
            guard let request = WorkerRequest(line: line.utf8) else { continue }
            if let configuration = request.configuration { reader = LetterReader(configuration: configuration) }
            guard let path = request.path else { continue }
            let file = ProcessedFile.make(path: path, reader: reader)
            let head = WorkerAnswerHead(path: path, sha256: file.sha256, text: file.textJSON.count, letter: file.letterJSON?.count ?? 0)
            var output = Data(head.line)
            output.append(file.textJSON)
            if let letter = file.letterJSON { output.append(letter) }
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
