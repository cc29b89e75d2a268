import Foundation
import Yams

/// Reads and checks configuration files; reports mistakes with the file, the line and the reason.
public enum ConfigurationLoader {
    /// The configuration that ships inside the program.
    public static func defaults() throws -> Configuration {
        guard let text = defaultText() else {
            throw ConfigurationError(file: "default-config.yaml", line: nil, reason: "vgrajene nastavitve niso veljaven UTF-8")
        }
        return try parse(text, file: "default-config.yaml")
    }

    /// The text of the built-in configuration (embedded in the program at build time), for staff
    /// to copy and edit.
    public static func defaultText() -> String? {
        String(validating: PackageResources.default_config_yaml, as: UTF8.self)
    }

    public static func load(path: String) throws -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(file: path, line: nil, reason: "datoteke ni mogoče prebrati")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(file: path, line: nil, reason: "datoteka ni v kodiranju UTF-8")
        }
        return try parse(text, file: path)
    }

    /// Parses and validates YAML text.
    /// - Parameter quick: read through `Configuration.init(json:)` where it can (tests compare both ways).
    public static func parse(_ text: String, file: String, quick: Bool = true) throws -> Configuration {
        let node: Node
        do {
            // Tags are left unresolved, as Yams's own decoder does: resolving every scalar with regular
            // expressions cost most of the load (the decoder reads numbers and booleans from the text).
            // Merge keys ("<<") only where the text has one: the rule's expression took 3 ms to make.
            let resolver = text.utf8.contains(UInt8(ascii: "<")) && text.contains("<<") ? Resolver.basic.appending(.merge) : Resolver.basic
            guard let composed = try Yams.compose(yaml: text, resolver) else {
                throw ConfigurationError(file: file, line: nil, reason: "datoteka je prazna")
            }
            node = composed
        } catch let error as YamlError {
            throw ConfigurationError(file: file, line: line(of: error), reason: "napaka v zapisu YAML (\(summary(of: error)))")
        }
        let configuration: Configuration
        if quick, let tree = plainTree(node), let fast = try? Configuration(json: tree) {
            configuration = fast
        } else {
            // Whatever the quick reading refuses is read the Codable way, which also says what is wrong and where.
            do {
                configuration = try YAMLDecoder().decode(Configuration.self, from: node)
            } catch let error as DecodingError {
                throw translate(error, node: node, file: file)
            }
        }
        try ConfigurationValidator.validate(configuration, node: node, file: file)
        return configuration
    }

    /// The YAML as a JSON value for `Configuration.init(json:)`: a plain null ("", "~", "null") is
    /// null and every other scalar its text. `nil` (read the Codable way) for anything that reading
    /// could take otherwise than YAMLDecoder: a tag, an alias, a merge key, a key given twice, or a
    /// quoted scalar that reads as a number or a boolean.
    static func plainTree(_ node: Node) -> JSONValue? {
        switch node {
        case .scalar(let scalar):
            // Unresolved (a plain scalar under the basic resolver) or a string; any other tag is someone's intent.
            guard scalar.tag.description.isEmpty || scalar.tag.description == Tag.Name.str.rawValue else { return nil }
            let text = scalar.string
            if scalar.style == .plain {
                switch text {
                case "", "~", "null", "Null", "NULL": return .null
                default: return .string(text)
                }
            }
            if ConfigurationFields.isDecimal(text, fraction: true) || ["true", "false"].contains(text) { return nil }
            return .string(text)
        case .sequence(let sequence):
            var values: [JSONValue] = []
            values.reserveCapacity(sequence.count)
            for item in sequence {
                guard let value = plainTree(item) else { return nil }
                values.append(value)
            }
            return .array(values)
        case .mapping(let mapping):
            var members: [(key: String, value: JSONValue)] = []
            var keys = Set<String>()
            for (key, value) in mapping {
                guard case .scalar(let name) = key, name.style == .plain, name.string != "<<",
                      keys.insert(name.string).inserted, let member = plainTree(value) else { return nil }
                members.append((name.string, member))
            }
            return .object(members)
        case .alias:
            return nil
        }
    }

    static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }

    static func translate(_ error: DecodingError, node: Node, file: String) -> ConfigurationError {
        switch error {
        case .keyNotFound(let key, let context):
            let where_ = locate(context.codingPath, in: node)
            return ConfigurationError(file: file, line: where_?.line, reason: "manjka ključ »\(key.stringValue)« v \(path(context.codingPath))")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let where_ = locate(context.codingPath, in: node)
            return ConfigurationError(file: file, line: where_?.line, reason: "napačna vrsta vrednosti pri \(path(context.codingPath))")
        case .dataCorrupted(let context):
            let where_ = locate(context.codingPath, in: node)
            return ConfigurationError(file: file, line: where_?.line, reason: "neveljavna vrednost pri \(path(context.codingPath)): \(context.debugDescription)")
        @unknown default:
            return ConfigurationError(file: file, line: nil, reason: "\(error)")
        }
    }

    static func path(_ codingPath: [CodingKey]) -> String {
        let text = codingPath.map { $0.intValue.map { "[\($0 + 1)]" } ?? $0.stringValue }.joined(separator: ".")
        return text.isEmpty ? "vrhnji ravni" : "»\(text)«"
    }

    /// The node a coding path leads to (or the deepest one that exists), for its line.
    static func locate(_ codingPath: [CodingKey], in root: Node) -> Mark? {
        var current = root
        for key in codingPath {
            if let index = key.intValue, let sequence = current.sequence, index < sequence.count {
                current = sequence[index]
            } else if let mapping = current.mapping, let value = mapping[key.stringValue] {
                current = value
            } else {
                break
            }
        }
        return current.mark
    }
}
