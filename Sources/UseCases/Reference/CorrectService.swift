import Domain
import Foundation

/// What an administrator changes on a service (issue 13): absent fields stay as they are.
public struct ServiceChange: Sendable, Equatable {
    public var nameLv: String?
    public var nameEn: String?
    public var summaryLv: String?
    public var summaryEn: String?
    public var channels: [String]?
    public var needsAppointment: Bool?
    public var needsIdentityDocument: Bool?
    public var deskMinutes: Int?
    /// Fee periods to set: each replaces the period of the same kind from the same day, or is added.
    public var fees: [FeeChange]

    public init(fees: [FeeChange] = []) { self.fees = fees }
}

/// One fee period as typed: the amount in euros (`34,00` or `34.00`); empty: not confirmed by any
/// source, shown as "confirm at the office". `validFrom` empty: since always.
public struct FeeChange: Sendable, Equatable {
    public var category: String
    public var termCount: Int?
    public var termUnit: String?
    public var expedited: Bool
    public var amount: String?
    public var validFrom: String?
    /// A treasury account code; absent: the account of the same fee today.
    public var account: String?

    public init(category: String, termCount: Int? = nil, termUnit: String? = nil, expedited: Bool = false, amount: String?,
                validFrom: String?, account: String? = nil) {
        self.category = category
        self.termCount = termCount
        self.termUnit = termUnit
        self.expedited = expedited
        self.amount = amount
        self.validFrom = validFrom
        self.account = account
    }
}

extension ChangeReferenceData {
    /// Corrects a service in the catalogue (C-INFO, I-CHANNELS) and its fees by date (FACTS.md §5):
    /// checked by ServiceDetailsRule, saved and audited in one transaction. Returns the service as saved.
    public func correctService(_ slug: String, _ change: ServiceChange) async throws -> Service {
        guard let old = try await reference.service(slug: slug) else {
            throw ReferenceProblem(fields: [.init("service", .unknownService)])
        }
        var problems: [ReferenceProblem.Field] = []
        var service = old
        func clean(_ text: String?) -> String? { text?.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let lv = clean(change.nameLv) { service.name = LocalizedText(lv: lv, en: service.name.en) }
        if let en = clean(change.nameEn) { service.name = LocalizedText(lv: service.name.lv, en: en.isEmpty ? nil : en) }
        if let lv = clean(change.summaryLv) { service.summary = LocalizedText(lv: lv, en: service.summary.en) }
        if let en = clean(change.summaryEn) { service.summary = LocalizedText(lv: service.summary.lv, en: en.isEmpty ? nil : en) }
        if let names = change.channels {
            let channels = names.compactMap(Channel.init(rawValue:))
            if channels.count != names.count { problems.append(.init("channels", .outOfRange)) }
            // The catalogue's order, whatever order the form sent them in.
            service.channels = Channel.allCases.filter(channels.contains)
        }
        if let v = change.needsAppointment { service.needsAppointment = v }
        if let v = change.needsIdentityDocument { service.needsIdentityDocument = v }
        if let v = change.deskMinutes { service.deskMinutes = v }
        for (i, f) in change.fees.enumerated() {
            let field = change.fees.count == 1 ? "fee" : "fees[\(i)]"
            guard let category = FeeCategory(rawValue: f.category) else {
                problems.append(.init("\(field).category", .outOfRange))
                continue
            }
            var term: ServiceTerm? = nil
            if let count = f.termCount {
                guard let unit = ServiceTerm.Unit(rawValue: f.termUnit ?? ServiceTerm.Unit.workingDays.rawValue) else {
                    problems.append(.init("\(field).termUnit", .outOfRange))
                    continue
                }
                term = ServiceTerm(count, unit)
            }
            let amountText = clean(f.amount)?.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: "")
                .replacingOccurrences(of: "€", with: "")
            var amount: Money? = nil
            if let amountText, !amountText.isEmpty {
                guard let money = Money(decimal: amountText) else {
                    problems.append(.init("\(field).amount", .outOfRange))
                    continue
                }
                amount = money
            }
            var validFrom: LocalDate? = nil
            if let text = clean(f.validFrom), !text.isEmpty {
                guard let day = LocalDate(iso: text), (2000...2200).contains(day.year) else {
                    problems.append(.init("\(field).validFrom", .notADate))
                    continue
                }
                validFrom = day
            }
            let sameKind = service.fees.last { $0.category == category && $0.term == term && $0.expedited == f.expedited }
            let accountText = clean(f.account) ?? ""
            let account = accountText.isEmpty ? sameKind?.account : TreasuryAccount.Code(rawValue: accountText)
            guard let account else {
                problems.append(.init("\(field).account", accountText.isEmpty ? .required : .outOfRange))
                continue
            }
            service.fees = service.settingFee(Fee(category: category, term: term, amount: amount, account: account,
                                                  expedited: f.expedited, validFrom: validFrom))
        }
        problems += ServiceDetailsRule.check(service).map { .init($0.name, .init($0.issue)) }
        guard problems.isEmpty else { throw ReferenceProblem(fields: problems) }
        guard service != old else { return old }
        try await reference.updateService(service, actor: actor, now: now)
        return service
    }
}
