import Foundation
import Nominations

/// One request to a worker, one JSON object per line on the worker's stdin: a file to process, or
/// (first, when the batch reads letters) the configuration to read them with.
struct WorkerRequest {
    var path: String?
    var configuration: Configuration?

    /// The request as one line, written by hand (a path for every file; the configuration once per
    /// worker, where `Codable` cost a worker's start-up several milliseconds).
    var line: Data {
        var writer = JSONWriter(capacity: path.map { $0.utf8.count + 16 } ?? 40_000)
        writer.object { w in
            if let path { w.key("path"); w.string(path) }
            if let configuration { w.key("configuration"); configuration.write(to: &w) }
        }
        var data = Data(writer.bytes)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    init(path: String?, configuration: Configuration?) {
        self.path = path
        self.configuration = configuration
    }

    /// A request line as sent by `line` (without its newline); `nil` when it is neither.
    init?(line: some Collection<UInt8>) {
        // A path with nothing to unescape, the request for almost every file, is read without the
        // general parser.
        if let path = Self.plainPath(Array(line)) {
            self.init(path: path, configuration: nil)
            return
        }
        guard let value = try? JSONReader.parse(line) else { return nil }
        if let path = value["path"]?.string {
            self.init(path: path, configuration: nil)
        } else if let member = value["configuration"], let configuration = try? Configuration(json: member) {
            self.init(path: nil, configuration: configuration)
        } else {
            return nil
        }
    }
}

extension WorkerRequest {
    private static let pathPrefix = Array(#"{"path":""#.utf8)

    /// The path of `{"path":"…"}` when it holds no backslash (nothing escaped); `nil` otherwise.
    static func plainPath(_ bytes: [UInt8]) -> String? {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        guard bytes.count >= pathPrefix.count + 2, bytes.starts(with: pathPrefix),
              bytes[bytes.count - 2] == quote, bytes[bytes.count - 1] == UInt8(ascii: "}") else { return nil }
        let body = bytes[pathPrefix.count..<(bytes.count - 2)]
        guard !body.contains(where: { $0 == quote || $0 == backslash }) else { return nil }
        return String(decoding: body, as: UTF8.self)
    }
}

/// The head of one answer, a JSON line on the worker's stdout; the text's JSON (`text` bytes) and
/// the letter's JSON (`letter` bytes, 0 when not reading) follow it directly.
struct WorkerAnswerHead: Equatable {
    let path: String
    let sha256: String
    let text: Int
    let letter: Int

    init(path: String, sha256: String, text: Int, letter: Int) {
        self.path = path
        self.sha256 = sha256
        self.text = text
        self.letter = letter
    }

    /// The head as one line, newline included.
    var line: [UInt8] {
        var writer = JSONWriter(capacity: path.utf8.count + 128)
        writer.object { w in
            w.key("path"); w.string(path)
            w.key("sha256"); w.string(sha256)
            w.key("text"); w.int(text)
            w.key("letter"); w.int(letter)
        }
        return writer.bytes + [UInt8(ascii: "\n")]
    }

    /// A head line (without its newline); `nil` when it is not one.
    init?(line: some Collection<UInt8>) {
        // As `line` writes it, with nothing escaped in the path: read without the general parser.
        if let head = Self.plain(Array(line)) {
            self = head
            return
        }
        guard let value = try? JSONReader.parse(line), let path = value["path"]?.string, let sha256 = value["sha256"]?.string,
              let text = value["text"]?.int, let letter = value["letter"]?.int, text >= 0, letter >= 0 else { return nil }
        self.init(path: path, sha256: sha256, text: text, letter: letter)
    }
}

extension WorkerAnswerHead {
    private static let pathKey = Array(#"{"path":""#.utf8), shaKey = Array(#"","sha256":""#.utf8)
    private static let textKey = Array(#"","text":"#.utf8), letterKey = Array(#","letter":"#.utf8)

    /// `{"path":"…","sha256":"…","text":n,"letter":n}` with no backslash or quote in the path and a
    /// hash of 64 hexadecimal digits; `nil` for anything else (the general parser reads it then).
    static func plain(_ bytes: [UInt8]) -> WorkerAnswerHead? {
        var at = 0
        func expect(_ literal: [UInt8]) -> Bool {
            guard bytes.count - at >= literal.count, bytes[at..<(at + literal.count)].elementsEqual(literal) else { return false }
            at += literal.count
            return true
        }
        func number() -> Int? {
            var value = 0, digits = 0
            while at < bytes.count, bytes[at] >= 48, bytes[at] <= 57, digits < 15 {
                value = value * 10 + Int(bytes[at] - 48)
                at += 1
                digits += 1
            }
            return digits > 0 ? value : nil
        }
        guard expect(pathKey) else { return nil }
        let pathStart = at
        while at < bytes.count, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\") { at += 1 }
        let pathEnd = at
        guard expect(shaKey), bytes.count - at >= 64 else { return nil }
        let shaStart = at
        guard bytes[at..<(at + 64)].allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }) else { return nil }
        at += 64
        guard expect(textKey), let text = number(), expect(letterKey), let letter = number(),
              at == bytes.count - 1, bytes[at] == UInt8(ascii: "}") else { return nil }
        return WorkerAnswerHead(path: String(decoding: bytes[pathStart..<pathEnd], as: UTF8.self),
                                sha256: String(decoding: bytes[shaStart..<(shaStart + 64)], as: UTF8.self), text: text, letter: letter)
    }
}

/// The limits a worker runs under.
public struct WorkerLimits: Sendable {
    /// Seconds of processor time one file may take before its worker is killed (the file's
    /// worker is timed by its own processor clock, not the wall clock: see `WorkerClock`).
    public var secondsPerFile: Double
    /// Address-space limit of a worker process, in MiB.
    public var memoryMiB: Int
    /// A worker is replaced after this many files, in case poppler's caches grow (reading 10,000
    /// letters in one process peaked at 37 MiB against 35 MiB for 1,000: they do not, so the
    /// limit is generous). A replacement is started by running the program again, which costs
    /// about 45 ms of processor time, where the workers started first are forked: at 10,000 no
    /// worker is replaced.
    public var filesPerWorker: Int
    /// Seconds of processor time OCR may spend on one scanned page before the page is given up and
    /// listed (the file's limit then counts from each page read: a long scan is not cut short for
    /// its length).
    public var ocrSecondsPerPage: Double

    /// A worker that uses no processor time (blocked, not busy) is given up after this many times
    /// the file's limit on the wall clock. Four: a machine shared with three more busy processes
    /// per core still leaves a working worker within it.
    static let wallFactor = 4.0

    public init(secondsPerFile: Double = 30, memoryMiB: Int = 1024, filesPerWorker: Int = 10_000,
                ocrSecondsPerPage: Double = ExtractionOptions.defaultOCRSecondsPerPage) {
        self.secondsPerFile = secondsPerFile
        self.memoryMiB = memoryMiB
        self.filesPerWorker = filesPerWorker
        self.ocrSecondsPerPage = ocrSecondsPerPage
    }
}
