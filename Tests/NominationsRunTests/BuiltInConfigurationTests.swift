import Nominations
import Testing
@testable import NominationsRun

/// A run without `--config` reads the built-in configuration from JSON made at build time: it must
/// be the configuration the YAML gives now (a YAML changed without the JSON following fails here).
@Suite("Built-in configuration")
struct BuiltInConfigurationTests {
    @Test func theJSONMadeAtBuildTimeIsTheYAMLsConfiguration() throws {
        let fromJSON = try BuiltInConfiguration.load()
        let fromYAML = try ConfigurationLoader.defaults()
        #expect(fromJSON.jsonBytes == fromYAML.jsonBytes)
        #expect(!fromJSON.clusters.isEmpty)
    }

    @Test func theJSONIsReadWithoutANotice() throws {
        var notices: [String] = []
        let configuration = try BuiltInConfiguration.loadOrParse { notices.append($0) }
        #expect(notices.isEmpty)
        #expect(configuration.jsonBytes == (try ConfigurationLoader.defaults()).jsonBytes)
    }

    @Test func aJSONThatCannotBeReadFallsBackToTheYAMLAndSaysSo() throws {
        var notices: [String] = []
        let configuration = try BuiltInConfiguration.loadOrParse(#"{"clusters": ["#, notice: { notices.append($0) })
        #expect(notices.count == 1)
        #expect(notices.first?.contains("berem YAML") == true)
        #expect(configuration.jsonBytes == (try ConfigurationLoader.defaults()).jsonBytes)
    }
}
