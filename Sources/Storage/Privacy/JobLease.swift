import Domain
import Fluent
import Foundation

final class JobLeaseModel: Model, @unchecked Sendable {
    static let schema = "job_leases"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "holder") var holder: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "last_run_on") var lastRunOn: String?

    init() {}
}

/// A database lease: whoever holds it runs the job; others skip. Taken with one conditional
/// UPDATE (expired, or already ours) and read back, which PostgreSQL and SQLite both serialise.
public struct JobLease: Sendable {
    let db: any Database
    public let name: String
    public let holder: String

    public init(db: any Database, name: String, holder: String) {
        self.db = db
        self.name = name
        self.holder = holder
    }

    /// Takes the lease until `now + ttl`; false when another holder's lease is still running.
    public func acquire(now: Date, ttl: TimeInterval) async throws -> Bool {
        if try await JobLeaseModel.query(on: db).filter(\.$name == name).first() == nil {
            let m = JobLeaseModel()
            m.name = name
            m.holder = "nobody"
            m.expiresAt = Date(timeIntervalSince1970: 0)
            try? await m.create(on: db)          // another instance may have created it: fine
        }
        try await JobLeaseModel.query(on: db)
            .filter(\.$name == name)
            .group(.or) { $0.filter(\.$expiresAt < now).filter(\.$holder == holder) }
            .set(\.$holder, to: holder)
            .set(\.$expiresAt, to: now.addingTimeInterval(ttl))
            .update()
        return try await JobLeaseModel.query(on: db).filter(\.$name == name).first()?.holder == holder
    }

    public func lastRun() async throws -> LocalDate? {
        try await JobLeaseModel.query(on: db).filter(\.$name == name).first()?.lastRunOn.flatMap(LocalDate.init(iso:))
    }

    /// Records the run and lets the lease go.
    public func finish(ranOn day: LocalDate, now: Date) async throws {
        try await JobLeaseModel.query(on: db).filter(\.$name == name).filter(\.$holder == holder)
            .set(\.$lastRunOn, to: day.description).set(\.$expiresAt, to: now).update()
    }

    /// Runs `body` once a day across all instances: whoever takes the lease runs it when today's
    /// run is missing; nil when another holds the lease or today's run is done.
    public func runOncePerDay<T: Sendable>(now: Date, ttl: TimeInterval = 30 * 60,
                                           _ body: () async throws -> T) async throws -> T? {
        guard try await acquire(now: now, ttl: ttl) else { return nil }
        let today = RigaTime.date(of: now)
        if let last = try await lastRun(), last >= today {
            try await finish(ranOn: last, now: now)
            return nil
        }
        let result = try await body()
        try await finish(ranOn: today, now: now)
        return result
    }
}
