import Foundation

/// Every store a unit of work may need, on one database connection (a request's, or a job's).
/// Storage provides the live set; use-case tests build fakes of the single ports they need.
/// Web reaches the database only through this (issue 12).
public protocol Stores: Sendable {
    var reference: any ReferenceAdministration { get }
    var bookings: any BookingStore { get }
    var passes: any PriorityPassStore { get }
    var queue: any QueueStore { get }
    var waitlist: any WaitlistStore { get }
    var clients: any ClientRegister { get }
    var staff: any StaffStore { get }
    var auditTrail: any AuditLog { get }
    var outbox: any OutboxReader { get }
    var personalData: any PersonalDataExporter { get }
    var secrets: any SecretStore { get }
    var monitoring: any Monitoring { get }
    var cases: any CaseStore { get }
    /// The outbox as the delivery worker takes from it (issue 15).
    var deliveries: any OutboxQueue { get }
}
