import Foundation

/// A written submission as a clerk, the public form, the mail gateway or the API hands it in
/// (K-INTAKE, issue 14), checked field by field, with its trust (K-UNSIGNED) and its legal
/// deadlines (SubmissionDeadline) fixed on the day it was received.
public struct SubmissionIntake: Hashable, Sendable {
    public struct Submitter: Hashable, Sendable {
        public let name: String
        public let surname: String
        public let personalCode: String?
        public let dateOfBirth: LocalDate?
        public let email: String?
        public let phone: String?
        public let postalAddress: String?

        public init(name: String, surname: String, personalCode: String? = nil, dateOfBirth: LocalDate? = nil,
                    email: String? = nil, phone: String? = nil, postalAddress: String? = nil) {
            self.name = name
            self.surname = surname
            self.personalCode = personalCode
            self.dateOfBirth = dateOfBirth
            self.email = email
            self.phone = phone
            self.postalAddress = postalAddress
        }

        public var fullName: String { "\(name) \(surname)" }
    }

    public let channel: SubmissionChannel
    public let trust: SubmissionTrust
    public let receivedAt: Date
    /// nil for an anonymous submission.
    public let submitter: Submitter?
    public let subject: String
    public let text: String
    /// Why the one-month term applies (more information needed), recorded and told to the submitter.
    public let moreInformationReason: String?
    public let answerDue: LocalDate
    public let referralDue: LocalDate

    public enum Issue: String, Sendable, Equatable {
        case required, tooLong, notAnEmail, notAPersonalCode, notADate, inTheFuture, notForThisChannel, tooEarly,
             /// A control character (NUL and the like) that no person types; only tab and line breaks are text.
             controlCharacter
    }

    public enum Limits {
        public static let name = 100
        public static let subject = 200
        public static let text = 20_000
        public static let postalAddress = 300
        public static let reason = 500
        public static let phone = 50
    }

    /// A date given for a letter or a visit must lie after this (the parsers stay total).
    public static let earliest = LocalDate(2000, 1, 1)

    public struct Input: Sendable {
        public var channel: SubmissionChannel
        public var receivedAt: Date?
        public var anonymous = false
        public var name: String?
        public var surname: String?
        public var personalCode: String?
        /// `YYYY-MM-DD`, for a submitter without a Latvian personal code.
        public var dateOfBirth: String?
        public var email: String?
        public var phone: String?
        public var postalAddress: String?
        public var subject: String?
        public var text: String?
        /// More information must be obtained: one month instead of 10 working days (from 2026-03-01).
        public var moreInformationNeeded = false
        public var moreInformationReason: String?
        /// An e-mail whose secure e-signature was verified.
        public var signatureVerified = false

        public init(channel: SubmissionChannel) { self.channel = channel }
    }

    /// Only what a clerk registers (a letter, a visit, an oral submission) may carry a received
    /// time other than now — earlier, never later.
    public static let datedByClerk: Set<SubmissionChannel> = [.post, .inPerson, .oral]

    public static func check(_ input: Input, now: Date, calendar: WorkingCalendar) -> Result<SubmissionIntake, FieldProblems> {
        var problems: [FieldProblem<Issue>] = []
        func clean(_ s: String?) -> String? {
            guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
            return t
        }
        func text(_ field: String, _ value: String?, limit: Int, required: Bool) -> String? {
            let v = clean(value)
            if v == nil && required { problems.append(.init(field, .required)) }
            if let v, v.count > limit { problems.append(.init(field, .tooLong)) }
            if let v, ControlCharacters.found(in: v) { problems.append(.init(field, .controlCharacter)) }
            return v
        }
        var submitter: Submitter? = nil
        if !input.anonymous {
            let name = text("name", input.name, limit: Limits.name, required: true)
            let surname = text("surname", input.surname, limit: Limits.name, required: true)
            // Kept in one written form (`161175-19997`), so that a person's submissions are found by it.
            var code = clean(input.personalCode)
            if let given = code {
                if let valid = try? PersonalCode(validating: given) { code = valid.formatted } else {
                    problems.append(.init("personalCode", .notAPersonalCode))
                }
            }
            var born: LocalDate? = nil
            if let given = clean(input.dateOfBirth) {
                if let d = LocalDate(iso: given), d >= LocalDate(1900, 1, 1), d <= RigaTime.date(of: now) { born = d }
                else { problems.append(.init("dateOfBirth", .notADate)) }
            }
            let email = text("email", input.email, limit: EmailAddress.maximumLength, required: false)
            if let email, !EmailAddress.isValid(email) { problems.append(.init("email", .notAnEmail)) }
            let phone = text("phone", input.phone, limit: Limits.phone, required: false)
            let address = text("postalAddress", input.postalAddress, limit: Limits.postalAddress, required: false)
            submitter = Submitter(name: name ?? "", surname: surname ?? "", personalCode: code, dateOfBirth: born, email: email, phone: phone,
                                  postalAddress: address)
        }
        let subject = text("subject", input.subject, limit: Limits.subject, required: true)
        let body = text("text", input.text, limit: Limits.text, required: true)
        // The longer term needs its reason recorded (and told to the submitter).
        let reason = input.moreInformationNeeded
            ? text("moreInformationReason", input.moreInformationReason, limit: Limits.reason, required: true) : nil
        var received = now
        if let given = input.receivedAt {
            if !datedByClerk.contains(input.channel) {
                problems.append(.init("receivedAt", .notForThisChannel))
            } else if given > now {
                problems.append(.init("receivedAt", .inTheFuture))
            } else if RigaTime.date(of: given) < earliest {
                problems.append(.init("receivedAt", .tooEarly))
            } else {
                received = given
            }
        }
        guard problems.isEmpty else { return .failure(FieldProblems(fields: problems)) }
        let day = RigaTime.date(of: received)
        let trust = SubmissionTrust.of(channel: input.channel, signatureVerified: input.signatureVerified,
                                       senderKnown: submitter != nil)
        return .success(SubmissionIntake(
            channel: input.channel, trust: trust, receivedAt: received, submitter: submitter, subject: subject ?? "",
            text: body ?? "", moreInformationReason: reason,
            answerDue: SubmissionDeadline.answerDue(received: day, moreInformationNeeded: input.moreInformationNeeded, calendar: calendar),
            referralDue: SubmissionDeadline.referralDue(received: day, calendar: calendar)))
    }

    public struct FieldProblems: Error, Sendable, Equatable {
        public let fields: [FieldProblem<Issue>]
        public init(fields: [FieldProblem<Issue>]) { self.fields = fields }
    }
}

extension SubmissionIntake {
    /// The answer term in force on the day it was received.
    public var term: SubmissionDeadline.Term {
        SubmissionDeadline.answerTerm(received: RigaTime.date(of: receivedAt), moreInformationNeeded: moreInformationReason != nil)
    }
}
