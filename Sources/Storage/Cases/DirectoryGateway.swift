import Domain
import Foundation

/// The local gateway (issue 14): a watched directory standing in for the e-address and portal
/// gateways. A delivery is a directory moved (atomically, by rename) into `incoming/`, holding
/// `envelope.json` and the files it lists:
///
///     {"id": "EA-2026-000123", "channel": "e-address" | "portal", "officeId": "ogre", "language": "lv",
///      "sender": {"name": "…", "surname": "…", "personalCode": "…", "email": "…", "phone": "…", "postalAddress": "…"},
///      "subject": "…", "text": "…", "attachments": [{"file": "scan.pdf", "mediaType": "application/pdf"}]}
///
/// A registered delivery moves to `processed/` with a `reference.txt`; a refused or unreadable one
/// to `rejected/` with a `reason.txt`.
public struct DirectoryGateway: SubmissionGateway {
    let root: URL

    public init(root: URL) { self.root = root }

    var incoming: URL { root.appendingPathComponent("incoming") }

    struct Envelope: Decodable {
        struct Sender: Decodable {
            var name: String?, surname: String?, personalCode: String?, email: String?, phone: String?, postalAddress: String?
        }
        struct File: Decodable {
            var file: String
            var mediaType: String?
        }
        var id: String
        var channel: String
        var officeId: String?
        var language: String?
        var sender: Sender?
        var subject: String?
        var text: String?
        var attachments: [File]?
    }

    /// The largest envelope read (the text is at most 20 000 characters).
    static let maximumEnvelope = 256 * 1024

    public func pending(limit: Int) async throws -> [GatewayDelivery] {
        let fm = FileManager.default
        try fm.createDirectory(at: incoming, withIntermediateDirectories: true)
        let names = try fm.contentsOfDirectory(atPath: incoming.path).filter { !$0.hasPrefix(".") }.sorted()
        var deliveries: [GatewayDelivery] = []
        for name in names.prefix(max(0, limit)) {
            let dir = incoming.appendingPathComponent(name)
            do {
                deliveries.append(try read(dir, name: name))
            } catch {
                try? move(name, to: "rejected", note: ("reason.txt", "unreadable delivery: \(error)"))
            }
        }
        return deliveries
    }

    enum Unreadable: Error, CustomStringConvertible {
        case envelope, channel, fileName(String), fileTooLarge(String)
        var description: String {
            switch self {
            case .envelope: return "envelope.json missing, over 256 KB or not the documented form"
            case .channel: return "channel must be e-address or portal"
            case .fileName(let f): return "attachment \(f) is not a file in the delivery"
            case .fileTooLarge(let f): return "attachment \(f) is over the limit"
            }
        }
    }

    func read(_ dir: URL, name: String) throws -> GatewayDelivery {
        let envelopeURL = dir.appendingPathComponent("envelope.json")
        guard let size = try? FileManager.default.attributesOfItem(atPath: envelopeURL.path)[.size] as? Int, size <= Self.maximumEnvelope,
              let data = FileManager.default.contents(atPath: envelopeURL.path),
              let e = try? JSONDecoder().decode(Envelope.self, from: data), e.id == name else { throw Unreadable.envelope }
        guard let channel = SubmissionChannel(rawValue: e.channel), channel == .eAddress || channel == .portal else { throw Unreadable.channel }
        var input = SubmissionIntake.Input(channel: channel)
        if let s = e.sender {
            input.name = s.name
            input.surname = s.surname
            input.personalCode = s.personalCode
            input.email = s.email
            input.phone = s.phone
            input.postalAddress = s.postalAddress
        } else {
            input.anonymous = true
        }
        input.subject = e.subject
        input.text = e.text
        var files: [AttachmentRule.Candidate] = []
        for f in (e.attachments ?? []).prefix(AttachmentRule.maximumCount + 1) {
            // Only a plain name inside the delivery: no paths, no links out of it.
            guard !f.file.isEmpty, f.file == AttachmentRule.safeName(f.file), f.file != "envelope.json", !f.file.hasPrefix(".") else {
                throw Unreadable.fileName(f.file)
            }
            let url = dir.appendingPathComponent(f.file)
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
            guard attributes?[.type] as? FileAttributeType == .typeRegular else { throw Unreadable.fileName(f.file) }
            guard let size = attributes?[.size] as? Int, size <= AttachmentRule.maximumSize else { throw Unreadable.fileTooLarge(f.file) }
            guard let bytes = FileManager.default.contents(atPath: url.path) else { throw Unreadable.fileName(f.file) }
            files.append(.init(fileName: f.file, mediaType: f.mediaType ?? "application/octet-stream", data: [UInt8](bytes)))
        }
        return GatewayDelivery(id: e.id, channel: channel, officeSlug: e.officeId, language: Language(rawValue: e.language ?? "") ?? .lv,
                               input: input, attachments: files)
    }

    func move(_ name: String, to folder: String, note: (String, String)) throws {
        let target = root.appendingPathComponent(folder)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let source = incoming.appendingPathComponent(name)
        try Data(note.1.utf8).write(to: source.appendingPathComponent(note.0))
        var destination = target.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: destination.path) {
            destination = target.appendingPathComponent("\(name).\(UUID.random().uuidString.prefix(8))")
        }
        try FileManager.default.moveItem(at: source, to: destination)
    }

    public func acknowledge(_ id: String, reference: String) async throws {
        // Another instance may have moved it first: the case is one either way.
        try? move(id, to: "processed", note: ("reference.txt", reference + "\n"))
    }

    public func reject(_ id: String, reason: String) async throws {
        try? move(id, to: "rejected", note: ("reason.txt", reason + "\n"))
    }
}
