import Foundation
import Nominations

/// Why a run could not be done (a one-line reason for stderr, in Slovenian).
public struct RunError: Error, CustomStringConvertible {
    public let description: String
    public let exitCode: Int32
}

/// The nightly batch.
public struct RunJob {
    let configuration: Configuration
    let configurationName: String
    let inbox: String
    let outbox: String
    let state: String?
    let settleSeconds: Double

    public init(configuration: Configuration, configurationName: String, inbox: String, outbox: String, state: String?, settleSeconds: Double) {
        self.configuration = configuration
        self.configurationName = configurationName
        self.inbox = inbox
        self.outbox = outbox
        self.state = state
        self.settleSeconds = settleSeconds
    }

    public func run() throws -> String {
        throw RunError(description: "še ni izvedeno", exitCode: 3)
    }
}
