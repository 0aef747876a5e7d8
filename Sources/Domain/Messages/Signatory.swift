import Foundation

/// S-MAIL-FORM: every letter closes with a goodbye and the sender's name, surname, PMLP unit,
/// position and phone. The signatory is built from the sender's staff profile; a profile that
/// lacks any of them cannot sign (issue 15: 422 `/problems/signature-incomplete`, naming the field).
public struct Signatory: Sendable, Equatable {
    public enum Field: String, Sendable, CaseIterable, Codable { case name, surname, unit, position, phone }

    public let name: String
    public let surname: String
    public let unit: String
    public let position: String
    public let phone: String

    public init(name: String, surname: String, unit: String, position: String, phone: String) {
        self.name = name
        self.surname = surname
        self.unit = unit
        self.position = position
        self.phone = phone
    }

    /// The profile's signatory, or what it lacks, in the order the signature shows it.
    public static func of(_ user: StaffUser) -> Result<Signatory, SignatureIncomplete> {
        func given(_ s: String?) -> String? {
            let t = (s ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        }
        let values: [(Field, String?)] = [(.name, given(user.name)), (.surname, given(user.surname)), (.unit, given(user.unit)),
                                          (.position, given(user.position)), (.phone, given(user.phone))]
        let missing = values.filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty else { return .failure(SignatureIncomplete(missing: missing)) }
        return .success(Signatory(name: values[0].1 ?? "", surname: values[1].1 ?? "", unit: values[2].1 ?? "",
                                  position: values[3].1 ?? "", phone: values[4].1 ?? ""))
    }

    /// The closing lines: the goodbye, then who signs (S-MAIL-FORM).
    public func closing(_ l: Language) -> [String] {
        [MessageTexts.of(l).goodbye, "\(name) \(surname)", "\(position), \(unit)", LetterFrame.agencyName.text(l),
         (l == .lv ? "Tālrunis " : "Phone ") + phone]
    }
}

public struct SignatureIncomplete: Error, Sendable, Equatable {
    public let missing: [Signatory.Field]
    public init(missing: [Signatory.Field]) { self.missing = missing }
}

/// Who a letter is from (S-MAIL-FORM): a member of staff who signs it, or — for what the system
/// sends by itself, such as a booking confirmation — the office's unit with its phone.
public enum LetterSender: Sendable, Equatable {
    case person(Signatory)
    case office(name: LocalizedText, phone: String)

    /// What the system writes by itself is signed by the office's unit, with the office's phone —
    /// or the agency's when the office has none of its own (K-CHANNELS).
    public static func office(_ office: Office, agency: AgencyContacts) -> LetterSender {
        .office(name: office.name, phone: office.phone ?? agency.phone)
    }

    /// A member of staff signs with their profile; nil (an unknown user) lacks every field.
    public static func person(_ user: StaffUser?) -> Result<LetterSender, SignatureIncomplete> {
        guard let user else { return .failure(SignatureIncomplete(missing: Signatory.Field.allCases)) }
        return Signatory.of(user).map { .person($0) }
    }

    public func closing(_ l: Language) -> [String] {
        switch self {
        case .person(let s): return s.closing(l)
        case .office(let name, let phone):
            return [MessageTexts.of(l).goodbye, MessageTexts.of(l).sender(name.text(l), phone)]
        }
    }
}

/// The frame of a letter (S-MAIL-FORM): a greeting to the addressee, the content, the goodbye and
/// the signature. One place for it, so no letter can leave without it.
public enum LetterFrame {
    public static let agencyName = LocalizedText(lv: "Pilsonības un migrācijas lietu pārvalde",
                                                 en: "Office of Citizenship and Migration Affairs")

    public static func greeting(_ addressee: String?, _ l: Language) -> String {
        switch (addressee.flatMap { $0.isEmpty ? nil : $0 }, l) {
        case (let name?, _): return MessageTexts.of(l).greeting(name)
        case (nil, .lv): return "Labdien!"
        case (nil, .en): return "Hello,"
        }
    }

    public static func framed(_ content: String, addressee: String?, from sender: LetterSender, language l: Language) -> String {
        ([greeting(addressee, l), "", content.trimmingCharacters(in: .whitespacesAndNewlines), ""] + sender.closing(l))
            .joined(separator: "\n")
    }

    /// Whether `body` opens with the greeting and closes with the goodbye and `sender`'s signature.
    public static func isFramed(_ body: String, addressee: String?, from sender: LetterSender, language l: Language) -> Bool {
        body.hasPrefix(greeting(addressee, l)) && body.hasSuffix(sender.closing(l).joined(separator: "\n"))
    }
}
