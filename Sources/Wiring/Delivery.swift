import Domain
import Fluent
import Foundation
import Mail
import SMTP
import Storage
import UseCases
import Web

/// Which sender each channel uses (issue 15): the relay of `APKALPE_SMTP_URL` for e-mail when it
/// is set; otherwise — and for SMS until a provider is configured — the local mailbox, where staff
/// read what was sent.
enum Delivery {
    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    static func senders(_ settings: AppSettings) throws -> [OutboxMessage.Channel: any MessageSender] {
        let local = LocalMailbox()
        // The e-address gateway's outbound side is local here, as its inbound side is (FACTS.md §8).
        guard let url = settings.smtpURL else { return [.email: local, .sms: local, .eAddress: local] }
        let configuration: SMTPConfiguration
        do { configuration = try SMTPConfiguration(url: url) } catch { throw Problem(description: String(describing: error)) }
        return [.email: SMTPSender(client: SMTPClient(configuration: configuration), from: try sender(settings.mailFrom)),
                .sms: local, .eAddress: local]
    }

    /// Where e-mail goes, for the start-up log: the relay without its password, or the local mailbox.
    static func describe(_ settings: AppSettings) -> String {
        settings.smtpURL.flatMap { try? SMTPConfiguration(url: $0).redacted } ?? "the local mailbox (APKALPE_SMTP_URL is not set)"
    }

    /// `PMLP <noreply@pmlp.gov.lv>` or `noreply@pmlp.gov.lv`.
    static func sender(_ text: String) throws -> MailMessage.Address {
        let t = text.trimmingCharacters(in: .whitespaces)
        var name: String?, address = t
        if let open = t.lastIndex(of: "<"), t.hasSuffix(">") {
            address = String(t[t.index(after: open)..<t.index(before: t.endIndex)])
            let n = t[..<open].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            name = n.isEmpty ? nil : n
        }
        guard EmailAddress.isValid(address) else {
            throw Problem(description: "APKALPE_MAIL_FROM must be an address or Name <address>; got \(text)")
        }
        return MailMessage.Address(name: name, email: address)
    }

    static func run(db: any Database, settings: AppSettings, senders: [OutboxMessage.Channel: any MessageSender])
        async throws -> DeliverMessages.Report {
        let clock = settings.clock
        return try await DeliverMessages(queue: FluentStores(db: db).deliveries, senders: senders)(now: { clock.now() })
    }
}

/// The local mailbox: the message is already on the staff mailbox page, so it is sent there.
struct LocalMailbox: MessageSender {
    func send(_ message: OutboxMessage) async -> DeliveryOutcome { .sent(providerID: "local mailbox") }
}
