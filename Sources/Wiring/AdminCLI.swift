import Domain
import Fluent
import Foundation
import Storage
import UseCases
import Vapor
import Web

/// `apkalpe user|token|kiosk …`: administration from the shell. Never prompts; prints only what
/// is asked for, on standard output (a new one-time password, a new token, a list), and
/// everything else — errors, logs — on standard error.
enum AdminCLI {
    static let commands: Set<String> = ["user", "token", "kiosk", "retention", "mail", "gateway", "deadlines", "outbox"]

    struct UsageError: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }

    static let usage = """
    usage:
      apkalpe user add --email E --name N --surname S --role R [--role R2]… [--office SLUG]…
                       [--unit U --position P --phone T] [--password-stdin]
      apkalpe user list
      apkalpe user disable --email E
      apkalpe token create --user E [--name N] [--scope S]…
      apkalpe token create --integration NAME --scope S [--scope S2]…
      apkalpe kiosk add --office SLUG --name N
      apkalpe retention run
      apkalpe mail ingest [--to ADDRESS] < message.eml
      apkalpe gateway receive [--dir DIR]
      apkalpe deadlines run
      apkalpe outbox deliver
    roles: \(Role.allCases.map(\.rawValue).joined(separator: ", "))
    scopes: \(Permission.allCases.map(\.rawValue).joined(separator: ", "))
    """

    /// Options as given: `--key value` pairs (repeatable) and bare `--flags`.
    struct Options {
        var values: [String: [String]] = [:]
        var flags: Set<String> = []
        static let flagNames: Set<String> = ["password-stdin"]

        init(_ args: ArraySlice<String>) throws {
            var i = args.startIndex
            while i < args.endIndex {
                let arg = args[i]
                guard arg.hasPrefix("--") else { throw UsageError("unexpected argument: \(arg)") }
                var key = String(arg.dropFirst(2))
                if let eq = key.firstIndex(of: "=") {
                    values[String(key[..<eq]), default: []].append(String(key[key.index(after: eq)...]))
                    i += 1
                    continue
                }
                if Self.flagNames.contains(key) { flags.insert(key); i += 1; continue }
                i += 1
                guard i < args.endIndex else { throw UsageError("--\(key) needs a value") }
                values[key, default: []].append(args[i])
                key = ""
                i += 1
            }
        }

        func one(_ key: String) throws -> String {
            guard let v = values[key], v.count == 1, !v[0].isEmpty else { throw UsageError("--\(key) is required once") }
            return v[0]
        }
        func optional(_ key: String) -> String? { values[key]?.last }
        func all(_ key: String) -> [String] { values[key] ?? [] }
        func check(allowed: Set<String>) throws {
            for key in values.keys where !allowed.contains(key) { throw UsageError("unknown option --\(key)") }
        }
    }

    /// Runs `args` (without the program name) against the configured database; returns the
    /// process exit code.
    static func run(_ args: [String], app: Application, settings: AppSettings, files: any FileStore, stdin: () -> String?,
                    message: () -> Data) async -> Int32 {
        do {
            try await DatabaseSetup.prepare(databases: app.databases, logger: app.logger, on: app.eventLoopGroup.any(),
                                            seed: true)
            let output = try await execute(args, db: app.db, settings: settings, stdin: stdin, files: files, message: message)
            if !output.isEmpty { print(output) }
            return 0
        } catch let error as UsageError {
            FileHandle.standardError.write(Data("apkalpe: \(error.description)\n\(usage)\n".utf8))
            return 64
        } catch {
            FileHandle.standardError.write(Data("apkalpe: \(error)\n".utf8))
            return 1
        }
    }

    static func execute(_ args: [String], db: any Database, settings: AppSettings,
                        stdin: () -> String?, files: (any FileStore)? = nil, message: () -> Data = { Data() }) async throws -> String {
        guard args.count >= 2 else { throw UsageError("missing subcommand") }
        let options = try Options(args.dropFirst(2))
        let staff = FluentStaffStore(db: db)
        let now = settings.clock.now()
        let issue = IssueCredential(staff: staff, reference: FluentReferenceStore(db: db), now: now, actor: "cli")
        switch (args[0], args[1]) {
        case ("user", "add"):
            try options.check(allowed: ["email", "name", "surname", "role", "office", "unit", "position", "phone"])
            let form = AddStaffMember.Form(email: try options.one("email"), name: try options.one("name"),
                                           surname: try options.one("surname"), unit: options.optional("unit"),
                                           position: options.optional("position"), phone: options.optional("phone"),
                                           roles: options.all("role"), offices: options.all("office"))
            var given: String?
            if options.flags.contains("password-stdin") { given = stdin()?.trimmingCharacters(in: .newlines) ?? "" }
            let add = AddStaffMember(staff: staff, reference: FluentReferenceStore(db: db),
                                     passwords: DirectPasswords(cost: settings.bcryptCost), now: now)
            do {
                return try await add(form, password: given, actor: "cli").oneTimePassword ?? ""
            } catch let problem as StaffAccountProblem {
                throw UsageError(Self.describe(problem))
            }
        case ("user", "list"):
            try options.check(allowed: [])
            return try await staff.users().map { u in
                [u.email, "\(u.name) \(u.surname)", u.roles.map(\.rawValue).sorted().joined(separator: ","),
                 u.offices.sorted().joined(separator: ","), u.active ? "active" : "disabled",
                 u.totpEnabled ? "totp" : "-"].joined(separator: "\t")
            }.joined(separator: "\n")
        case ("user", "disable"):
            try options.check(allowed: ["email"])
            do {
                try await DisableStaffMember(staff: staff, now: now)(email: try options.one("email"), actor: "cli")
            } catch StaffAccountProblem.notFound {
                throw UsageError("no user with that e-mail")
            }
            return ""
        case ("token", "create") where options.values["integration"] != nil:
            try options.check(allowed: ["integration", "scope"])
            let name = try options.one("integration")
            return try await Self.issuing { try await issue.integrationToken(name: name, scopes: options.all("scope")) }
        case ("token", "create"):
            try options.check(allowed: ["user", "name", "scope"])
            let owner = try options.one("user")
            return try await Self.issuing {
                try await issue.staffToken(ownerEmail: owner, name: options.optional("name") ?? "cli", scopes: options.all("scope"))
            }
        case ("kiosk", "add"):
            try options.check(allowed: ["office", "name"])
            let office = try options.one("office"), name = try options.one("name")
            return try await Self.issuing { try await issue.kioskToken(office: office, name: name) }
        case ("retention", "run"):
            try options.check(allowed: [])
            let r = try await RetentionJob(db: db, schedule: settings.retention).run(now: now)
            return "clients-anonymised=\(r.clientsAnonymised) access-log-purged=\(r.accessLogPurged) "
                + "audit-trail-purged=\(r.auditTrailPurged) login-failures-purged=\(r.loginFailuresPurged) "
                + "sessions-purged=\(r.sessionsPurged)"
        case ("mail", "ingest"):
            try options.check(allowed: ["to"])
            guard let files else { throw UsageError("no attachment directory configured") }
            let raw = message()
            guard !raw.isEmpty else { throw UsageError("no message on standard input") }
            guard raw.count <= MailIngest.maximumSize else { throw UsageError("the message is over 40 MB") }
            let to = options.optional("to")
            if let to, !EmailAddress.isValid(to) { throw UsageError("--to must be an e-mail address") }
            do {
                let stores = FluentStores(db: db)
                let register = RegisterSubmission(cases: stores.cases, files: files, reference: stores.reference, now: now)
                return try await MailIngest.ingest(raw, to: to, register: register, reference: stores.reference).case.reference
            } catch let problem as SubmissionProblem {
                throw UsageError("the message cannot be registered: " + problem.fields.map(\.name).joined(separator: ", "))
            }
        case ("gateway", "receive"):
            try options.check(allowed: ["dir"])
            guard let files else { throw UsageError("no attachment directory configured") }
            guard let dir = options.optional("dir") ?? settings.gatewayDirectory else {
                throw UsageError("--dir or APKALPE_GATEWAY_DIR names the gateway's directory")
            }
            let report = try await GatewayIntake.receive(directory: dir, db: db, files: files, now: now)
            return (report.registered + ["registered=\(report.registered.count) rejected=\(report.rejected)"]).joined(separator: "\n")
        case ("deadlines", "run"):
            try options.check(allowed: [])
            let r = try await CaseDeadlineJob(db: db, links: PublicLinks(base: settings.publicURL)).run(now: now)
            return "offices=\(r.offices) messages=\(r.messages)"
        case ("outbox", "deliver"):
            try options.check(allowed: [])
            let senders: [OutboxMessage.Channel: any MessageSender]
            do { senders = try Delivery.senders(settings) } catch { throw UsageError(String(describing: error)) }
            let r = try await Delivery.run(db: db, settings: settings, senders: senders)
            return "sent=\(r.sent) retrying=\(r.retrying) failed=\(r.failed)" + (r.overtaken > 0 ? " overtaken=\(r.overtaken)" : "")
        default:
            throw UsageError("unknown command: \(args.prefix(2).joined(separator: " "))")
        }
    }

    /// A token, or the refusal in the command line's words.
    static func issuing(_ make: () async throws -> String) async throws -> String {
        do {
            return try await make()
        } catch CredentialProblem.fields(let fields) {
            throw UsageError(fields.map { f -> String in
                switch f {
                case .nameRequired: return "--name is required"
                case .unknownOwner: return "no active user with that e-mail"
                case .unknownOffice: return "unknown office"
                case .scopeNeeded: return "an integration token needs at least one --scope"
                case .unknownScope(let s): return "unknown scope: \(s)"
                }
            }.joined(separator: "; "))
        }
    }

    /// A refusal in the command line's words: the option to fix.
    static func describe(_ problem: StaffAccountProblem) -> String {
        switch problem {
        case .emailTaken(let email): return "a user with e-mail \(email) exists"
        case .notFound: return "no such user"
        case .fields(let fields):
            return fields.map { f -> String in
                switch f.issue {
                case .required: return "--\(f.name == "roles" ? "role" : f.name) is required"
                case .notAnEmail(let e): return "not an e-mail address: \(e)"
                case .unknownRole(let r): return "unknown role: \(r)"
                case .unknownOffice(let o): return "unknown office: \(o)"
                case .officeNeeded: return "--office is required for roles that work in an office"
                case .passwordTooShort(let n): return "the password on standard input must have at least \(n) characters"
                case .tooLong(let n): return "--\(f.name) is longer than \(n) characters"
                case .controlCharacter: return "--\(f.name) contains control characters"
                case .notAPhone: return "--phone must be a phone number with 8 to 15 digits"
                }
            }.joined(separator: "; ")
        }
    }
}

/// Passwords for the command line: bcrypt at the configured cost, on the calling thread (a
/// command does one hash and exits; there is no server to keep responsive).
struct DirectPasswords: StaffPasswords {
    let cost: Int
    func hash(_ password: String) async throws -> String { try Passwords.hash(password, cost: cost) }
    func verify(_ password: String, hash: String?) async -> Bool {
        guard let hash else { return false }
        return (try? Bcrypt.verify(password, created: hash)) ?? false
    }
}
