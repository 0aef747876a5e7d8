import Domain
import FluentKit
import Foundation

// Model ⇄ Domain mapping at the Storage boundary: Fluent classes never leave this module.

extension OfficeModel {
    func toDomain(hours: [OfficeHoursModel], desks: [String: Int]) -> Office {
        var weekly: [Weekday: [TimeRange]] = [:]
        for h in hours {
            guard let day = Weekday(rawValue: h.weekday), let o = TimeOfDay(minutes: h.opens),
                  let c = TimeOfDay(minutes: h.closes), let range = TimeRange(open: o, close: c) else { continue }
            weekly[day, default: []].append(range)
        }
        return Office(
            slug: slug, kind: Office.Kind(rawValue: kind) ?? .division,
            name: LocalizedText(lv: nameLv, en: nameEn),
            street: street, city: city, postalCode: postalCode, phone: phone, email: email,
            accessibility: accessibilityLv.map { LocalizedText(lv: $0, en: accessibilityEn) },
            weeklyHours: WeeklyHours(weekly, preHolidayClosing: preHolidayCloses.flatMap(TimeOfDay.init(minutes:))), desks: desks,
            unverified: Set(unverified.split(separator: ",").compactMap { Office.Field(rawValue: String($0)) }),
            sortOrder: sortOrder, active: active ?? true,
            accessibilityFeatures: Set((accessibilityFeatures ?? "").split(separator: ",")
                .compactMap { AccessibilityFeature(rawValue: String($0)) }))
    }

    func apply(_ office: Office) {
        slug = office.slug
        kind = office.kind.rawValue
        nameLv = office.name.lv
        nameEn = office.name.en
        street = office.street
        city = office.city
        postalCode = office.postalCode
        phone = office.phone
        email = office.email
        accessibilityLv = office.accessibility?.lv
        accessibilityEn = office.accessibility?.en
        unverified = office.unverified.map(\.rawValue).sorted().joined(separator: ",")
        sortOrder = office.sortOrder
        active = office.active
        accessibilityFeatures = office.accessibilityFeatures.map(\.rawValue).sorted().joined(separator: ",")
        preHolidayCloses = office.weeklyHours.preHolidayClosing?.minutes
    }
}

extension OfficeExceptionModel {
    func toDomain() -> OfficeException? {
        guard let day = LocalDate(iso: date), let k = OfficeException.Kind(rawValue: kind),
              let list = TimeRange.parseList(ranges) else { return nil }
        return OfficeException(date: day, kind: k, ranges: list,
                               reason: reasonLv.map { LocalizedText(lv: $0, en: reasonEn) })
    }
}

extension ServiceModel {
    func toDomain(fees: [ServiceFeeModel]) -> Service {
        Service(
            slug: slug, name: LocalizedText(lv: nameLv, en: nameEn),
            summary: LocalizedText(lv: summaryLv, en: summaryEn),
            channels: channels.split(separator: ",").compactMap { Channel(rawValue: String($0)) },
            needsAppointment: needsAppointment, needsIdentityDocument: needsIdentityDocument,
            deskMinutes: deskMinutes,
            fees: fees.sorted { $0.sortOrder < $1.sortOrder }.compactMap { $0.toDomain() },
            sortOrder: sortOrder)
    }

    func apply(_ service: Service) {
        slug = service.slug
        nameLv = service.name.lv
        nameEn = service.name.en
        summaryLv = service.summary.lv
        summaryEn = service.summary.en
        channels = service.channels.map(\.rawValue).joined(separator: ",")
        needsAppointment = service.needsAppointment
        needsIdentityDocument = service.needsIdentityDocument
        deskMinutes = service.deskMinutes
        sortOrder = service.sortOrder
    }
}

extension ServiceFeeModel {
    func toDomain() -> Fee? {
        guard let c = FeeCategory(rawValue: category), let account = TreasuryAccount.Code(rawValue: accountCode) else {
            return nil
        }
        var term: ServiceTerm? = nil
        if let n = termCount, let u = termUnit.flatMap(ServiceTerm.Unit.init(rawValue:)) { term = ServiceTerm(n, u) }
        return Fee(category: c, term: term, amount: unconfirmed == true ? nil : Money(cents: amountCents, currency: currency),
                   account: account, expedited: expedited, validFrom: validFrom.flatMap(LocalDate.init(iso:)))
    }

    convenience init(serviceID: UUID, fee: Fee, sortOrder: Int) {
        self.init()
        self.$service.id = serviceID
        category = fee.category.rawValue
        termCount = fee.term?.count
        termUnit = fee.term?.unit.rawValue
        amountCents = fee.amount?.cents ?? 0
        currency = fee.amount?.currency ?? "EUR"
        unconfirmed = fee.amount == nil
        validFrom = fee.validFrom?.description
        accountCode = fee.account.rawValue
        expedited = fee.expedited
        self.sortOrder = sortOrder
    }
}

extension TreasuryAccountModel {
    func toDomain() -> TreasuryAccount? {
        guard let c = TreasuryAccount.Code(rawValue: code) else { return nil }
        return TreasuryAccount(code: c, iban: iban, payee: payee, payeeRegistrationNumber: payeeRegistrationNumber,
                               bic: bic, name: LocalizedText(lv: nameLv, en: nameEn))
    }

    convenience init(_ account: TreasuryAccount) {
        self.init()
        code = account.code.rawValue
        iban = account.iban
        payee = account.payee
        payeeRegistrationNumber = account.payeeRegistrationNumber
        bic = account.bic
        nameLv = account.name.lv
        nameEn = account.name.en
    }
}
