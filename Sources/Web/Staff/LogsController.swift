import Domain
import Foundation
import UseCases
import Vapor

/// What an auditor reads: who read which client's data (the access log) and who changed what
/// (the audit trail).
struct LogsController: Sendable {
    func accessLog(_ req: Request, _ l: Language) async throws -> Response {
        let (user, _) = try req.requireStaff(.accessLogRead)
        let clientText = (req.query[String.self, at: "clientId"] ?? "").trimmingCharacters(in: .whitespaces)
        let staffText = (req.query[String.self, at: "staffUserId"] ?? "").trimmingCharacters(in: .whitespaces)
        let entries = try await req.stores.clients.accessLog(
            clientID: UUID(uuidString: clientText), staffUserID: UUID(uuidString: staffText))
        let staff = try await req.stores.staff.users()
        let names = Dictionary(staff.map { ($0.id, "\($0.name) \($0.surname)") }, uniquingKeysWith: { a, _ in a })
        return html(AccessLogPage.view(.init(language: l, csrf: try await req.formToken(), user: user, clientID: clientText,
                                             staffUserID: staffText, entries: entries, staffNames: names), .of(l)))
    }

    func auditTrail(_ req: Request, _ l: Language) async throws -> Response {
        let (user, _) = try req.requireStaff(.auditTrailRead)
        let entries = try await req.stores.auditTrail.entries(entity: req.query[String.self, at: "entity"],
                                                             entityID: req.query[String.self, at: "entityId"], limit: 200)
        return html(AuditTrailPage.view(.init(language: l, csrf: try await req.formToken(), user: user, entries: entries), .of(l)))
    }
}
