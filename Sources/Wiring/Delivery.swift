import Domain
import Fluent
import Foundation
import Mail
import SMTP
import Storage
import TextMessaging
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
        var senders: [OutboxMessage.Channel: any MessageSender] = [.email: local, .sms: local, .eAddress: local]
        if let url = settings.smtpURL {
            let configuration: SMTPConfiguration
            do { configuration = try SMTPConfiguration(url: url) } catch { throw Problem(description: String(describing: error)) }
            senders[.email] = SMTPSender(client: SMTPClient(configuration: configuration), from: try sender(settings.mailFrom))
        }
        if let url = settings.smsURL, let token = settings.smsToken {
            guard let parsed = URL(string: url), parsed.scheme == "https" || parsed.scheme == "http", parsed.host != nil else {
                throw Problem(description: "APKALPE_SMS_URL must be an http(s) address; got \(url)")
            }
            senders[.sms] = HTTPTextMessageSender(url: url, token: token)
        }
        // The e-address gateway's outbound side is the local gateway directory, as its inbound side is (FACTS.md §8).
        if let directory = settings.gatewayDirectory {
            senders[.eAddress] = DirectoryGateway(root: URL(fileURLWithPath: directory))
        }
        return senders
    }

    /// Where each channel goes, for the start-up log: the relay without its password, the SMS
    /// provider's host, the gateway directory, or the local mailbox.
    static func describe(_ settings: AppSettings) -> String {
        let mail = settings.smtpURL.flatMap { try? SMTPConfiguration(url: $0).redacted } ?? "the local mailbox (APKALPE_SMTP_URL is not set)"
        let sms = settings.smsURL.flatMap { URL(string: $0)?.host }.map { "provider at \($0)" } ?? "the local mailbox"
        let eAddress = settings.gatewayDirectory.map { "gateway directory \($0)/outgoing" } ?? "the local mailbox"
        return "e-mail: \(mail); SMS: \(sms); e-address: \(eAddress)"
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
        let stores = FluentStores(db: db)
        return try await DeliverMessages(queue: stores.deliveries, senders: senders,
                                         notices: .init(cases: stores.cases, reference: stores.reference, rule: settings.notification))(
            now: { clock.now() })
    }
}

/// The local mailbox: the message is already on the staff mailbox page, so it is sent there.
struct LocalMailbox: TextMessageSender {
    func send(_ message: OutboxMessage) async -> DeliveryOutcome { .sent(providerID: "local mailbox") }
}
