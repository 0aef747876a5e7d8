import Foundation

/// What an administrator's start page puts first (issue 16, item 8): what the public sees that
/// nobody has confirmed — an office's address, hours or desks, a fee without its amount — and the
/// accounts that cannot do their work safely: active staff without a second factor, and those who
/// sign letters (S-MAIL-FORM) without a complete signature profile.
public enum AdminAttention {
    public enum Item: Sendable, Equatable {
        case officeUnverified(office: String, fields: [Office.Field])
        case feeUnconfirmed(service: String)
        case withoutSecondFactor(users: [UUID])
        case signatureIncomplete(users: [UUID])
    }

    public static func items(offices: [Office], services: [Service], users: [StaffUser], today: LocalDate) -> [Item] {
        var items: [Item] = offices.filter { $0.active && !$0.unverified.isEmpty }.map {
            .officeUnverified(office: $0.slug, fields: Office.Field.allCases.filter($0.unverified.contains))
        }
        items += services.filter { s in s.fees(on: today).contains { $0.amount == nil } }.map { .feeUnconfirmed(service: $0.slug) }
        let active = users.filter(\.active)
        let noSecondFactor = active.filter { !$0.totpEnabled }.map(\.id)
        if !noSecondFactor.isEmpty { items.append(.withoutSecondFactor(users: noSecondFactor)) }
        // Those whose roles write to clients: case officers and supervisors (issue 15).
        let signers = active.filter { u in u.roles.contains { Permission.granted(to: $0).contains(.casesWork) } }
        let unsigned = signers.filter {
            if case .failure = SignatureProfile.check(unit: $0.unit, position: $0.position, phone: $0.phone) { return true }
            return false
        }.map(\.id)
        if !unsigned.isEmpty { items.append(.signatureIncomplete(users: unsigned)) }
        return items
    }
}
