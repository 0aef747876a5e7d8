import Domain
import Foundation

/// Domain values → the generated API types.
enum APIMapping {
    static func text(_ t: LocalizedText) -> Components.Schemas.LocalizedText { .init(lv: t.lv, en: t.en) }

    static func money(_ m: Money) -> Components.Schemas.Money {
        .init(amount: m.decimalString, currency: .eur)
    }

    static func range(_ r: TimeRange) -> Components.Schemas.TimeRange {
        .init(open: r.open.description, close: r.close.description)
    }

    static func service(_ s: Service, _ accounts: [TreasuryAccount.Code: TreasuryAccount], today: LocalDate) -> Components.Schemas.Service {
        .init(
            id: s.slug, name: text(s.name), summary: text(s.summary),
            channels: s.channels.compactMap { Components.Schemas.Channel(rawValue: $0.rawValue) },
            needsAppointment: s.needsAppointment, needsIdentityDocument: s.needsIdentityDocument,
            deskMinutes: s.deskMinutes,
            fees: (s.fees(on: today) + s.upcomingFees(after: today)).compactMap { fee in
                guard let account = accounts[fee.account],
                      let category = Components.Schemas.Fee.CategoryPayload(rawValue: fee.category.rawValue) else { return nil }
                return .init(
                    category: category,
                    term: fee.term.map { .init(count: $0.count, unit: $0.unit == .workingDays ? .workingDays : .days) },
                    amount: fee.amount.map(money), validFrom: fee.validFrom?.description, expedited: fee.expedited,
                    account: .init(code: account.code.rawValue, iban: account.iban, payee: account.payee,
                                   payeeRegistrationNumber: account.payeeRegistrationNumber, bic: account.bic,
                                   name: text(account.name)))
            })
    }

    static func office(_ o: Office) -> Components.Schemas.Office {
        let hasAddress = o.street != nil || o.city != nil || o.postalCode != nil
        return .init(
            id: o.slug, kind: o.kind == .headquarters ? .headquarters : .division, name: text(o.name),
            address: hasAddress ? .init(street: o.street, city: o.city, postalCode: o.postalCode) : nil,
            phone: o.phone, email: o.email, accessibility: o.accessibility.map(text),
            weeklyHours: Weekday.allCases.compactMap { w in
                let r = o.weeklyHours.ranges(on: w)
                return r.isEmpty ? nil : .init(weekday: w.rawValue, ranges: r.map(range))
            },
            desks: o.desks.sorted { $0.key < $1.key }.map { .init(serviceId: $0.key, desks: $0.value) },
            unverified: o.unverified.map(\.rawValue).sorted().compactMap(Components.Schemas.Office.UnverifiedPayloadPayload.init(rawValue:)),
            active: o.active,
            accessibilityFeatures: o.accessibilityFeatures.map(\.rawValue).sorted().compactMap(Components.Schemas.AccessibilityFeature.init(rawValue:)),
            preHolidayClosing: o.weeklyHours.preHolidayClosing?.description)
    }

    static func openingDay(_ d: OpeningDay) -> Components.Schemas.OpeningDay {
        .init(date: d.date.description, ranges: d.ranges.map(range), shortened: d.shortened,
              closedReason: d.closedReason.flatMap { .init(rawValue: $0.rawValue) }, note: d.note.map(text))
    }

    static func calendarYear(_ y: CalendarYear) -> Components.Schemas.CalendarYear {
        .init(year: y.year,
              holidays: y.holidays.map { .init(date: $0.date.description, name: text($0.name)) },
              daysOff: y.daysOff.map(\.description),
              workingSaturdays: y.workingSaturdays.map(\.description),
              shortenedDays: y.shortenedDays.map(\.description))
    }
}

extension APIMapping {
    static func client(_ c: Client) -> Components.Schemas.Client {
        var code: String?, born: String?, doc: String?
        switch c.identity {
        case .personalCode(let p): code = p.formatted
        case .foreigner(let b, let d): born = b.description; doc = d
        }
        return .init(id: c.id.uuidString, name: c.name, surname: c.surname, personalCode: code, birthDate: born,
                     documentNumber: doc, phone: c.phone, email: c.email, language: c.language == .en ? .en : .lv,
                     createdAt: RigaTime.rfc3339(c.createdAt))
    }

    static func accessLogEntry(_ e: AccessLogEntry) -> Components.Schemas.AccessLogEntry {
        .init(id: e.id.uuidString, at: RigaTime.rfc3339(e.at), staffUserId: e.staffUserID.uuidString,
              staffRoles: e.staffRoles.map(\.rawValue).sorted(), clientId: e.clientID.uuidString,
              recordType: e.recordType, recordId: e.recordID.uuidString, channel: e.channel, purpose: e.purpose)
    }
}

extension APIMapping {
    static func booking(_ b: Booking) -> Components.Schemas.Booking {
        .init(code: b.code, officeId: b.officeSlug, serviceId: b.serviceSlug, start: RigaTime.rfc3339(b.start),
              end: RigaTime.rfc3339(b.end), arriveBy: RigaTime.rfc3339(BookingRequest.arriveBy(b.start)),
              status: .init(rawValue: b.status.rawValue) ?? .active, language: b.language == .en ? .en : .lv,
              interpreter: b.interpreter)
    }

    /// A new booking with its manage token, shown this once.
    static func created(_ booking: Booking, manageToken: String) -> Components.Schemas.BookingCreated {
        let b = Self.booking(booking)
        return .init(code: b.code, manageToken: manageToken, officeId: b.officeId, serviceId: b.serviceId, start: b.start,
                     end: b.end, arriveBy: b.arriveBy, status: .active, language: b.language == .en ? .en : .lv,
                     interpreter: b.interpreter)
    }
}
