/// How a client may ask for a service and receive it (I-CHANNELS, K-INTAKE).
public enum Channel: String, Sendable, Codable, CaseIterable {
    case inPerson = "in-person"
    case latvijaGovLv = "latvija.gov.lv"
    case eAddress = "e-address"
    case post
}

/// How long the agency has to deliver: a number of working or calendar days, or none stated.
public struct ServiceTerm: Hashable, Sendable {
    public enum Unit: String, Sendable, Codable { case workingDays, days }
    public let count: Int
    public let unit: Unit
    public init(_ count: Int, _ unit: Unit) { self.count = count; self.unit = unit }
    public static func workingDays(_ n: Int) -> ServiceTerm { ServiceTerm(n, .workingDays) }
    public static func days(_ n: Int) -> ServiceTerm { ServiceTerm(n, .days) }
}

/// Who pays which rate (Cabinet Regulations No. 133, 557, 515; FACTS.md §5).
public enum FeeCategory: String, Sendable, Codable, CaseIterable {
    /// The ordinary rate.
    case standard
    /// Persons under 20, of state pension age or receiving an old-age pension, with group I or
    /// II disability (Cabinet Regulation No. 133).
    case reduced
    /// Spouses and children of Latvian citizens, and students (Cabinet Regulation No. 557).
    case familyOrStudent
    /// Requested online (invitation approval).
    case online
    /// Within the free allowance (a Register extract of one's own data, twice a year).
    case freeAllowance
}

/// One state fee or paid-service price, from the day it applies (FACTS.md §5: the passport and
/// eID fees rose on 2025-01-01 and 2026-01-01; the fee is the one in force on the day of the
/// application, so a change keeps the old fee for earlier dates).
public struct Fee: Hashable, Sendable {
    public let category: FeeCategory
    public let term: ServiceTerm?
    /// nil: the amount is not confirmed by any source read — shown as "confirm at the office",
    /// never invented.
    public let amount: Money?
    public let account: TreasuryAccount.Code
    /// Expedited terms are paid at the office by bank card (I-EXPEDITE).
    public let expedited: Bool
    /// The first day this amount applies; nil: since before any date the app handles.
    public let validFrom: LocalDate?

    public init(category: FeeCategory, term: ServiceTerm?, amount: Money?, account: TreasuryAccount.Code,
                expedited: Bool = false, validFrom: LocalDate? = nil) {
        self.category = category
        self.term = term
        self.amount = amount
        self.account = account
        self.expedited = expedited
        self.validFrom = validFrom
    }

    /// The same fee (who pays, at which term) in another period.
    struct Kind: Hashable {
        let category: FeeCategory
        let term: ServiceTerm?
        let expedited: Bool
    }

    var kind: Kind { Kind(category: category, term: term, expedited: expedited) }
}

/// A service in PMLP's catalogue (C-INFO, I-CHANNELS).
public struct Service: Hashable, Sendable {
    public let slug: String
    public var name: LocalizedText
    public var summary: LocalizedText
    public var channels: [Channel]
    public var needsAppointment: Bool
    public var needsIdentityDocument: Bool
    /// Typical time at the desk, which sizes a booking slot.
    public var deskMinutes: Int
    public var fees: [Fee]
    public var sortOrder: Int

    public init(slug: String, name: LocalizedText, summary: LocalizedText, channels: [Channel],
                needsAppointment: Bool, needsIdentityDocument: Bool, deskMinutes: Int, fees: [Fee],
                sortOrder: Int = 0) {
        self.slug = slug
        self.name = name
        self.summary = summary
        self.channels = channels
        self.needsAppointment = needsAppointment
        self.needsIdentityDocument = needsIdentityDocument
        self.deskMinutes = deskMinutes
        self.fees = fees
        self.sortOrder = sortOrder
    }

    /// The fees in force on `date`: for each kind of fee, the one with the latest start not after it.
    public func fees(on date: LocalDate) -> [Fee] {
        // A handful of fees per service: a list scanned in place, in the catalogue's order (every
        // booking's confirmation quotes a fee, so this runs once per booking — issue 17).
        var chosen: [Fee] = []
        for fee in fees where (fee.validFrom ?? LocalDate(1, 1, 1)) <= date {
            let kind = fee.kind
            if let i = chosen.firstIndex(where: { $0.kind == kind }) {
                if (fee.validFrom ?? LocalDate(1, 1, 1)) > (chosen[i].validFrom ?? LocalDate(1, 1, 1)) { chosen[i] = fee }
            } else {
                chosen.append(fee)
            }
        }
        return chosen
    }

    /// Changes announced after `date`: fees that start later (what a page lists as "from …").
    public func upcomingFees(after date: LocalDate) -> [Fee] {
        fees.filter { ($0.validFrom ?? LocalDate(1, 1, 1)) > date }
    }

    /// The ordinary fee at the ordinary term on `date`: what a booking confirmation quotes.
    public func standardFee(on date: LocalDate) -> Fee? {
        fees(on: date).first { $0.category == .standard && !$0.expedited }
    }

    /// The fees with `fee` set: it replaces the period of the same kind starting the same day, or
    /// is added beside the others — an amount from a later date keeps the earlier one for earlier
    /// dates (FACTS.md §5).
    public func settingFee(_ fee: Fee) -> [Fee] {
        if let i = fees.firstIndex(where: { $0.kind == fee.kind && $0.validFrom == fee.validFrom }) {
            var list = fees
            list[i] = fee
            return list
        }
        return fees + [fee]
    }

    /// Whether some term of this service is expedited and so paid by card at the office.
    public var hasExpeditedTerm: Bool { fees.contains(where: \.expedited) }
}
