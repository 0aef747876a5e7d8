import Foundation

/// Everything Apkalpe holds about one person, as the client receives it (GDPR Art. 15): the
/// register record, who looked at it (roles and offices, not names — Art. 15(1)(c) recipients),
/// the changes made to it, and the bookings, waitlist places and visits.
public enum PersonalData {
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
        public init(office: String, service: String, from: String, to: String, status: String) {
            self.office = office; self.service = service; self.from = from; self.to = to; self.status = status
        }
    }

    public struct VisitEntry: Sendable, Codable, Equatable {
        public let office: String
        public let service: String
        public let day: String
        public let number: String
        public let status: String
        public init(office: String, service: String, day: String, number: String, status: String) {
            self.office = office; self.service = service; self.day = day; self.number = number; self.status = status
        }
    }

    /// A written submission the person made, with what it became and the letters it produced (issue 14).
    public struct SubmissionEntry: Sendable, Codable, Equatable {
        public let reference: String
        public let channel: String
        public let receivedAt: String
        public let subject: String
        public let text: String
        public let status: String
        public let letters: [String]
        public init(reference: String, channel: String, receivedAt: String, subject: String, text: String, status: String,
                    letters: [String]) {
            self.reference = reference; self.channel = channel; self.receivedAt = receivedAt; self.subject = subject
            self.text = text; self.status = status; self.letters = letters
        }
    }

    public struct Document: Sendable, Codable {
        public let generatedAt: String
        public let client: [String: String]
        public var bookings: [BookingEntry] = []
        public var waitlist: [WaitlistPlace] = []
        public var visits: [VisitEntry] = []
        public var submissions: [SubmissionEntry] = []
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

}

/// Builds a person's Art. 15 document; nil when the person is not (or no longer) in the register.
public protocol PersonalDataExporter: Sendable {
    func build(clientID: UUID, now: Date, schedule: RetentionSchedule) async throws -> PersonalData.Document?
}
