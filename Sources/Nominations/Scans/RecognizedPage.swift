/// One page of a letter read by OCR: the words Tesseract found, with their boxes and confidences,
/// or why it could not be read. Kept in the extraction result (and its cache) as it came, so that
/// the rows the reader reads are laid out from it by the reader's code (`ScanLayout`).
public struct RecognizedPage: Equatable, Codable, Sendable {
    /// Why a page gave no words.
    public enum Failure: String, Codable, Sendable {
        /// OCR took longer than the page's time budget.
        case timedOut
        /// The page could not be rendered or recognised (or Tesseract is not installed).
        case failed
    }

    /// The page of the PDF, from 0.
    public var page: Int
    /// The page's size in points.
    public var width: Double
    public var height: Double
    public var words: [RecognizedWord]
    /// The tilt corrected before reading, in degrees.
    public var skew: Double
    public var failure: Failure?
    /// A short technical note for logs.
    public var detail: String?

    public init(page: Int, width: Double, height: Double, words: [RecognizedWord], skew: Double = 0,
                failure: Failure? = nil, detail: String? = nil) {
        self.page = page
        self.width = width
        self.height = height
        self.words = words
        self.skew = skew
        self.failure = failure
        self.detail = detail
    }

    /// The mean of the words' confidences (0–100), weighing each word by its letters and digits, so
    /// that a stray mark counts for less than a name; `nil` for a page without words.
    public var meanConfidence: Double? {
        var sum = 0.0, weight = 0.0
        for word in words {
            let count = Double(max(1, word.text.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.count))
            sum += word.confidence * count
            weight += count
        }
        return weight > 0 ? sum / weight : nil
    }
}

/// One word of a recognised page.
public struct RecognizedWord: Equatable, Codable, Sendable {
    public var text: String
    /// Tesseract's confidence, 0–100.
    public var confidence: Double
    /// The box in points, origin at the top left of the page.
    public var left: Double, top: Double, right: Double, bottom: Double
    /// The y of the word's baseline, in points.
    public var baseline: Double
    /// The text line Tesseract put it in, counted over the page.
    public var line: Int
    /// The confidence of its least sure letter, 0–100.
    public var weakestLetter: Double

    public init(text: String, confidence: Double, left: Double, top: Double, right: Double, bottom: Double, baseline: Double, line: Int,
                weakestLetter: Double = 100) {
        self.text = text
        self.confidence = confidence
        self.left = left
        self.top = top
        self.right = right
        self.bottom = bottom
        self.baseline = baseline
        self.line = line
        self.weakestLetter = weakestLetter
    }

    // Short keys: a page holds hundreds of words, and the state keeps every page.
    enum CodingKeys: String, CodingKey {
        case text = "t", confidence = "c", left = "l", top = "u", right = "r", bottom = "b", baseline = "a", line = "n", weakestLetter = "w"
    }
}

extension RecognizedPage: JSONConvertible {
    public func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.key("page"); w.int(page)
            w.key("width"); w.double(width)
            w.key("height"); w.double(height)
            w.key("words"); w.array { w in for word in words { word.write(to: &w) } }
            w.key("skew"); w.double(skew)
            w.string("failure", failure?.rawValue)
            w.string("detail", detail)
        }
    }

    public init(json: JSONValue) throws {
        guard let page = json["page"]?.int, let width = json["width"]?.double, let height = json["height"]?.double,
              let words = json["words"]?.array, let skew = json["skew"]?.double else { throw JSONError("not a recognised page") }
        self.init(page: page, width: width, height: height, words: try words.map(RecognizedWord.init(json:)), skew: skew,
                  failure: try json.optionalEnum("failure", as: Failure.self), detail: json["detail"]?.string)
    }
}

extension RecognizedWord: JSONConvertible {
    public func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.key("t"); w.string(text)
            w.key("c"); w.double(confidence)
            w.key("l"); w.double(left)
            w.key("u"); w.double(top)
            w.key("r"); w.double(right)
            w.key("b"); w.double(bottom)
            w.key("a"); w.double(baseline)
            w.key("n"); w.int(line)
            w.key("w"); w.double(weakestLetter)
        }
    }

    public init(json: JSONValue) throws {
        guard let confidence = json["c"]?.double, let left = json["l"]?.double, let top = json["u"]?.double,
              let right = json["r"]?.double, let bottom = json["b"]?.double, let baseline = json["a"]?.double,
              let line = json["n"]?.int, let weakest = json["w"]?.double else {
            throw JSONError("not a recognised word")
        }
        self.init(text: try json.requiredString("t"), confidence: confidence, left: left, top: top, right: right, bottom: bottom,
                  baseline: baseline, line: line, weakestLetter: weakest)
    }
}
