import Domain
import Foundation
import Mail
import UseCases

/// One RFC 5322 message — piped by a mail server to `apkalpe mail ingest [--to ADDRESS]`, or posted
/// to `POST /api/v1/mail` (K-INTAKE, issue 14) — becomes an unsigned submission (K-UNSIGNED: a
/// plain e-mail's sender is not verified). The division address it was sent to is kept and picks
/// the office; the same Message-ID again is the same case. An e-mail is never refused for its
/// form: what the intake would refuse (a long body, a file type not accepted) is kept in words.
public enum MailIngest {
    /// A message larger than this is not read (attachments are 25 MB together, base64 adds a third).
    public static let maximumSize = 40 * 1024 * 1024

    /// A mail's words without the control characters the intake refuses (a mail is never refused for its form).
    static func plain(_ s: String) -> String { ControlCharacters.removed(from: s) }

    public static func ingest(_ raw: Data, to: String?, register: RegisterSubmission, reference: any ReferenceStore) async throws
        -> RegisterSubmission.Registered {
        let message = MailMessage(parsing: raw)
        let offices = try await reference.offices()
        // The division address: as the mail server says (--to), else the first recipient that is an office's.
        let recipients = message.to.map { $0.email.lowercased() }
        let division = to?.lowercased()
            ?? recipients.first { r in offices.contains { $0.email?.lowercased() == r } } ?? recipients.first
        let office = division.flatMap { d in offices.first { $0.email?.lowercased() == d }?.slug }

        var input = SubmissionIntake.Input(channel: .email)
        if let from = message.from {
            let words = plain(from.name ?? "").split(separator: " ").map(String.init)
            let limit = SubmissionIntake.Limits.name
            input.name = String((words.first ?? plain(String(from.email.prefix { $0 != "@" }))).prefix(limit))
            input.surname = String((words.count > 1 ? words.dropFirst().joined(separator: " ") : "–").prefix(limit))
            input.email = EmailAddress.isValid(from.email) ? from.email : nil
        } else {
            input.anonymous = true
        }
        let subject = plain(message.subject).trimmingCharacters(in: .whitespacesAndNewlines)
        input.subject = subject.isEmpty ? "(bez temata)" : String(subject.prefix(SubmissionIntake.Limits.subject))
        var text = message.text.isEmpty ? "(tukša vēstule)" : plain(message.text)
        var candidates: [AttachmentRule.Candidate] = []
        var notes: [String] = []
        if text.count > SubmissionIntake.Limits.text {
            candidates.append(.init(fileName: "vestules-teksts.txt", mediaType: "text/plain", data: Array(text.utf8)))
            text = String(text.prefix(SubmissionIntake.Limits.text - 200)) + "\n[…] (pilns teksts pielikumā vestules-teksts.txt)"
        }
        for a in message.attachments {
            let c = AttachmentRule.Candidate(fileName: a.filename, mediaType: a.contentType, data: [UInt8](a.data))
            if AttachmentRule.check([c]).isEmpty, candidates.count < AttachmentRule.maximumCount,
               candidates.reduce(0, { $0 + $1.data.count }) + c.data.count <= AttachmentRule.maximumTotal {
                candidates.append(c)
            } else {
                notes.append(AttachmentRule.safeName(a.filename))
            }
        }
        if !notes.isEmpty {
            text = String(text.prefix(SubmissionIntake.Limits.text - 300))
                + "\n\n[Pielikumi netika pieņemti (veids vai izmērs): " + notes.joined(separator: ", ").prefix(250) + "]"
        }
        input.text = text

        var envelope = RegisterSubmission.Envelope(actor: "mail", officeSlug: office)
        // Without a Message-ID, the message's own checksum: the same bytes twice are still one case.
        envelope.messageID = String(plain(message.messageID ?? "sha256:" + AttachmentRule.sha256([UInt8](raw))).prefix(500))
        envelope.divisionAddress = division.map { String(plain($0).prefix(254)) }
        envelope.attachments = candidates
        return try await register(input, envelope)
    }
}
