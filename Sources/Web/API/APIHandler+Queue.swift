import Domain
import Foundation
import UseCases
import Vapor

/// The office visit (issue 5): tickets and check-ins from the office's kiosk, calling and serving
/// from counters, and the public queue summary.
extension APIHandler {
    /// The office, and a caller allowed to act for it: its own kiosk, or staff serving it.
    private func officeForDevice(_ slug: String) async throws -> Office {
        guard let office = try await store.office(slug: slug) else { throw APIProblem(.notFound, detail: { $0.unknownOffice(slug) }) }
        switch CurrentRequest.request?.caller {
        case .kiosk(let kioskOffice, _):
            guard kioskOffice == slug else { throw AuthProblem.forbidden }
        case .staff:
            _ = try CurrentRequest.request?.requireStaff(.queueServe, office: slug)
        case .integration:
            throw AuthProblem.forbidden
        case nil:
            throw AuthProblem.unauthenticated
        }
        return office
    }

    /// The office, for a member of staff serving it.
    private func officeForCounter(_ slug: String) async throws -> (Office, StaffUser) {
        guard let request = CurrentRequest.request else { throw AuthProblem.unauthenticated }
        let (user, _) = try request.requireStaff(.queueServe, office: slug)
        guard let office = try await store.office(slug: slug) else { throw APIProblem(.notFound, detail: { $0.unknownOffice(slug) }) }
        return (office, user)
    }

    static func visitProblems<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let failure as VisitProblem {
            switch failure {
            case .outsideHours: throw APIProblem(.ticketsClosed, detail: { $0.ticketsOutsideHours })
            case .afterCutoff: throw APIProblem(.ticketsClosed, detail: { $0.ticketsAfterCutoff })
            case .quotaReached: throw APIProblem(.ticketsClosed, detail: { $0.ticketsQuota })
            case .tooEarly(let opensAt):
                let time = RigaTime.time(of: opensAt).description
                throw APIProblem(.checkinTooEarly, detail: { $0.checkinTooEarly(time) })
            case .tooLate: throw APIProblem(.checkinTooLate, detail: { $0.checkinTooLate })
            case .unknownBooking: throw APIProblem(.notFound, detail: { $0.unknownBookingCode })
            case .notServedHere:
                throw APIProblem(.ruleViolated, detail: { $0.notServedHere },
                                 errors: { [.init(pointer: "/serviceId", detail: $0.notServedHere)] })
            case .queueStillOpen: throw APIProblem(.queueStillOpen, detail: { $0.queueStillOpen })
            case .notFound: throw APIProblem(.notFound, detail: { $0.noSuchPath })
            case .illegalTransition: throw APIProblem(.conflict, detail: { $0.illegalTransition })
            }
        } catch let failure as QueueFailure {
            switch failure {
            case .notFound, .unknownBooking: throw APIProblem(.notFound, detail: { $0.noSuchPath })
            case .illegalTransition: throw APIProblem(.conflict, detail: { $0.illegalTransition })
            case .quotaReached: throw APIProblem(.ticketsClosed, detail: { $0.ticketsQuota })
            }
        }
    }

    func createTicket(_ input: Operations.CreateTicket.Input) async throws -> Operations.CreateTicket.Output {
        let office = try await officeForDevice(input.path.officeId)
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let ticket = useCases.issueWalkInTicket
        let entry = try await Self.visitProblems { try await ticket(at: office, serviceSlug: body.serviceId) }
        return .created(.init(body: .json(APIMapping.queueEntry(entry))))
    }

    func createCheckin(_ input: Operations.CreateCheckin.Input) async throws -> Operations.CreateCheckin.Output {
        let office = try await officeForDevice(input.path.officeId)
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let checkIn = useCases.checkInAppointment
        let (entry, outcome) = try await Self.visitProblems { try await checkIn(at: office, code: body.bookingCode) }
        return .created(.init(body: .json(APIMapping.queueEntry(entry, arrival: outcome))))
    }

    func getQueue(_ input: Operations.GetQueue.Input) async throws -> Operations.GetQueue.Output {
        guard let office = try await store.office(slug: input.path.officeId) else {
            throw APIProblem(.notFound, detail: { $0.unknownOffice(input.path.officeId) })
        }
        let rows = try await useCases.officeToday.summary(office)
        return .ok(.init(body: .json(.init(services: rows.map {
            .init(serviceId: $0.service.slug, waiting: $0.waiting, estimatedWaitMinutes: $0.estimatedMinutes)
        }))))
    }

    func callNext(_ input: Operations.CallNext.Input) async throws -> Operations.CallNext.Output {
        let (office, user) = try await officeForCounter(input.path.officeId)
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        guard let entry = try await useCases.callNextClient(at: office, counter: body.counter, services: Set(body.serviceIds),
                                                            staffUserID: user.id) else { return .noContent(.init()) }
        return .ok(.init(body: .json(.init(entry: APIMapping.queueEntry(entry)))))
    }

    func closeQueue(_ input: Operations.CloseQueue.Input) async throws -> Operations.CloseQueue.Output {
        let (office, user) = try await officeForCounter(input.path.officeId)
        let close = useCases.closeQueue
        let passes = try await Self.visitProblems { try await close(at: office, actor: user.id.uuidString) }
        return .ok(.init(body: .json(.init(passes: passes.map {
            .init(entryId: $0.entry.id.uuidString.lowercased(), number: $0.entry.number, serviceId: $0.entry.serviceSlug,
                  token: $0.token, url: services.links.base + OfficeToday.passPath(.lv, token: $0.token), expiresAt: $0.expiresAt)
        }))))
    }

    func queueAction(_ input: Operations.QueueAction.Input) async throws -> Operations.QueueAction.Output {
        let (office, user) = try await officeForCounter(input.path.officeId)
        guard let id = UUID(uuidString: input.path.entryId), let action = QueueAction(rawValue: input.path.action.rawValue) else {
            throw APIProblem(.notFound, detail: { $0.noSuchPath })
        }
        var counter: String?, service: String?, idChecked: Bool?
        if case .json(let body) = input.body {
            counter = body.counter
            service = body.serviceId
            idChecked = body.idChecked
        }
        let act = useCases.actOnQueueEntry
        let entry = try await Self.visitProblems {
            try await act(action, entryID: id, at: office, counter: counter, transferTo: service, idChecked: idChecked,
                          staffUserID: user.id)
        }
        return .ok(.init(body: .json(APIMapping.queueEntry(entry))))
    }
}

extension APIMapping {
    static func queueEntry(_ e: QueueEntry, arrival: CheckInRule.Outcome? = nil) -> Components.Schemas.QueueEntry {
        let arrived: Components.Schemas.QueueEntry.ArrivalPayload? = switch arrival {
        case .onTime: .onTime
        case .lateAccepted: .lateAccepted
        default: nil
        }
        return .init(id: e.id.uuidString.lowercased(), number: e.number, kind: e.kind == .appointment ? .appointment : .walkIn,
                     status: .init(rawValue: e.status.rawValue) ?? .waiting, officeId: e.officeSlug, serviceId: e.serviceSlug,
                     checkedInAt: RigaTime.rfc3339(e.checkedInAt), appointmentStart: e.appointmentStart.map(RigaTime.rfc3339),
                     arrival: arrived, counter: e.counter, recalls: e.recalls)
    }
}
