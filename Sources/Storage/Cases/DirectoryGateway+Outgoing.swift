import Domain
import Foundation

/// The gateway's outbound side (issue 15, item 5): a letter to an official e-address is written
/// to `outgoing/<id>.json` — the envelope the real DIV adapter would send (FACTS.md §8: sender,
/// recipient, subject, body) — by writing a temporary file and renaming it, so a reader never
/// sees half an envelope. The name is the outbox row's id: a message tried again after a worker
/// died between sending and recording finds its envelope there and is not written twice.
extension DirectoryGateway: MessageSender {
    var outgoing: URL { root.appendingPathComponent("outgoing") }

    struct OutgoingEnvelope: Encodable {
        let id: String
        let recipient: String
        let language: String
        let subject: String
        let text: String
        let caseId: String?
    }

    public func send(_ message: OutboxMessage) async -> DeliveryOutcome {
        guard message.channel == .eAddress, EAddress.isValid(message.recipient) else {
            return .permanentFailure("not an official e-address: the gateway takes _BOX@holder addresses only")
        }
        let fm = FileManager.default
        let name = "\(message.id.uuidString.lowercased()).json"
        let target = outgoing.appendingPathComponent(name)
        if fm.fileExists(atPath: target.path) { return .sent(providerID: "e-address \(name)") }
        do {
            try fm.createDirectory(at: outgoing, withIntermediateDirectories: true)
            let envelope = OutgoingEnvelope(id: message.id.uuidString, recipient: message.recipient, language: message.language.rawValue,
                                            subject: message.subject, text: message.body, caseId: message.caseID?.uuidString)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let temporary = outgoing.appendingPathComponent(".\(name).part")
            try encoder.encode(envelope).write(to: temporary)
            try fm.moveItem(at: temporary, to: target)
            return .sent(providerID: "e-address \(name)")
        } catch {
            return .temporaryFailure("the gateway's outgoing directory cannot be written: \(error.localizedDescription)")
        }
    }
}
