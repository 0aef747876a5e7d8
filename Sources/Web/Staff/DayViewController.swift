import Domain
import Foundation
import UseCases
import Vapor

/// An office's appointments of one day, as the front desk sees them.
struct DayViewController: Sendable {
    /// What the redirect after a cancellation or a no-show says was done (post/redirect/get).
    private func done(_ req: Request, _ l: Language) -> String? {
        let s = StaffBookingStrings.of(l), code = BookingCode.normalise(String((req.query[String.self, at: "code"] ?? "").prefix(20)))
        switch req.query[String.self, at: "done"] {
        case "cancelled": return s.cancelledNotice(code)
        case "no-show": return s.noShowMarked(code)
        default: return nil
        }
    }

    /// The day's appointments of an office: the office scope is the policy's to decide.
    func dayView(_ req: Request, _ l: Language, notice: String? = nil, error: String? = nil,
                 status: HTTPResponseStatus = .ok, confirm: (action: StaffPage, code: String, noShow: Bool)? = nil) async throws -> Response {
        let slug = req.parameters.get("office") ?? ""
        let (user, principal) = try req.requireStaff(.clientsRead, office: slug)
        guard let office = try await req.stores.reference.office(slug: slug) else { throw Abort(.notFound) }
        let date = req.query[String.self, at: "date"].flatMap(LocalDate.init(iso:)) ?? req.today
        let reader = ClientReader(staffUserID: user.id, roles: principal.roles, offices: principal.offices,
                                              channel: "page /staff/offices/{office}/appointments", purpose: "day's appointments")
        let appointments = try await req.stores.bookings.day(officeSlug: slug, date: date, by: reader,
                                                                        now: req.clock.now())
        let services = try await req.stores.reference.services()
        let names = Dictionary(services.map { ($0.slug, $0.name) }, uniquingKeysWith: { a, _ in a })
        var waiting: [(String, Int)] = []
        for service in services where service.needsAppointment && (office.desks[service.slug] ?? 0) > 0 {
            let n = try await req.stores.waitlist.line(officeSlug: slug, serviceSlug: service.slug).count
            if n > 0 { waiting.append((service.name.text(l), n)) }
        }
        let canManage = AccessPolicy.decide(principal, .bookingsManage, office: slug) == .allow
        return html(DayView.view(.init(language: l, csrf: try await req.formToken(), user: user, office: office, date: date,
                                       appointments: appointments, serviceNames: names, waiting: waiting,
                                       canManage: canManage, now: req.clock.now(), notice: notice ?? done(req, l), error: error,
                                       confirm: confirm), .of(l)),
                    status: status)
    }
}
