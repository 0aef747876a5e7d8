import Domain
import Foundation
import UseCases
import Vapor

/// Administrators correct offices and services through the API as on the staff pages (issue 13):
/// the same use cases check, save, audit and tell displaced clients.
extension APIHandler {
    func updateOffice(_ input: Operations.UpdateOffice.Input) async throws -> Operations.UpdateOffice.Output {
        let req = try request
        let (user, _) = try req.requireStaff(Permission.referenceEdit)
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let slug = input.path.officeId
        var change = OfficeChange()
        change.nameLv = body.nameLv
        change.nameEn = body.nameEn
        change.street = body.street
        change.city = body.city
        change.postalCode = body.postalCode
        change.phone = body.phone
        change.email = body.email
        change.accessibilityLv = body.accessibility?.lv
        change.accessibilityEn = body.accessibility?.en
        change.accessibilityFeatures = body.accessibilityFeatures?.map(\.rawValue)
        change.hours = body.weeklyHours.map { days in
            Dictionary(days.map { ($0.weekday, $0.ranges.map { "\($0.open)-\($0.close)" }.joined(separator: ",")) },
                       uniquingKeysWith: { _, last in last })
        }
        change.preHolidayClosing = body.preHolidayClosing
        change.desks = body.desks.map { list in Dictionary(list.map { ($0.serviceId, $0.desks) }, uniquingKeysWith: { _, last in last }) }
        change.active = body.active
        change.verified = body.verified?.map(\.rawValue)
        let saved = try await Self.referenceChange(notFound: { $0.unknownOffice(slug) }) {
            try await useCases.changeReferenceData(actor: user.id.uuidString).correctOffice(slug, change)
        }
        return .ok(.init(body: .json(.init(office: APIMapping.office(saved.office), clientsTold: saved.clientsTold))))
    }

    func addOffice(_ input: Operations.AddOffice.Input) async throws -> Operations.AddOffice.Output {
        let req = try request
        let (user, _) = try req.requireStaff(Permission.referenceEdit)
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let office = try await Self.referenceChange(notFound: { $0.unknownOffice(body.id) }) {
            try await useCases.changeReferenceData(actor: user.id.uuidString).addOffice(slug: body.id, nameLv: body.nameLv,
                                                                                         nameEn: body.nameEn, city: body.city)
        }
        return .created(.init(body: .json(APIMapping.office(office))))
    }

    func updateService(_ input: Operations.UpdateService.Input) async throws -> Operations.UpdateService.Output {
        let req = try request
        let (user, _) = try req.requireStaff(Permission.referenceEdit)
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let slug = input.path.serviceId
        var change = ServiceChange(fees: (body.fees ?? []).map { f in
            FeeChange(category: f.category.rawValue, termCount: f.term?.count, termUnit: f.term?.unit.rawValue,
                      expedited: f.expedited ?? false, amount: f.amount, validFrom: f.validFrom, account: f.account)
        })
        change.nameLv = body.name?.lv
        change.nameEn = body.name?.en
        change.summaryLv = body.summary?.lv
        change.summaryEn = body.summary?.en
        change.channels = body.channels?.map(\.rawValue)
        change.needsAppointment = body.needsAppointment
        change.needsIdentityDocument = body.needsIdentityDocument
        change.deskMinutes = body.deskMinutes
        let saved = try await Self.referenceChange(service: true, notFound: { $0.unknownService(slug) }) {
            try await useCases.changeReferenceData(actor: user.id.uuidString).correctService(slug, change)
        }
        return .ok(.init(body: .json(APIMapping.service(saved, try await accountsByCode(), today: RigaTime.date(of: services.clock.now())))))
    }

    /// A refused change as 422 naming each field as a JSON pointer into the body, in the request's
    /// language; an unknown office or service as 404.
    static func referenceChange<T>(service: Bool = false, notFound: @escaping @Sendable (ProblemStrings) -> String,
                                   _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let problem as ReferenceProblem {
            if problem.fields.contains(where: { $0.issue == .unknownOffice || $0.issue == .unknownService }) {
                throw APIProblem(.notFound, detail: notFound)
            }
            let fields = problem.fields
            throw APIProblem(.ruleViolated, detail: { s in ReferenceWording.detail(fields[0].issue, s.language) },
                             errors: { s in fields.map { .init(pointer: pointer($0.name, service: service), detail: ReferenceWording.detail($0.issue, s.language)) } })
        }
    }

    /// The use case's field name as a pointer into the request body.
    static func pointer(_ field: String, service: Bool) -> String {
        if field.hasPrefix("hours") { return "/weeklyHours" }
        if field.hasPrefix("desks.") { return "/desks" }
        if field.hasPrefix("accessibility"), field != "accessibilityFeatures" { return "/accessibility/" + field.dropFirst(13).lowercased() }
        if service, let pair = ["nameLv": "/name/lv", "nameEn": "/name/en", "summaryLv": "/summary/lv", "summaryEn": "/summary/en"][field] {
            return pair
        }
        if field.hasPrefix("fees[") || field.hasPrefix("fee.") || field.hasPrefix("fees.") {
            let cleaned = field.replacingOccurrences(of: "[", with: "/").replacingOccurrences(of: "]", with: "")
                .replacingOccurrences(of: ".", with: "/")
            return "/" + (cleaned.hasPrefix("fee/") ? "fees/0/" + cleaned.dropFirst(4) : cleaned)
        }
        return "/" + (field == "slug" ? "id" : field)
    }
}
