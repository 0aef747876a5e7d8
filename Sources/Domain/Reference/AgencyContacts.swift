import Foundation

/// The agency's own contact channels (K-CHANNELS): the phone, e-mail, postal address and social
/// accounts on every page and in every message. An administrator corrects them (issue 13); the
/// seed is FACTS.md §7's.
public struct AgencyContacts: Hashable, Sendable {
    public var phone: String
    public var email: String
    public var postalAddress: String
    public var facebookURL: String?
    public var twitterURL: String?

    public init(phone: String, email: String, postalAddress: String, facebookURL: String?, twitterURL: String?) {
        self.phone = phone
        self.email = email
        self.postalAddress = postalAddress
        self.facebookURL = facebookURL
        self.twitterURL = twitterURL
    }

    public static let seed = AgencyContacts(phone: PMLPSeed.headquartersPhone, email: PMLPSeed.headquartersEmail,
                                            postalAddress: PMLPSeed.postalAddress, facebookURL: PMLPSeed.facebookURL,
                                            twitterURL: PMLPSeed.twitterURL)

    /// The contacts in force for the work at hand: every page, message and job reads them from
    /// here, and the request (or the job) binds the stored ones — so the texts that quote a phone
    /// need no parameter threaded through every view, and a test binds its own.
    @TaskLocal public static var current: AgencyContacts = .seed

    /// `tel:` link in international form.
    public var phoneLink: String { "tel:+371\(phone)" }

    /// Each field's refusal, named as the form and the store name it.
    public func problems() -> [FieldProblem<DetailProblem>] {
        var out: [FieldProblem<DetailProblem>] = []
        if OfficeDetailsRule.phone(phone) != phone { out.append(.init("phone", .notAPhone)) }
        if !EmailAddress.isValid(email) { out.append(.init("email", .notAnEmail)) }
        if postalAddress.trimmingCharacters(in: .whitespaces).isEmpty { out.append(.init("postalAddress", .required)) }
        if postalAddress.count > 200 { out.append(.init("postalAddress", .tooLong)) }
        for (field, url) in [("facebookURL", facebookURL), ("twitterURL", twitterURL)] {
            guard let url else { continue }
            if url.count > 200 { out.append(.init(field, .tooLong)) }
            else if URL(string: url)?.scheme != "https" || URL(string: url)?.host == nil { out.append(.init(field, .notHTTPS)) }
        }
        return out
    }
}
