import Foundation

/// What an office's published details must be before clients see them (I-CONTACTS, I-ACCESS,
/// C-HOURS): every text within its length, a phone a Latvian client can dial, an e-mail that can
/// arrive, hours that do not overlap, and a desk count per service within what a division has.
public enum OfficeDetailsRule {
    public typealias Refusal = FieldProblem<DetailProblem>

    public enum Limits {
        public static let name = 120
        public static let street = 160
        public static let city = 60
        public static let accessibility = 2_000
        /// A day with more than three breaks is a typing error, not a timetable.
        public static let rangesPerDay = 4
        public static let desks = 0...50
    }

    /// A phone as PMLP publishes it: eight digits (Latvian numbering plan), spaces and a leading
    /// `+371` allowed on input and dropped; `nil` when it cannot be one.
    public static func phone(_ text: String) -> String? {
        var digits = text.filter { !$0.isWhitespace && $0 != "-" }
        if digits.hasPrefix("+371") { digits.removeFirst(4) } else if digits.hasPrefix("00371") { digits.removeFirst(5) }
        guard digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return digits
    }

    /// An office's id in addresses (`/nodalas/saldus`): 2-40 lower-case Latin letters, digits and
    /// inner hyphens.
    public static func isSlug(_ text: String) -> Bool {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        return (2...40).contains(text.count) && text.allSatisfy(allowed.contains) && !text.hasPrefix("-") && !text.hasSuffix("-")
    }

    /// `LV-1026`: the Latvian postal code.
    public static func isPostalCode(_ text: String) -> Bool {
        let chars = Array(text)
        return chars.count == 7 && text.hasPrefix("LV-") && chars[3...].allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The office's refusals, each naming the field as the API and the form call it.
    public static func check(_ office: Office, services: Set<String>) -> [Refusal] {
        var refusals: [Refusal] = []
        func length(_ field: String, _ text: String?, _ limit: Int) {
            if let text, text.count > limit { refusals.append(.init(field, .tooLong)) }
        }
        if office.name.lv.trimmingCharacters(in: .whitespaces).isEmpty { refusals.append(.init("nameLv", .required)) }
        length("nameLv", office.name.lv, Limits.name)
        length("nameEn", office.name.en, Limits.name)
        length("street", office.street, Limits.street)
        length("city", office.city, Limits.city)
        if let code = office.postalCode, !isPostalCode(code) { refusals.append(.init("postalCode", .notAPostalCode)) }
        if let phone = office.phone, self.phone(phone) != phone { refusals.append(.init("phone", .notAPhone)) }
        if let email = office.email, !EmailAddress.isValid(email) { refusals.append(.init("email", .notAnEmail)) }
        length("accessibilityLv", office.accessibility?.lv, Limits.accessibility)
        length("accessibilityEn", office.accessibility?.en, Limits.accessibility)
        for day in Weekday.allCases where office.weeklyHours.ranges(on: day).count > Limits.rangesPerDay {
            refusals.append(.init("hours\(day.rawValue)", .tooManyRanges))
        }
        for (slug, count) in office.desks.sorted(by: { $0.key < $1.key }) {
            if !services.contains(slug) || !Limits.desks.contains(count) { refusals.append(.init("desks.\(slug)", .outOfRange)) }
        }
        return refusals
    }
}
