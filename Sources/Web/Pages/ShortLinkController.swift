import Domain
import Foundation
import Vapor

/// The short links an SMS can afford (issue 13, defect 5; Links.shortManage/shortOffer):
/// `/p/b…` (a manage token) opens the booking's manage page and `/p/o…` a waitlist offer, each in
/// the client's language. A wrong secret is a 404 like any unknown page; the answer is never
/// cached and sends no referrer (the secret is in the address).
struct ShortLinkController: Sendable {
    func register(_ app: Application) {
        app.get("p", ":short") { req in
            guard let token = PublicLinks.token(fromShort: req.parameters.get("short") ?? "") else { throw Abort(.notFound) }
            return TokenKind.of(token: token) == .offer ? try await offer(req, token) : try await manage(req, token)
        }
    }

    private func redirect(_ location: String) -> Response {
        let r = Response(status: .seeOther)
        r.headers.replaceOrAdd(name: .location, value: location)
        r.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        r.headers.replaceOrAdd(name: "Referrer-Policy", value: "no-referrer")
        return r
    }

    func manage(_ req: Request, _ token: String) async throws -> Response {
        guard TokenKind.of(token: token) == .booking,
              let booking = try await req.stores.bookings.booking(manageToken: token) else { throw Abort(.notFound) }
        return redirect("\(Booking.managePath(booking.language, code: booking.code))?token=\(token)")
    }

    func offer(_ req: Request, _ token: String) async throws -> Response {
        guard TokenKind.of(token: token) == .offer,
              let view = try await req.stores.waitlist.offer(token: token, now: req.clock.now()) else { throw Abort(.notFound) }
        return redirect(WaitlistOffer.path(view.entry.language, token: token))
    }
}
