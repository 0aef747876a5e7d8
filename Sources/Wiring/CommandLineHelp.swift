import Foundation
import NIOCore

/// What `apkalpe --help` says, and the one-line answers to a command line that cannot run
/// (issue 13, defect 2: unknown commands and a port already in use ended in a crash backtrace).
enum CommandLineHelp {
    /// Vapor's own commands (it prints their `--help`) and ours.
    static let vaporCommands: Set<String> = ["serve", "migrate", "seed", "routes"]
    static var allCommands: Set<String> { vaporCommands.union(AdminCLI.commands).union(BackupCommands.commands) }

    static func isHelp(_ arg: String) -> Bool { ["--help", "-h", "help"].contains(arg) }

    static let overview = """
    usage: apkalpe [COMMAND] [OPTIONS]

    commands:
      serve       serve the site and API (the default); migrates and seeds the database first
                  options: --hostname H, --port P (or PORT=…)
      migrate     run pending database migrations, without asking
      seed        write PMLP's offices, services, fees and calendar once (later edits are kept)
      routes      list every route
      user        add, list or disable members of staff          (apkalpe user --help)
      token       issue an API token for a member of staff or an integration (apkalpe token --help)
      kiosk       register a kiosk of an office and print its token (apkalpe kiosk --help)
      retention   apply the retention schedule now                 (apkalpe retention --help)
      mail        register an e-mail on standard input as a submission; prints its reference (apkalpe mail --help)
      gateway     take in the e-address/portal deliveries waiting in the gateway directory (apkalpe gateway --help)
      deadlines   send the supervisors' overdue and due-soon message now (apkalpe deadlines --help)
      outbox      deliver the messages that are due now, as serve does every 5 seconds (apkalpe outbox --help)
      backup      --output FILE: a consistent copy of the SQLite database while servers run (PostgreSQL: pg_dump)
      restore     --input FILE: put a backup in place of the SQLite database; refused while a server holds it

    environment:
      DATABASE_URL         postgres://… for PostgreSQL; sqlite:///path or unset for ./apkalpe.sqlite
      APKALPE_PUBLIC_URL   the public address every link in a message or on paper starts with
      APKALPE_ENV          production: requires an https:// public address, refuses APKALPE_CLOCK
      PORT, LOG_LEVEL, LOG_FORMAT=json, APKALPE_MAX_BODY, APKALPE_RETENTION, APKALPE_FAIR_ACCESS,
      APKALPE_SMTP_URL     smtp://user:pass@host:587?starttls=true or smtps://…:465; unset: the local mailbox
      APKALPE_MAIL_FROM    the sender of every e-mail, e.g. PMLP <noreply@pmlp.gov.lv>
      APKALPE_METRICS_TOKEN, APKALPE_FILES, APKALPE_GATEWAY_DIR — see README.md, Configuration

    `apkalpe COMMAND --help` tells more about a command.
    """

    /// The usage lines of one administration command (`user`, `token`, …).
    static func usage(of command: String) -> String {
        let lines = AdminCLI.usage.split(separator: "\n", omittingEmptySubsequences: false)
        var out = ["usage:"], keep = false
        for line in lines.dropFirst() {
            if line.hasPrefix("  apkalpe ") { keep = line.hasPrefix("  apkalpe \(command) ") }
            else if !line.hasPrefix("    ") { keep = false }
            if keep { out.append(String(line)) }
        }
        if command == "user" || command == "token" {
            out += lines.filter { $0.hasPrefix("roles:") || $0.hasPrefix("scopes:") }.map(String.init)
        }
        return out.joined(separator: "\n")
    }

    /// One line for an error that stops the program before or while starting (no backtrace).
    static func oneLine(_ error: any Error, port: Int, hostname: String) -> String {
        if let io = error as? IOError, io.errnoCode == EADDRINUSE {
            return "cannot listen on \(hostname):\(port): the address is already in use (another apkalpe serve?); "
                + "choose another with PORT=… or --port"
        }
        if let io = error as? IOError, io.errnoCode == EACCES {
            return "cannot listen on \(hostname):\(port): permission denied (ports below 1024 need privileges)"
        }
        let text = String(describing: error).replacingOccurrences(of: "\n", with: " ")
        return text.count > 400 ? String(text.prefix(400)) + "…" : text
    }

    /// Where `serve` was asked to listen: `--hostname/-H`, `--port/-p`, `--bind/-b host:port`,
    /// else `PORT` and the defaults — for naming the address in a start-up error.
    static func listenAddress(arguments: [String], environment: [String: String]) -> (host: String, port: Int) {
        var host = "127.0.0.1", port = environment["PORT"].flatMap(Int.init) ?? 8080
        var i = arguments.startIndex
        while i < arguments.endIndex {
            let arg = arguments[i], next = i + 1 < arguments.endIndex ? arguments[i + 1] : nil
            switch arg {
            case "--hostname", "-H": if let next { host = next }
            case "--port", "-p": if let p = next.flatMap(Int.init) { port = p }
            case "--bind", "-b":
                if let next, let colon = next.lastIndex(of: ":") {
                    host = String(next[..<colon])
                    port = Int(next[next.index(after: colon)...]) ?? port
                }
            default: break
            }
            i += 1
        }
        return (host, port)
    }
}
