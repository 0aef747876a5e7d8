import Fluent

/// Issue 15, item 3: a booking's e-mail carries its appointment as an `.ics` attachment; the
/// event is written with the message, in the booking's transaction, so the worker sends what the
/// client was told then.
struct OutboxCalendar: AsyncMigration {
    var name: String { "0022_OutboxCalendar" }

    func prepare(on db: any Database) async throws {
        try await db.schema("outbox").field("calendar", .string).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("outbox").deleteField("calendar").update()
    }
}
