import Domain
import Fluent
import Foundation

/// Everything Apkalpe holds about one person (GDPR Art. 15): the register record, who looked
/// at it (roles and offices, not names — Art. 15(1)(c) recipients), and the changes made to it.
/// Later issues add their records (bookings, visits, cases, payments) here.
public struct PersonalDataExport: Sendable {
    public struct Read: Sendable, Codable, Equatable {
        public let at: String
        public let roles: [String]
        public let offices: [String]
        public let channel: String
        public let purpose: String
        public init(at: String, roles: [String], offices: [String], channel: String, purpose: String) {
            self.at = at; self.roles = roles; self.offices = offices; self.channel = channel; self.purpose = purpose
        }
    }

    public struct Change: Sendable, Codable, Equatable {
        public let at: String
        public let action: String
        public let by: String
        public init(at: String, action: String, by: String) { self.at = at; self.action = action; self.by = by }
    }

    public struct BookingEntry: Sendable, Codable, Equatable {
        public let code: String
        public let office: String
        public let service: String
        public let start: String
        public let status: String
        public init(code: String, office: String, service: String, start: String, status: String) {
            self.code = code; self.office = office; self.service = service; self.start = start; self.status = status
        }
    }

    public struct WaitlistPlace: Sendable, Codable, Equatable {
        public let office: String
        public let service: String
        public let from: String
        public let to: String
        public let status: String
    }

    public struct VisitEntry: Sendable, Codable, Equatable {
        public let office: String
        public let service: String
        public let day: String
        public let number: String
        public let status: String
    }

    public struct Document: Sendable, Codable {
        public let generatedAt: String
        public let client: [String: String]
        public var bookings: [BookingEntry] = []
        public var waitlist: [WaitlistPlace] = []
        public var visits: [VisitEntry] = []
        public let reads: [Read]
        public let changes: [Change]
        public let purposes: [String]
        public let retention: String
        public let controller: String
        public let supervisoryAuthority: String
        public init(generatedAt: String, client: [String: String], reads: [Read], changes: [Change], purposes: [String],
                    retention: String, controller: String, supervisoryAuthority: String) {
            self.generatedAt = generatedAt; self.client = client; self.reads = reads; self.changes = changes
            self.purposes = purposes; self.retention = retention; self.controller = controller
            self.supervisoryAuthority = supervisoryAuthority
        }
    }

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
        var document = Document(
            generatedAt: RigaTime.rfc3339(now), client: fields, reads: reads, changes: changes,
            purposes: ["Providing PMLP's services and contacting you about them (client-service standard)"],
            retention: "Client record: \(schedule.days(for: .clients)) days; access log: \(schedule.days(for: .accessLog)) days",
            controller: "Pilsonības un migrācijas lietu pārvalde, \(PMLPSeed.postalAddress), \(PMLPSeed.headquartersEmail)",
            supervisoryAuthority: "Datu valsts inspekcija")
        document.bookings = bookings
        document.visits = try await QueueEntryModel.query(on: db).filter(\.$clientID == clientID).sort(\.$day).all().map {
            VisitEntry(office: $0.officeSlug, service: $0.serviceSlug, day: $0.day, number: $0.number, status: $0.status)
        }
        document.waitlist = try await WaitlistEntryModel.query(on: db).filter(\.$clientID == clientID).sort(\.$seq).all().map {
            WaitlistPlace(office: $0.officeSlug, service: $0.serviceSlug, from: $0.fromDate, to: $0.throughDate, status: $0.status)
        }
        return document
    }
}
