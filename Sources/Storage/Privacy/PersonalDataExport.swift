import Domain
import Fluent
import Foundation

/// Everything Apkalpe holds about one person (GDPR Art. 15): the register record, who looked
/// at it (roles and offices, not names — Art. 15(1)(c) recipients), and the changes made to it.
/// Later issues add their records (bookings, visits, cases, payments) here.
public struct PersonalDataExport: PersonalDataExporter {
    public typealias Read = PersonalData.Read
    public typealias Change = PersonalData.Change
    public typealias BookingEntry = PersonalData.BookingEntry
    public typealias WaitlistPlace = PersonalData.WaitlistPlace
    public typealias VisitEntry = PersonalData.VisitEntry
    public typealias Document = PersonalData.Document

    let db: any Database

    public init(db: any Database) { self.db = db }

    public func build(clientID: UUID, now: Date, schedule: RetentionSchedule) async throws -> Document? {
        guard let m = try await ClientModel.find(clientID, on: db), m.anonymisedAt == nil, let c = m.toDomain() else {
            return nil
        }
        var fields: [String: String] = ["id": c.id.uuidString, "name": c.name, "surname": c.surname,
                                        "language": c.language.rawValue, "registered": RigaTime.rfc3339(c.createdAt)]
        switch c.identity {
        case .personalCode(let code): fields["personalCode"] = code.formatted
        case .foreigner(let born, let doc): fields["birthDate"] = born.description; fields["documentNumber"] = doc
        }
        if let p = c.phone { fields["phone"] = p }
        if let e = c.email { fields["email"] = e }
        let reads = try await AccessLogModel.query(on: db).filter(\.$clientID == clientID).sort(\.$at).all().map {
            Read(at: RigaTime.rfc3339($0.at), roles: $0.staffRoles.split(separator: ",").map(String.init),
                 offices: $0.staffOffices.split(separator: ",").map(String.init), channel: $0.channel, purpose: $0.purpose)
        }
        let changes = try await AuditEntryModel.query(on: db).filter(\.$entity == "client")
            .filter(\.$entityID == clientID.uuidString).sort(\.$at).all().map {
                Change(at: RigaTime.rfc3339($0.at), action: $0.action, by: $0.actor == "retention-job" ? "system" : "staff")
            }
        let bookings = try await BookingModel.query(on: db).filter(\.$clientID == clientID).sort(\.$startEpoch).all().map {
            let b = $0.toDomain()
            return BookingEntry(code: b.code, office: b.officeSlug, service: b.serviceSlug, start: RigaTime.rfc3339(b.start),
                                status: b.status.rawValue)
        }
        let agency = try await FluentReferenceStore(db: db).agencyContacts()
        var document = Document(
            generatedAt: RigaTime.rfc3339(now), client: fields, reads: reads, changes: changes,
            purposes: ["Providing PMLP's services and contacting you about them (client-service standard)"],
            retention: "Client record: \(schedule.days(for: .clients)) days; access log: \(schedule.days(for: .accessLog)) days",
            controller: "Pilsonības un migrācijas lietu pārvalde, \(agency.postalAddress), \(agency.email)",
            supervisoryAuthority: "Datu valsts inspekcija")
        document.bookings = bookings
        document.visits = try await QueueEntryModel.query(on: db).filter(\.$clientID == clientID).sort(\.$day).all().map {
            VisitEntry(office: $0.officeSlug, service: $0.serviceSlug, day: $0.day, number: $0.number, status: $0.status)
        }
        document.waitlist = try await WaitlistEntryModel.query(on: db).filter(\.$clientID == clientID).sort(\.$seq).all().map {
            WaitlistPlace(office: $0.officeSlug, service: $0.serviceSlug, from: $0.fromDate, to: $0.throughDate, status: $0.status)
        }
        if case .personalCode(let code) = c.identity {
            let cases = try await CaseModel.query(on: db).filter(\.$personalCode == code.formatted).sort(\.$receivedAt).all()
                .compactMap { $0.toDomain() }
            for k in cases {
                let letters = try await CaseLetterModel.query(on: db).filter(\.$caseID == k.id).sort(\.$createdAt).all()
                    .map { "\($0.subject)\n\n\($0.body)" }
                document.submissions.append(.init(reference: k.reference, channel: k.channel.rawValue,
                                                  receivedAt: RigaTime.rfc3339(k.receivedAt), subject: k.subject, text: k.text,
                                                  status: k.status.rawValue, letters: letters))
            }
        }
        return document
    }
}
