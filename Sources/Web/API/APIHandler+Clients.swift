import Domain
import Foundation
import UseCases
import Vapor

/// Staff and client-register operations. Each asks the Domain access policy through
/// `requireStaff`, and every read of a client's data writes an access-log row.
extension APIHandler {
    /// The request being handled (the generated handlers do not pass it), for the staff checks.
    var request: Request {
        get throws {
            guard let r = CurrentRequest.request else { throw Abort(.internalServerError) }
            return r
        }
    }

    func getMe(_ input: Operations.GetMe.Input) async throws -> Operations.GetMe.Output {
        let (user, principal) = try request.requireAnyStaff()
        return .ok(.init(body: .json(.init(
            id: user.id.uuidString, email: user.email, name: user.name, surname: user.surname, unit: user.unit,
            position: user.position, phone: user.phone,
            roles: user.roles.sorted().compactMap { .init(rawValue: $0.rawValue) },
            offices: user.offices.sorted(), permissions: principal.permissions.sorted().map(\.rawValue)))))
    }

    func createClient(_ input: Operations.CreateClient.Input) async throws -> Operations.CreateClient.Output {
        let req = try request
        let (user, _) = try req.requireStaff(.clientsWrite)
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let client = try ClientInputValidation.client(from: body, now: req.clock.now())
        do {
            try await req.stores.clients.create(client, actor: user.id.uuidString)
        } catch StoreError.conflict {
            throw APIProblem(.conflict, detail: { $0.clientExists },
                             errors: { [.init(pointer: "/personalCode", detail: $0.clientExists)] })
        }
        return .created(.init(body: .json(APIMapping.client(client))))
    }

    func getClient(_ input: Operations.GetClient.Input) async throws -> Operations.GetClient.Output {
        let req = try request
        let (user, principal) = try req.requireStaff(.clientsRead)
        guard let id = UUID(uuidString: input.path.clientId) else {
            throw APIProblem.parameter("clientId", { $0.malformedRequest })
        }
        let reader = ClientReader(staffUserID: user.id, roles: principal.roles, offices: principal.offices,
                                  channel: "GET /api/v1/clients/{clientId}", purpose: "client record")
        guard let client = try await useCases.readClientRecord(id: id, by: reader) else {
            throw APIProblem(.notFound, detail: { $0.unknownClient })
        }
        return .ok(.init(body: .json(APIMapping.client(client))))
    }

    func lookupClient(_ input: Operations.LookupClient.Input) async throws -> Operations.LookupClient.Output {
        let req = try request
        let (user, principal) = try req.requireStaff(.clientsSearch)
        guard case .json(let body) = input.body else { throw APIProblem(.validation, detail: { $0.malformedRequest }) }
        let found: Client?
        do {
            found = try await useCases.lookUpPerson(personalCode: body.personalCode, purpose: body.purpose,
                                                    staffUserID: user.id, roles: principal.roles, offices: principal.offices,
                                                    channel: "POST /api/v1/clients/lookup")
        } catch let problem as LookUpProblem {
            let errors: @Sendable (ProblemStrings) -> [APIProblem.FieldError] = { s in
                problem.fields.map { APIProblem.FieldError(pointer: "/\($0.field)", detail: LookUpWording.detail($0.issue, s)) }
            }
            throw APIProblem(.ruleViolated, detail: { s in errors(s).first?.detail ?? s.malformedRequest }, errors: errors)
        }
        return .ok(.init(body: .json(.init(items: found.map { [APIMapping.client($0)] } ?? []))))
    }

    func listAccessLog(_ input: Operations.ListAccessLog.Input) async throws -> Operations.ListAccessLog.Output {
        let req = try request
        _ = try req.requireStaff(.accessLogRead)
        func uuid(_ text: String?, _ name: String) throws -> UUID? {
            guard let text else { return nil }
            guard let id = UUID(uuidString: text) else { throw APIProblem.parameter(name, { $0.malformedRequest }) }
            return id
        }
        let entries = try await req.stores.clients.accessLog(
            clientID: try uuid(input.query.clientId, "clientId"), staffUserID: try uuid(input.query.staffUserId, "staffUserId"))
        return .ok(.init(body: .json(.init(items: entries.map(APIMapping.accessLogEntry)))))
    }
}

/// Turns the API's client input into a Domain client, or a 422 naming each bad field.
enum ClientInputValidation {
    static func client(from body: Components.Schemas.ClientInput, now: Date) throws -> Client {
        let person = try PersonValidation.details(
            name: body.name, surname: body.surname, personalCode: body.personalCode, birthDate: body.birthDate,
            documentNumber: body.documentNumber, phone: body.phone, email: body.email, birthDateField: "birthDate",
            requireContact: false, today: RigaTime.date(of: now))
        return Client(name: person.name, surname: person.surname, identity: person.identity, phone: person.phone,
                      email: person.email, language: body.language.map { $0 == .en ? .en : .lv } ?? .lv, createdAt: now)
    }
}

/// `PersonDetails` problems as field errors in the request's language.
enum PersonValidation {
    static func fieldError(_ f: PersonDetails.Field) -> @Sendable (ProblemStrings) -> APIProblem.FieldError {
        { s in .init(pointer: "/\(f.name)", detail: FormWording.person(f.issue, field: f.name, s)) }
    }

    static func problem(_ errors: [@Sendable (ProblemStrings) -> APIProblem.FieldError]) -> APIProblem {
        APIProblem(.ruleViolated, detail: { s in errors.first.map { $0(s).detail } ?? s.malformedRequest },
                   errors: { s in errors.map { $0(s) } })
    }

    static func details(name: String?, surname: String?, personalCode: String?, birthDate: String?, documentNumber: String?,
                        phone: String?, email: String?, birthDateField: String, requireContact: Bool,
                        today: LocalDate) throws -> PersonDetails {
        switch PersonDetails.validate(name: name, surname: surname, personalCode: personalCode, birthDate: birthDate,
                                      documentNumber: documentNumber, phone: phone, email: email,
                                      birthDateField: birthDateField, requireContact: requireContact, today: today) {
        case .success(let person): return person
        case .failure(let problems): throw problem(problems.fields.map(fieldError))
        }
    }
}

extension APIHandler {
    func exportClient(_ input: Operations.ExportClient.Input) async throws -> Operations.ExportClient.Output {
        guard let req = CurrentRequest.request else { throw Abort(.internalServerError) }
        let (user, principal) = try req.requireStaff(.clientsRead)
        guard let id = UUID(uuidString: input.path.clientId) else {
            throw APIProblem.parameter("clientId", { $0.malformedRequest })
        }
        let reader = ClientReader(staffUserID: user.id, roles: principal.roles, offices: principal.offices,
                                              channel: "GET /api/v1/clients/{clientId}/export", purpose: "Art. 15 export")
        // The export is a read like any other: it goes into the access log first.
        guard try await req.stores.clients.read(id: id, by: reader, now: req.clock.now()) != nil,
              let doc = try await req.stores.personalData.build(clientID: id, now: req.clock.now(),
                                                                      schedule: req.services.retention) else {
            throw APIProblem(.notFound, detail: { $0.unknownClient })
        }
        return .ok(.init(body: .json(.init(
            generatedAt: doc.generatedAt,
            bookings: doc.bookings.map { .init(code: $0.code, office: $0.office, service: $0.service, start: $0.start,
                                               status: $0.status) },
            visits: doc.visits.map { .init(office: $0.office, service: $0.service, day: $0.day, number: $0.number, status: $0.status) },
            waitlist: doc.waitlist.map { .init(office: $0.office, service: $0.service, from: $0.from, to: $0.to, status: $0.status) },
            submissions: doc.submissions.map {
                .init(reference: $0.reference, channel: $0.channel, receivedAt: $0.receivedAt, subject: $0.subject, text: $0.text,
                      status: $0.status, letters: $0.letters)
            },
            client: .init(additionalProperties: doc.client),
            reads: doc.reads.map { .init(at: $0.at, roles: $0.roles, offices: $0.offices, channel: $0.channel, purpose: $0.purpose) },
            changes: doc.changes.map { .init(at: $0.at, action: $0.action, by: $0.by) },
            purposes: doc.purposes, retention: doc.retention, controller: doc.controller,
            supervisoryAuthority: doc.supervisoryAuthority))))
    }
}

/// A look-up's refusals in the request's or page's language.
enum LookUpWording {
    static func detail(_ issue: LookUpProblem.Issue, _ s: ProblemStrings) -> String {
        switch issue {
        case .personalCode(let p): return s.personalCode(p)
        case .purposeNeeded: return s.purposeNeeded
        }
    }
}
