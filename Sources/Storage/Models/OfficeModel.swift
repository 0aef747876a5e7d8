import Fluent
import Foundation

final class OfficeModel: Model, @unchecked Sendable {
    static let schema = "offices"

    @ID(key: .id) var id: UUID?
    @Field(key: "slug") var slug: String
    @Field(key: "kind") var kind: String
    @Field(key: "name_lv") var nameLv: String
    @OptionalField(key: "name_en") var nameEn: String?
    @OptionalField(key: "street") var street: String?
    @OptionalField(key: "city") var city: String?
    @OptionalField(key: "postal_code") var postalCode: String?
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "accessibility_lv") var accessibilityLv: String?
    @OptionalField(key: "accessibility_en") var accessibilityEn: String?
    /// Comma-separated `Office.Field` names whose value is unverified.
    @Field(key: "unverified") var unverified: String
    @Field(key: "sort_order") var sortOrder: Int
    /// `nil` on rows written before 0017: active.
    @OptionalField(key: "active") var active: Bool?
    /// Comma-separated `AccessibilityFeature` names.
    @OptionalField(key: "accessibility_features") var accessibilityFeatures: String?
    /// Minutes after midnight; `nil`: one hour earlier than usual (Labour Law §135).
    @OptionalField(key: "pre_holiday_closes") var preHolidayCloses: Int?
    @Children(for: \.$office) var hours: [OfficeHoursModel]
    @Children(for: \.$office) var desks: [OfficeServiceModel]

    init() {}
}

/// One reception range of one weekday.
final class OfficeHoursModel: Model, @unchecked Sendable {
    static let schema = "office_hours"

    @ID(key: .id) var id: UUID?
    @Parent(key: "office_id") var office: OfficeModel
    @Field(key: "weekday") var weekday: Int
    @Field(key: "opens") var opens: Int
    @Field(key: "closes") var closes: Int

    init() {}
    init(officeID: UUID, weekday: Int, opens: Int, closes: Int) {
        self.$office.id = officeID
        self.weekday = weekday
        self.opens = opens
        self.closes = closes
    }
}

/// A per-office exception for one date.
final class OfficeExceptionModel: Model, @unchecked Sendable {
    static let schema = "office_exceptions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "office_id") var office: OfficeModel
    @Field(key: "date") var date: String
    @Field(key: "kind") var kind: String
    @Field(key: "ranges") var ranges: String
    @OptionalField(key: "reason_lv") var reasonLv: String?
    @OptionalField(key: "reason_en") var reasonEn: String?

    init() {}
}

/// How many desks of an office serve a service.
final class OfficeServiceModel: Model, @unchecked Sendable {
    static let schema = "office_services"

    @ID(key: .id) var id: UUID?
    @Parent(key: "office_id") var office: OfficeModel
    @Parent(key: "service_id") var service: ServiceModel
    @Field(key: "desks") var desks: Int

    init() {}
    init(officeID: UUID, serviceID: UUID, desks: Int) {
        self.$office.id = officeID
        self.$service.id = serviceID
        self.desks = desks
    }
}
