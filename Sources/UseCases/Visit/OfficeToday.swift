import Domain
import Foundation

/// What every visit use case reads first: the office's own visit rules (VisitSettings), its
/// hours today, and whether it serves a service.
public struct OfficeToday: Sendable {
    let reference: any ReferenceStore
    let queue: any QueueStore
    public let now: Date

    public init(reference: any ReferenceStore, queue: any QueueStore, now: Date) {
        self.reference = reference
        self.queue = queue
        self.now = now
    }

    public func settings(_ office: Office) async throws -> VisitSettings {
        try await reference.visitSettings(officeSlug: office.slug)
    }

    /// The service if the office serves it (has desks for it).
    public func service(_ slug: String, at office: Office) async throws -> Service {
        guard let service = try await reference.service(slug: slug), (office.desks[slug] ?? 0) > 0 else {
            throw VisitProblem.notServedHere
        }
        return service
    }

    /// The office's hours today (holidays, shortened days, exceptions).
    public func hours(_ office: Office) async throws -> OpeningDay {
        let date = RigaTime.date(of: now)
        let hours = OpeningHours(calendar: WorkingCalendar(adjustments: try await reference.calendarAdjustments()))
        return hours.day(date, weekly: office.weeklyHours,
                         exceptions: try await reference.exceptions(officeSlug: office.slug, from: date, through: date))
    }

    /// Waiting count and estimated wait per service the office serves (desk minutes × waiting ÷ desks).
    public func summary(_ office: Office) async throws -> [(service: Service, waiting: Int, estimatedMinutes: Int)] {
        let waiting = try await queue.waiting(officeSlug: office.slug, day: RigaTime.date(of: now))
        return try await reference.services().compactMap { s in
            guard let desks = office.desks[s.slug], desks > 0 else { return nil }
            let n = waiting[s.slug] ?? 0
            return (s, n, WaitEstimate.minutes(waiting: n, deskMinutes: s.deskMinutes, desks: desks))
        }
    }

    /// Reception is over today and people are still in line: how many (nil otherwise).
    public func stillInLineAfterReception(_ office: Office) async throws -> Int? {
        guard ClosingRule.isOver(try await hours(office), now: now) else { return nil }
        let n = try await queue.stillWaiting(officeSlug: office.slug, day: RigaTime.date(of: now))
        return n > 0 ? n : nil
    }

    /// The address a priority pass leads to (printed on it, with its QR code), on this site.
    public static func passPath(_ l: Language, token: String) -> String {
        (l == .lv ? "/pierakstities/prioritate/" : "/en/book/priority/") + token
    }
}
