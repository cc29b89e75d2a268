extension ExtractedText: JSONConvertible {
    public func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.key("pages"); w.strings(pages)
            w.key("fields"); w.array { w in for field in fields { field.write(to: &w) } }
            w.string("failure", failure?.rawValue)
            w.string("detail", detail)
            // Only a scanned letter has them: a text letter's JSON stays as it was.
            if !scans.isEmpty { w.key("scans"); w.array { w in for page in scans { page.write(to: &w) } } }
        }
    }

    public init(json: JSONValue) throws {
        guard let pages = json["pages"]?.strings, let fields = json["fields"]?.array else { throw JSONError("not an extracted text") }
        self.init(pages: pages, fields: try fields.map(Field.init(json:)),
                  failure: try json.optionalEnum("failure", as: Failure.self), detail: json["detail"]?.string,
                  scans: try json["scans"]?.array?.map(RecognizedPage.init(json:)) ?? [])
    }
}

extension ExtractedText.Field: JSONConvertible {
    public func write(to writer: inout JSONWriter) {
        writer.object { w in
            w.key("label"); w.string(label)
            w.key("name"); w.string(name)
            w.string("value", value)
            if let ticked { w.key("ticked"); w.bool(ticked) }
        }
    }

    public init(json: JSONValue) throws {
        self.init(label: try json.requiredString("label"), name: try json.requiredString("name"),
                  value: json["value"]?.string, ticked: json["ticked"]?.bool)
    }
}
