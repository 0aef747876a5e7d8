import Fluent
import Foundation

final class ServiceModel: Model, @unchecked Sendable {
    static let schema = "services"

    @ID(key: .id) var id: UUID?
    @Field(key: "slug") var slug: String
    @Field(key: "name_lv") var nameLv: String
    @OptionalField(key: "name_en") var nameEn: String?
    @Field(key: "summary_lv") var summaryLv: String
    @OptionalField(key: "summary_en") var summaryEn: String?
    /// Comma-separated `Channel` raw values.
    @Field(key: "channels") var channels: String
    @Field(key: "needs_appointment") var needsAppointment: Bool
    @Field(key: "needs_identity_document") var needsIdentityDocument: Bool
    @Field(key: "desk_minutes") var deskMinutes: Int
    @Field(key: "sort_order") var sortOrder: Int
    @Children(for: \.$service) var fees: [ServiceFeeModel]

    init() {}
}

final class ServiceFeeModel: Model, @unchecked Sendable {
    static let schema = "service_fees"

    @ID(key: .id) var id: UUID?
    @Parent(key: "service_id") var service: ServiceModel
    @Field(key: "category") var category: String
    @OptionalField(key: "term_count") var termCount: Int?
    @OptionalField(key: "term_unit") var termUnit: String?
    @Field(key: "amount_cents") var amountCents: Int
    @Field(key: "currency") var currency: String
    @Field(key: "account_code") var accountCode: String
    @Field(key: "expedited") var expedited: Bool
    @Field(key: "sort_order") var sortOrder: Int
    /// Migration 0016: the first day the amount applies (ISO date; nil: always), and whether any
    /// source confirms it (an unconfirmed amount is stored as 0 and never shown).
    @OptionalField(key: "valid_from") var validFrom: String?
    @OptionalField(key: "unconfirmed") var unconfirmed: Bool?

    init() {}
}

final class TreasuryAccountModel: Model, @unchecked Sendable {
    static let schema = "treasury_accounts"

    @ID(key: .id) var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "iban") var iban: String
    @Field(key: "payee") var payee: String
    @Field(key: "payee_registration_number") var payeeRegistrationNumber: String
    @Field(key: "bic") var bic: String
    @Field(key: "name_lv") var nameLv: String
    @OptionalField(key: "name_en") var nameEn: String?

    init() {}
}

/// Transfers, one-off holidays and song-festival closing days (FACTS.md §3): calendar data an
/// administrator adds as the Cabinet decides them.
final class CalendarAdjustmentModel: Model, @unchecked Sendable {
    static let schema = "calendar_adjustments"

    enum Kind: String { case transfer, oneOffHoliday = "one-off-holiday", songFestivalClosing = "song-festival-closing" }

    @ID(key: .id) var id: UUID?
    @Field(key: "kind") var kind: String
    /// The day off (transfer), the holiday, or the festival's closing day.
    @Field(key: "date") var date: String
    /// The working Saturday of a transfer.
    @OptionalField(key: "working_saturday") var workingSaturday: String?
    @OptionalField(key: "name_lv") var nameLv: String?
    @OptionalField(key: "name_en") var nameEn: String?

    init() {}
}

/// Records which seed sets have been applied, so a second start adds nothing and keeps edits.
final class SeedRunModel: Model, @unchecked Sendable {
    static let schema = "seed_runs"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "applied_at") var appliedAt: Date

    init() {}
    init(key: String, appliedAt: Date) {
        self.key = key
        self.appliedAt = appliedAt
    }
}
