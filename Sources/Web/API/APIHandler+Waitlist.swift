import Domain
import Foundation
import UseCases
import Vapor

/// The waitlist (issue 4 item 5): join, see one's place, leave; see, accept or decline an offer.
extension APIHandler {
    func joinWaitlist(_ input: Operations.JoinWaitlist.Input) async throws -> Operations.JoinWaitlist.Output {
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let today = RigaTime.date(of: services.clock.now())
        let request = try WaitlistInputValidation.request(from: body, today: today)
        let join = useCases.joinWaitlist
        let (entry, token) = try await Self.problems { try await join(request) }
        let position = try await stores.waitlist.position(of: entry)
        return .created(.init(body: .json(.init(
            id: entry.id.uuidString.lowercased(), token: token, officeId: entry.officeSlug, serviceId: entry.serviceSlug,
            from: entry.from.description, to: entry.through.description, status: .waiting, position: position,
            language: entry.language == .en ? .en : .lv))))
    }

    func getWaitlistEntry(_ input: Operations.GetWaitlistEntry.Input) async throws -> Operations.GetWaitlistEntry.Output {
        let store = stores.waitlist
        guard let id = UUID(uuidString: input.path.entryId),
              let entry = try await store.entry(id: id, token: try clientSecret()) else {
            throw APIProblem(.notFound, detail: { $0.noSuchPath })
        }
        return .ok(.init(body: .json(.init(
            id: entry.id.uuidString.lowercased(), officeId: entry.officeSlug, serviceId: entry.serviceSlug,
            from: entry.from.description, to: entry.through.description,
            status: .init(rawValue: entry.status.rawValue) ?? .left, position: try await store.position(of: entry),
            language: entry.language == .en ? .en : .lv))))
    }

    func leaveWaitlist(_ input: Operations.LeaveWaitlist.Input) async throws -> Operations.LeaveWaitlist.Output {
        guard let id = UUID(uuidString: input.path.entryId) else { throw APIProblem(.notFound, detail: { $0.noSuchPath }) }
        do {
            try await stores.waitlist.leave(id: id, token: try clientSecret(), now: services.clock.now())
        } catch WaitlistFailure.notFound {
            throw APIProblem(.notFound, detail: { $0.noSuchPath })
        }
        return .noContent(.init())
    }

    func getWaitlistOffer(_ input: Operations.GetWaitlistOffer.Input) async throws -> Operations.GetWaitlistOffer.Output {
        guard let view = try await stores.waitlist.offer(token: input.path.token, now: services.clock.now()) else {
            throw APIProblem(.notFound, detail: { $0.noSuchPath })
        }
        let o = view.offer
        // An open offer past its hold reads as expired even before the job has passed it on.
        let status: WaitlistOffer.Status = o.status == .open && !o.isOpen(at: services.clock.now()) ? .expired : o.status
        return .ok(.init(body: .json(.init(
            officeId: o.officeSlug, serviceId: o.serviceSlug, start: RigaTime.rfc3339(o.start), end: RigaTime.rfc3339(o.end),
            expiresAt: RigaTime.rfc3339(o.expiresAt), status: .init(rawValue: status.rawValue) ?? .expired))))
    }

    func acceptWaitlistOffer(_ input: Operations.AcceptWaitlistOffer.Input) async throws -> Operations.AcceptWaitlistOffer.Output {
        let (booking, token) = try await Self.offerProblems {
            try await useCases.acceptWaitlistOffer(token: input.path.token)
        }
        return .created(.init(body: .json(APIMapping.created(booking, manageToken: token))))
    }

    func declineWaitlistOffer(_ input: Operations.DeclineWaitlistOffer.Input) async throws -> Operations.DeclineWaitlistOffer.Output {
        let decline = useCases.declineWaitlistOffer
        try await Self.offerProblems { try await decline(token: input.path.token) }
        return .noContent(.init())
    }

    /// An offer's refusals (WaitlistProblem) as problems: 404, 409 (already accepted), 410 (lapsed or passed on).
    static func offerProblems<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch WaitlistProblem.notFound {
            throw APIProblem(.notFound, detail: { $0.noSuchPath })
        } catch WaitlistProblem.gone {
            throw APIProblem(.gone, detail: { $0.offerGone })
        } catch WaitlistProblem.alreadyAccepted {
            throw APIProblem(.conflict, detail: { $0.offerAccepted })
        }
    }
}

/// The API's waitlist input → a Domain request, or 422 naming each bad field.
enum WaitlistInputValidation {
    static func request(from body: Components.Schemas.WaitlistInput, today: LocalDate) throws -> WaitlistRequest {
        let form = BookingForm(officeSlug: body.officeId, serviceSlug: body.serviceId, name: body.name, surname: body.surname,
                               personalCode: body.personalCode, dateOfBirth: body.dateOfBirth,
                               documentNumber: body.documentNumber, phone: body.phone, email: body.email,
                               language: body.language == .en ? .en : .lv, interpreter: body.interpreter)
        do {
            return try form.waitlist(from: body.from, to: body.to, today: today)
        } catch {
            throw APIProblem(error)
        }
    }
}
