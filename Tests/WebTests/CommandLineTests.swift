import Foundation
import NIOCore
import Testing
@testable import Wiring

/// Issue 13, defect 2: the command line a newcomer meets. (The built binary is run the same way by
/// `scripts/smoke-serve`: exit codes, one-line errors, `user add` beside a booking rush.)
@Suite("The command line: help for every command, one-line errors")
struct CommandLineTests {
    @Test func theOverviewListsEveryCommand() {
        for command in CommandLineHelp.allCommands {
            #expect(CommandLineHelp.overview.contains("  \(command) "), "\(command) missing from apkalpe --help")
        }
    }

    @Test(arguments: ["user", "token", "kiosk", "retention", "mail", "gateway", "deadlines", "outbox"])
    func eachAdministrationCommandHasItsOwnUsage(command: String) {
        let usage = CommandLineHelp.usage(of: command)
        let lines = usage.split(separator: "\n").filter { $0.hasPrefix("  apkalpe ") }
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.hasPrefix("  apkalpe \(command) ") }, "\(usage)")
    }

    @Test func helpIsRecognisedInEveryUsualSpelling() {
        #expect(["--help", "-h", "help"].allSatisfy(CommandLineHelp.isHelp))
        #expect(!CommandLineHelp.isHelp("--email"))
    }

    @Test func aTakenPortIsOneLineNamingTheAddress() {
        let error = IOError(errnoCode: EADDRINUSE, reason: "bind(descriptor:ptr:bytes:)")
        let line = CommandLineHelp.oneLine(error, port: 8081, hostname: "0.0.0.0")
        #expect(line.contains("0.0.0.0:8081") && line.contains("already in use"))
        #expect(!line.contains("\n"))
    }

    @Test func theListenAddressFollowsTheOptions() {
        #expect(CommandLineHelp.listenAddress(arguments: ["apkalpe", "serve", "--port", "9000"], environment: [:]) == ("127.0.0.1", 9000))
        #expect(CommandLineHelp.listenAddress(arguments: ["apkalpe", "serve", "-b", "0.0.0.0:81"], environment: [:]) == ("0.0.0.0", 81))
        #expect(CommandLineHelp.listenAddress(arguments: ["apkalpe"], environment: ["PORT": "18080"]) == ("127.0.0.1", 18080))
    }
}
