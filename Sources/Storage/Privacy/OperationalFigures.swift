import Domain
import Fluent
import Foundation

extension OperationalFigures {
    public static func read(on db: any Database, now: Date) async throws -> OperationalFigures {
        let active = try await BookingModel.query(on: db).filter(\.$status == Booking.Status.active.rawValue)
            .filter(\.$startEpoch >= Int64(now.timeIntervalSince1970)).count()
        let backlog = try await OutboxModel.query(on: db)
            .filter(\.$status ~~ OutboxMessage.Status.allCases.filter(\.isWaiting).map(\.rawValue)).count()
        let waiting = try await QueueEntryModel.query(on: db).filter(\.$day == RigaTime.date(of: now).description)
            .filter(\.$status == QueueEntry.Status.waiting.rawValue).all()
        return OperationalFigures(activeBookings: active, outboxBacklog: backlog,
                                  waitingByOffice: Dictionary(grouping: waiting, by: \.officeSlug).mapValues(\.count))
    }
}
