import Domain
import Foundation
import UseCases
import Vapor

/// The staff mailbox (issue 11, item 4): the messages of the reader's offices only
/// (`MailboxScope`), listed without their text; opening one is a read of the client's data and
/// goes to the access log; links in it are never shown — "send the link again" mints a fresh one.
struct MailboxController: Sendable {
    func list(_ req: Request, _ l: Language) async throws -> Response {
        let (user, principal) = try req.requireStaff(.outboxRead)
        // `?status=` narrows the list (a supervisor looking for what failed); an unknown one shows all.
        let status = (try? req.query.get(String.self, at: "status")).flatMap(OutboxMessage.Status.init(rawValue:))
        let messages = try await req.stores.outbox.messages(offices: MailboxScope.offices(for: principal), status: status, limit: 200)
        return html(Mailbox.view(.init(language: l, csrf: try await req.formToken(), user: user, messages: messages, status: status), .of(l)))
    }

    private func message(_ req: Request, principal: StaffPrincipal, user: StaffUser) async throws -> OutboxMessage {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        let reader = ClientReader(staffUserID: user.id, roles: principal.roles, offices: principal.offices,
                                              channel: "page /staff/outbox/{id}", purpose: "message sent to the client")
        guard let message = try await req.stores.outbox.open(id: id, offices: MailboxScope.offices(for: principal),
                                                                by: reader, now: req.clock.now()) else { throw Abort(.notFound) }
        return message
    }

    /// The message page; `opened` when this request already opened it (and logged that once).
    func show(_ req: Request, _ l: Language, notice: String?, opened: OutboxMessage? = nil, status: HTTPResponseStatus = .ok,
              refill: Form.Refill = .init(errors: [], typed: nil)) async throws -> Response {
        let (user, principal) = try req.requireStaff(.outboxRead)
        let s = StaffStrings.of(l)
        let done: String?
        switch try? req.query.get(String.self, at: "done") {
        case "corrected": done = LetterStrings.of(l).corrected
        case "resent": done = s.mailboxResent(BookingCode.normalise(String((req.query[String.self, at: "code"] ?? "").prefix(20))))
        case "not-resendable": done = s.mailboxNotResendable
        default: done = nil
        }
        let notice = notice ?? done
        let message: OutboxMessage
        if let opened { message = opened } else { message = try await self.message(req, principal: principal, user: user) }
        let canResend = message.bookingID != nil && message.kind != .alert
            && AccessPolicy.decide(principal, .bookingsManage, office: message.officeSlug ?? "") == .allow
        let canCorrect = message.status == .sent && message.kind != .alert && MessageCorrection.mayCorrect(principal, message)
        return html(Mailbox.messageView(.init(language: l, csrf: try await req.formToken(), user: user, message: message,
                                              canResend: canResend, notice: notice, canCorrect: canCorrect, refill: refill), .of(l)),
                    status: status)
    }

    struct CorrectionForm: Content {
        var wrong: String?
        var right: String?
        var typed: [String: String] { ["wrong": wrong, "right": right].compactMapValues { $0 } }
    }

    /// S-MAIL-FIX: a correction with an apology, linked to the original; the mailbox shows the new
    /// message. (A case's letter is corrected from its letter page, CasesController.)
    func correct(_ req: Request, _ l: Language) async throws -> Response {
        let (user, principal) = try req.requireStaff(.messagesCorrect)
        // The mailbox's form: one who does not read the mailbox corrects a case's letter from its page.
        guard principal.permissions.contains(.outboxRead) else { throw Abort(.notFound) }
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw Abort(.notFound) }
        let form = try req.content.decode(CorrectionForm.self)
        let channel = "page /staff/outbox/{id}/correction"
        do {
            let correction = try await req.useCases.correctMessage(id, wrong: form.wrong, right: form.right, by: principal, userID: user.id,
                                                                   channel: channel)
            return req.redirect(to: StaffPage.outboxMessage(correction.id.uuidString).path(l) + "?done=corrected", redirectType: .normal)
        } catch CorrectionProblem.notFound {
            throw Abort(.notFound)
        } catch CorrectionProblem.signatureIncomplete(let missing) {
            return try await show(req, l, notice: SignatureWording.incomplete(missing, l), status: .unprocessableEntity,
                                  refill: .init(errors: [], typed: form.typed))
        } catch CorrectionProblem.refused(let refusal) {
            let errors = refusal.fields.map { ($0.name, CorrectionWording.detail($0.issue, l)) }
            return try await show(req, l, notice: nil, status: .unprocessableEntity, refill: .init(errors: errors, typed: form.typed))
        }
    }

    func resend(_ req: Request, _ l: Language) async throws -> Response {
        let (user, principal) = try req.requireStaff(.outboxRead)
        let message = try await message(req, principal: principal, user: user)
        guard let bookingID = message.bookingID, let office = message.officeSlug else { throw Abort(.notFound) }
        _ = try req.requireStaff(.bookingsManage, office: office)
        let booking: Booking
        do {
            // The office was just allowed by the policy; the store checks the booking is there.
            booking = try await req.useCases.sendManageLinkAgain(bookingID: bookingID, offices: [office],
                                                                 actor: user.id.uuidString)
        } catch BookingProblem.notFound {
            return req.redirect(to: StaffPage.outboxMessage(message.id.uuidString).path(l) + "?done=not-resendable",
                                redirectType: .normal)
        }
        // Post/redirect/get: a refresh shows the message again and sends nothing (issue 16, item 6).
        return req.redirect(to: StaffPage.outboxMessage(message.id.uuidString).path(l) + "?done=resent&code=\(booking.code)",
                            redirectType: .normal)
    }
}
