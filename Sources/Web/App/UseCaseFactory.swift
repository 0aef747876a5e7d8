import Domain
import Foundation
import UseCases
import Vapor

/// The one place where the use cases get their ports (issue 12): the stores on the request's
/// database connection, the configured links, the app's clock and fair-access settings. Pages
/// and API handlers ask this factory and never build a store for these use cases themselves.
struct UseCaseFactory: Sendable {
    let stores: any Stores
    let services: AppServices
    let now: Date

    var reference: any ReferenceStore { stores.reference }
    var bookings: any BookingStore { stores.bookings }
    var passes: any PriorityPassStore { stores.passes }

    func findFreeTimes(priority: PriorityGrant? = nil) -> FindFreeTimes {
        FindFreeTimes(reference: reference, bookings: bookings, now: now, priority: priority)
    }

    func bookAppointment(actor: String? = nil, priority: PriorityGrant? = nil) -> BookAppointment {
        BookAppointment(times: findFreeTimes(priority: priority), bookings: bookings, reference: reference,
                        links: services.links, fairAccess: services.fairAccess, actor: actor)
    }

    var rescheduleBooking: RescheduleBooking {
        RescheduleBooking(times: findFreeTimes(), bookings: bookings, links: services.links)
    }

    var sendManageLinkAgain: SendManageLinkAgain {
        SendManageLinkAgain(reference: reference, bookings: bookings, links: services.links, now: now)
    }

    var findMyBooking: FindMyBooking {
        FindMyBooking(bookings: bookings, sendAgain: sendManageLinkAgain, limiter: services.rateLimiter, now: now)
    }

    var notifyDisplacedClients: NotifyDisplacedClients {
        NotifyDisplacedClients(times: findFreeTimes(), reference: reference, bookings: bookings)
    }

    var queue: any QueueStore { stores.queue }
    var officeToday: OfficeToday { OfficeToday(reference: reference, queue: queue, now: now) }
    var issueWalkInTicket: IssueWalkInTicket { IssueWalkInTicket(officeToday) }
    var checkInAppointment: CheckInAppointment { CheckInAppointment(officeToday) }
    var callNextClient: CallNextClient { CallNextClient(officeToday, displays: services) }
    var actOnQueueEntry: ActOnQueueEntry { ActOnQueueEntry(officeToday, displays: services) }
    var closeQueue: CloseQueue { CloseQueue(officeToday) }

    var waitlist: any WaitlistStore { stores.waitlist }
    var joinWaitlist: JoinWaitlist { JoinWaitlist(times: findFreeTimes(), waitlist: waitlist, links: services.links) }
    var acceptWaitlistOffer: AcceptWaitlistOffer {
        AcceptWaitlistOffer(reference: reference, waitlist: waitlist, links: services.links, now: now)
    }
    var declineWaitlistOffer: DeclineWaitlistOffer { DeclineWaitlistOffer(waitlist: waitlist, now: now) }

    var clients: any ClientRegister { stores.clients }
    var lookUpPerson: LookUpPerson { LookUpPerson(register: clients, now: now) }
    var readClientRecord: ReadClientRecord { ReadClientRecord(register: clients, now: now) }

    var signIn: SignIn {
        SignIn(staff: stores.staff, passwords: services.passwords, throttle: services.loginThrottle,
               sessions: services.sessionPolicy, now: now)
    }
    var changeOwnPassword: ChangeOwnPassword {
        ChangeOwnPassword(staff: stores.staff, passwords: services.passwords, sessions: services.sessionPolicy, now: now)
    }

    var addStaffMember: AddStaffMember {
        AddStaffMember(staff: stores.staff, reference: stores.reference, passwords: services.passwords, now: now)
    }
    var changeStaffAccess: ChangeStaffAccess { ChangeStaffAccess(staff: stores.staff, reference: stores.reference, now: now) }
    var disableStaffMember: DisableStaffMember { DisableStaffMember(staff: stores.staff, now: now) }
    var updateOwnSignature: UpdateOwnSignature { UpdateOwnSignature(staff: stores.staff, now: now) }

    func changeReferenceData(actor: String) -> ChangeReferenceData {
        ChangeReferenceData(reference: stores.reference, notify: notifyDisplacedClients, now: now, actor: actor)
    }

    var cancelBooking: CancelBooking { CancelBooking(bookings: bookings, reference: reference, now: now) }

    /// A priority pass usable for this office and service now, or nil.
    func usablePass(_ token: String, office: Office, service: Service) async throws -> PriorityGrant? {
        try await FindFreeTimes.usablePass(token, office: office, service: service, passes: passes, reference: reference,
                                           now: now)
    }
}

extension Request {
    var useCases: UseCaseFactory { UseCaseFactory(stores: stores, services: services, now: clock.now()) }
}

extension APIProblem {
    /// A booking use case's refusal as problem+json: 422 naming each field, 409 full, 410 a pass
    /// that cannot be used, 404 no such booking.
    init(_ problem: BookingProblem) {
        switch problem {
        case .slotFull:
            self.init(.slotFull, detail: { $0.slotFull }, errors: { [.init(pointer: "/start", detail: $0.slotFull)] })
        case .passNotUsable:
            self.init(.gone, detail: { $0.passNotUsable })
        case .notFound:
            self.init(.notFound, detail: { $0.noSuchPath })
        case .underWay:
            self.init(.conflict, detail: { $0.bookingUnderWay })
        case .fields(let issues):
            let errors: @Sendable (ProblemStrings) -> [FieldError] = { s in
                issues.map { FieldError(pointer: "/\($0.field)", detail: Self.detail($0.issue, s)) }
            }
            self.init(.ruleViolated, detail: { s in errors(s).first?.detail ?? s.malformedRequest }, errors: errors)
        }
    }

    static func detail(_ issue: BookingProblem.Issue, _ s: ProblemStrings) -> String { FormWording.detail(issue, s) }

    /// A form's field problems as 422 naming each field.
    init(_ problems: BookingForm.Problems) {
        let fields = problems.fields
        let errors: @Sendable (ProblemStrings) -> [FieldError] = { s in
            fields.map { FieldError(pointer: "/\($0.name)", detail: FormWording.detail($0, s)) }
        }
        self.init(.ruleViolated, detail: { s in errors(s).first?.detail ?? s.malformedRequest }, errors: errors)
    }
}

extension UseCaseFactory {
    var registerSubmission: RegisterSubmission {
        RegisterSubmission(cases: stores.cases, files: services.backend.files, reference: reference, now: now)
    }

    func workOnCase(_ worker: CaseWorker) -> WorkOnCase {
        WorkOnCase(cases: stores.cases, reference: reference, staff: stores.staff, now: now, worker: worker)
    }

    var correctMessage: CorrectMessage {
        CorrectMessage(outbox: stores.outbox, queue: stores.deliveries, staff: stores.staff, now: now)
    }

    func fileComplaint(_ worker: CaseWorker) -> FileComplaint {
        FileComplaint(register: registerSubmission, work: workOnCase(worker))
    }
}

extension APIProblem {
    /// A registration's refusal: 422 naming each field (submitter fields under `/submitter`).
    init(_ problem: SubmissionProblem) {
        let fields = problem.fields
        let submitterFields: Set<String> = ["name", "surname", "personalCode", "dateOfBirth", "email", "phone", "postalAddress"]
        let errors: @Sendable (ProblemStrings) -> [FieldError] = { s in
            fields.map { FieldError(pointer: (submitterFields.contains($0.name) ? "/submitter/" : "/") + $0.name,
                                    detail: SubmissionWording.detail($0.issue, s.language)) }
        }
        self.init(.ruleViolated, detail: { s in errors(s).first?.detail ?? s.malformedRequest }, errors: errors)
    }

    /// Case work refused: 404 no such case (or another office's), 409 a closed or changed case,
    /// 409 `/problems/unsigned-submission` (K-UNSIGNED), 422 naming each field, 422
    /// `/problems/signature-incomplete` naming each missing field of the signer's profile.
    init(_ problem: CaseWorkProblem) {
        switch problem {
        case .signatureIncomplete(let missing):
            self = .signatureIncomplete(missing)
        case .notFound:
            self.init(.notFound, detail: { $0.language == .lv ? "Šādas lietas nav." : "No such case." })
        case .changedMeanwhile:
            self.init(.conflict, detail: { $0.language == .lv ? "Lietu tikko mainīja kāds cits; atveriet to vēlreiz."
                                                             : "Someone else has just changed the case; open it again." })
        case .refused(let refusal):
            let fields = refusal.fields
            let errors: @Sendable (ProblemStrings) -> [FieldError] = { s in
                fields.map { FieldError(pointer: "/" + $0.name, detail: SubmissionWording.detail($0.issue, s.language)) }
            }
            let detail: @Sendable (ProblemStrings) -> String = { s in errors(s).first?.detail ?? s.malformedRequest }
            if refusal.isUnsigned {
                self.init(.unsignedSubmission, detail: detail, errors: errors)
            } else if refusal.isClosed {
                self.init(.conflict, detail: detail)
            } else {
                self.init(.ruleViolated, detail: detail, errors: errors)
            }
        }
    }
}

extension APIProblem {
    /// S-MAIL-FORM: the letter would leave without a full signature.
    static func signatureIncomplete(_ missing: [Signatory.Field]) -> APIProblem {
        let errors: @Sendable (ProblemStrings) -> [FieldError] = { s in
            missing.map { FieldError(pointer: "/signatory/\($0.rawValue)", detail: SignatureWording.missing($0, s.language)) }
        }
        return APIProblem(.signatureIncomplete, detail: { s in SignatureWording.incomplete(missing, s.language) }, errors: errors)
    }
}
