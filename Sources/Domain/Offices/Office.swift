/// A reception point: PMLP's headquarters or a territorial division (I-CONTACTS, I-ACCESS).
/// Fields nobody has verified stay empty or are listed in `unverified`, so the pages can say so
/// instead of presenting a guess as fact (FACTS.md §7).
public struct Office: Hashable, Sendable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case headquarters, division
    }

    /// Fields whose seed value comes from an old or unconfirmed source.
    public enum Field: String, Sendable, Codable, CaseIterable {
        case address, hours, desks
    }

    public let slug: String
    public var kind: Kind
    public var name: LocalizedText
    public var street: String?
    public var city: String?
    public var postalCode: String?
    public var phone: String?
    public var email: String?
    /// For clients with reduced mobility (I-ACCESS); `nil` until the division publishes it.
    public var accessibility: LocalizedText?
    public var weeklyHours: WeeklyHours
    /// How many desks serve each service (by service slug): the capacity of a booking slot.
    public var desks: [String: Int]
    public var unverified: Set<Field>
    public var sortOrder: Int
    /// An inactive office keeps its history but receives no bookings and is not listed to clients
    /// (a division closed or merged).
    public var active: Bool
    /// What the office has for clients with reduced mobility or hearing (I-ACCESS), beside the text.
    public var accessibilityFeatures: Set<AccessibilityFeature>

    public init(slug: String, kind: Kind, name: LocalizedText, street: String? = nil, city: String? = nil,
                postalCode: String? = nil, phone: String? = nil, email: String? = nil,
                accessibility: LocalizedText? = nil, weeklyHours: WeeklyHours = WeeklyHours(),
                desks: [String: Int] = [:], unverified: Set<Field> = [], sortOrder: Int = 0, active: Bool = true,
                accessibilityFeatures: Set<AccessibilityFeature> = []) {
        self.slug = slug
        self.kind = kind
        self.name = name
        self.street = street
        self.city = city
        self.postalCode = postalCode
        self.phone = phone
        self.email = email
        self.accessibility = accessibility
        self.weeklyHours = weeklyHours
        self.desks = desks
        self.unverified = unverified
        self.sortOrder = sortOrder
        self.active = active
        self.accessibilityFeatures = accessibilityFeatures
    }

    /// One line for a letter or a page: street, city, postal code, whichever are known.
    public var addressLine: String? {
        let parts = [street, city, postalCode].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
