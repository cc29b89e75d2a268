import Testing
import Foundation
@testable import Nominations

@Suite("Configuration")
struct ConfigurationTests {
    @Test func defaultsLoadAndDescribeTheMunicipality() throws {
        let configuration = try ConfigurationLoader.defaults()
        #expect(configuration.clusters.map(\.slug) == ["mesto-koper", "kraski-rob-rizana", "dezela-refoska", "dolina-dragonje"])
        #expect(configuration.deadline == "2026-02-28")
        #expect(configuration.places.count > 100)
        #expect(configuration.places.contains { $0.name == "Marezige" && $0.forms.contains("Marezigah") })
    }

    @Test func aYamlMistakeNamesTheLine() throws {
        var text = ConfigurationLoader.defaultText() ?? ""
        text = text.replacingOccurrences(of: "deadline: 2026-02-28", with: "deadline: [2026")
        #expect(throws: ConfigurationError.self) { try ConfigurationLoader.parse(text, file: "x.yaml") }
        do { _ = try ConfigurationLoader.parse(text, file: "x.yaml") } catch let error as ConfigurationError {
            #expect(error.line != nil)
            #expect(error.description.hasPrefix("x.yaml, vrstica"))
        }
    }

    @Test func anUnknownClusterIsReportedWithItsLine() throws {
        let text = (ConfigurationLoader.defaultText() ?? "").replacingOccurrences(
            of: "{name: \"Abitanti\", cluster: dolina-dragonje", with: "{name: \"Abitanti\", cluster: dolina-dragonja")
        do {
            _ = try ConfigurationLoader.parse(text, file: "moje.yaml")
            Issue.record("an unknown cluster must be rejected")
        } catch let error as ConfigurationError {
            #expect(error.reason.contains("dolina-dragonja"))
            let line = try #require(error.line)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines[line - 1].contains("Abitanti"))
        }
    }

    @Test func aBadDeadlineIsRejected() {
        let text = (ConfigurationLoader.defaultText() ?? "").replacingOccurrences(of: "deadline: 2026-02-28", with: "deadline: \"28. 2.\"")
        #expect(throws: ConfigurationError.self) { try ConfigurationLoader.parse(text, file: "x.yaml") }
    }

    /// The built-in configuration is embedded in the program (no resource folder beside it): the
    /// same text as the file staff copy and edit.
    @Test func theBuiltInConfigurationIsTheShippedFile() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Sources/Nominations/Resources/default-config.yaml").standardized
        let shipped = try String(contentsOf: file, encoding: .utf8)
        #expect(ConfigurationLoader.defaultText() == shipped)
    }
}
