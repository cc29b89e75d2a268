import Foundation
import Testing
import Yams
@testable import Nominations

/// The configuration read by hand (quick) and through `Codable` (the reference) must agree.
@Suite("Configuration codec")
struct ConfigurationCodecTests {
    /// The reference form to compare by: `Codable` JSON with sorted keys.
    static func reference(_ configuration: Configuration) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(configuration)
    }

    static func defaultText() throws -> String { try #require(ConfigurationLoader.defaultText()) }

    @Test func theBuiltInConfigurationIsReadTheQuickWayAndAsCodableReadsIt() throws {
        let text = try Self.defaultText()
        let node = try #require(try Yams.compose(yaml: text, Resolver.basic.appending(.merge)))
        let plain = ConfigurationLoader.plainTree(node)
        #expect(plain != nil, "the built-in configuration must not need the slow way")
        let tree = try #require(plain)
        let quick = try Configuration(json: tree)
        let slow = try ConfigurationLoader.parse(text, file: "default-config.yaml", quick: false)
        #expect(try Self.reference(quick) == Self.reference(slow))
    }

    @Test func itsJSONReadsBackTheSame() throws {
        let configuration = try ConfigurationLoader.defaults()
        let again = try Configuration(jsonBytes: configuration.jsonBytes)
        #expect(try Self.reference(again) == Self.reference(configuration))
        // Mappings are written with sorted keys: the bytes identify the configuration.
        #expect(again.jsonBytes == configuration.jsonBytes)
    }

    /// Values the quick reading must leave to `Codable`, which reads them its own way (YAML 1.1).
    @Test(arguments: [
        ("group_size: 5", "group_size: 0o5"), ("group_size: 5", "group_size: 05"), ("group_size: 5", "group_size: \"5\""),
        ("one_group_per_person: true", "one_group_per_person: yes"), ("one_group_per_person: true", "one_group_per_person: 'true'"),
    ])
    func awkwardScalarsGoTheCodableWayAndAgree(_ change: (String, String)) throws {
        let original = try Self.defaultText()
        #expect(original.contains(change.0), "the built-in configuration changed: \(change.0)")
        let text = original.replacingOccurrences(of: change.0, with: change.1)
        let node = try #require(try Yams.compose(yaml: text, Resolver.basic.appending(.merge)))
        let quickTree = ConfigurationLoader.plainTree(node)
        let quickReads = quickTree.flatMap { try? Configuration(json: $0) } != nil
        #expect(!quickReads, "\(change.1) must not be read the quick way")
        // Whatever Codable makes of it, parse (quick by default) makes the same.
        // (Both read it alike, or both refuse it with the same words: two refusals are compared too.)
        let viaParse = Result { try ConfigurationLoader.parse(text, file: "x.yaml") }
        let viaCodable = Result { try ConfigurationLoader.parse(text, file: "x.yaml", quick: false) }
        switch (viaParse, viaCodable) {
        case (.success(let quick), .success(let codable)): #expect(try Self.reference(quick) == Self.reference(codable))
        case (.failure(let quick), .failure(let codable)): #expect("\(quick)" == "\(codable)")
        default: Issue.record("parse and Codable disagree on \(change.1): \(viaParse) / \(viaCodable)")
        }
    }

    @Test func aMissingKeyIsStillReportedWithItsName() throws {
        let text = try Self.defaultText().replacingOccurrences(of: "group_size: 5", with: "")
        do {
            _ = try ConfigurationLoader.parse(text, file: "moje.yaml")
            Issue.record("a missing key must be rejected")
        } catch let error as ConfigurationError {
            #expect(error.description.contains("group_size"))
        }
    }
}
