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
            letters: f.letters.map {
                .init(id: $0.id.uuidString, purpose: .init(rawValue: $0.purpose.rawValue) ?? .decision,
                      language: .init(rawValue: $0.language.rawValue) ?? .lv, recipient: $0.recipient, address: $0.address,
                      subject: $0.subject, body: $0.body)
            },
            attachments: f.attachments.map {
                .init(id: $0.id.uuidString, fileName: $0.fileName, mediaType: $0.mediaType, size: $0.size, sha256: $0.sha256)
            }))
    }

    static func institution(_ i: Institution) -> Components.Schemas.Institution {
        .init(id: i.id, name: text(i.name), eAddress: i.eAddress, email: i.email, postalAddress: i.postalAddress, active: i.active)
    }

    static func legalAct(_ a: LegalAct) -> Components.Schemas.LegalAct { .init(id: a.id, name: text(a.name), active: a.active) }
}
