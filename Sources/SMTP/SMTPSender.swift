import Domain
import Foundation
import Mail

/// The e-mail channel through a relay (issue 15, item 3): an outbox row becomes a MIME message —
/// text and HTML alternatives, UTF-8 subject, a Message-ID made from the row's id so that a
/// message sent again after a worker died is the same message — and the relay's answer becomes
/// the delivery outcome: 4xx, a timeout or a refused connection are temporary, 5xx permanent.
public struct SMTPSender: MessageSender {
    let client: SMTPClient
    let from: MailMessage.Address

    public init(client: SMTPClient, from: MailMessage.Address) {
        self.client = client
        self.from = from
    }

    /// The part after "@" of the sender's address: the Message-ID's right-hand side.
    var domain: String { from.email.split(separator: "@").last.map(String.init) ?? "apkalpe.invalid" }

    public static func messageID(_ message: OutboxMessage, domain: String) -> String {
        "\(message.id.uuidString.lowercased())@\(domain)"
    }

    public func mail(for message: OutboxMessage) -> OutgoingMail {
        // A booking's appointment, for the client's calendar (RFC 5545; `method` as in the file).
        let attachments = message.calendar.map {
            [MailMessage.Attachment(filename: message.language == .lv ? "pieraksts.ics" : "appointment.ics",
                                    contentType: "text/calendar; charset=utf-8; method=PUBLISH", data: Data($0.utf8))]
        } ?? []
        return OutgoingMail(from: from, to: [.init(name: nil, email: message.recipient)], subject: message.subject, text: message.body,
                            html: MessageHTML.render(message.body), attachments: attachments,
                            messageID: Self.messageID(message, domain: domain), date: message.createdAt ?? message.sendAfter)
    }

    public func send(_ message: OutboxMessage) async -> DeliveryOutcome {
        let mail = mail(for: message)
        do {
            let reply = try await client.send(from: from.email, to: [message.recipient],
                                              message: mail.rendered(boundarySeed: message.id.uuidString),
                                              needsSMTPUTF8: mail.needsSMTPUTF8)
            return .sent(providerID: reply.lines.joined(separator: " "))
        } catch let error as SMTPError {
            return error.isPermanent ? .permanentFailure(error.description) : .temporaryFailure(error.description)
        } catch {
            return .temporaryFailure(String(describing: error))
        }
    }
}
