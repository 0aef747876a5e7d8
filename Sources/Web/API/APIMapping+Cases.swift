import Domain
import Foundation

/// Cases → the generated API types (issue 14).
extension APIMapping {
    static func caseSummary(_ c: SubmissionCase) -> Components.Schemas.CaseSummary {
        .init(id: c.id.uuidString, reference: c.reference, officeId: c.officeSlug,
              channel: Components.Schemas.SubmissionChannel(rawValue: c.channel.rawValue) ?? .webForm,
              trust: .init(rawValue: c.trust.rawValue) ?? .unsigned, receivedAt: c.receivedAt, dueDate: c.dueDate.description,
              referralDueDate: c.referralDueDate.description, status: .init(rawValue: c.status.rawValue) ?? .open,
              assignedTo: c.assignedTo?.uuidString)
    }

    static func caseBody(_ c: SubmissionCase) -> Components.Schemas.Case.Value2Payload {
        .init(
            subject: c.subject, text: c.text, language: .init(rawValue: c.language.rawValue) ?? .lv,
            submitter: c.submitter.map {
                .init(name: $0.name, surname: $0.surname, personalCode: $0.personalCode, dateOfBirth: $0.dateOfBirth?.description,
                      email: $0.email, phone: $0.phone, postalAddress: $0.postalAddress)
            },
            moreInformationReason: c.moreInformationReason, messageId: c.messageID, divisionAddress: c.divisionAddress,
            copyHandedOverAt: c.copyHandedOverAt,
            suspension: c.suspension.map { .init(since: $0.since.description, reason: $0.reason) },
            referral: c.referral.map { .init(institutionId: $0.institutionID, on: $0.on.description) },
            decision: c.decision.map { d in
                .init(outcome: .init(rawValue: d.outcome.rawValue) ?? .generalInformation, reason: d.reason,
                      legalBasis: d.legalBasis.map { .init(act: $0.act, section: $0.section, paragraph: $0.paragraph) },
                      decidedOn: d.on.description,
                      appeal: d.appeal.map { a in
                          .init(authority: a.authority, address: a.address, channels: a.channels,
                                deadline: .init(rule: c.language == .lv
                                                    ? "Viens mēnesis no spēkā stāšanās dienas (Administratīvā procesa likuma 79. panta pirmā daļa)."
                                                    : "One month from entry into force (Administrative Procedure Law, Section 79(1)).",
                                                lastDay: a.lastDay.description),
                                text: a.text)
                      })
            },
            complaint: c.complaint.map { .init(about: .init(rawValue: $0.about.rawValue) ?? .act, caseId: $0.caseID.uuidString) })
    }

    static func `case`(_ c: SubmissionCase) -> Components.Schemas.Case {
        .init(value1: caseSummary(c), value2: caseBody(c))
    }

    static func caseDetail(_ f: CaseFile) -> Components.Schemas.CaseDetail {
        .init(value1: `case`(f.case), value2: .init(
            events: f.events.map { .init(at: $0.at, actor: $0.actor, kind: $0.kind.rawValue, detail: $0.detail) },
            letters: f.letters.map { letter($0, delivery: f.deliveries[$0.id], notifiedOn: f.notifiedOn[$0.id]) },
            attachments: f.attachments.map {
                .init(id: $0.id.uuidString, fileName: $0.fileName, mediaType: $0.mediaType, size: $0.size, sha256: $0.sha256)
            }))
    }

    /// A case's letter with how it left: its outbox row's status, `to-print` for a letter staff
    /// print, `preview` when nothing was saved.
    static func letter(_ l: CaseLetter, delivery: OutboxMessage?, notifiedOn: LocalDate? = nil, preview: Bool = false)
        -> Components.Schemas.Letter {
        let channel: Components.Schemas.Letter.ChannelPayload = switch l.channel {
        case .email?: .email
        case .eAddress?: .eAddress
        default: .post
        }
        let status: Components.Schemas.Letter.StatusPayload = preview ? .preview
            : delivery.flatMap { .init(rawValue: $0.status.rawValue) } ?? (l.channel == nil ? .toPrint : .queued)
        return .init(id: l.id.uuidString, purpose: .init(rawValue: l.purpose.rawValue) ?? .answer,
                     language: .init(rawValue: l.language.rawValue) ?? .lv, recipient: l.recipient, address: l.address,
                     subject: l.subject, body: l.body, channel: channel, status: status, attempts: delivery?.delivery.attempts,
                     lastError: delivery?.delivery.lastError, sentAt: delivery?.delivery.sentAt, notifiedOn: notifiedOn?.description)
    }

    static func messageSummary(_ m: OutboxMessage) -> Components.Schemas.MessageSummary {
        .init(id: m.id.uuidString, kind: .init(rawValue: m.kind.rawValue) ?? .letter, channel: .init(rawValue: m.channel.rawValue) ?? .email,
              recipient: m.recipient, language: .init(rawValue: m.language.rawValue) ?? .lv, subject: m.subject, officeId: m.officeSlug,
              status: .init(rawValue: m.status.rawValue) ?? .queued, attempts: m.delivery.attempts, lastError: m.delivery.lastError,
              providerMessageId: m.delivery.providerMessageID, createdAt: m.createdAt ?? m.sendAfter, sendAfter: m.sendAfter,
              sentAt: m.delivery.sentAt, nextAttemptAt: m.status.isWaiting ? m.delivery.nextAttemptAt : nil,
              caseId: m.caseID?.uuidString, bookingId: m.bookingID?.uuidString, correctsId: m.correctsID?.uuidString)
    }

    static func message(_ m: OutboxMessage) -> Components.Schemas.Message {
        .init(value1: messageSummary(m), value2: .init(body: m.body))
    }

    static func institution(_ i: Institution) -> Components.Schemas.Institution {
        .init(id: i.id, name: text(i.name), eAddress: i.eAddress, email: i.email, postalAddress: i.postalAddress, active: i.active)
    }

    static func legalAct(_ a: LegalAct) -> Components.Schemas.LegalAct { .init(id: a.id, name: text(a.name), active: a.active) }
}
