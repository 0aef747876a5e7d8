import Domain

extension ServiceShow {
    static func view(_ m: Model, _ t: Strings) -> String {
        let l = m.language, s = m.service
        var main: [Body] = [
            H.el("h1", [], text: s.name.text(l)),
            H.el("p", [.cls("lead")], text: s.summary.text(l)),
            H.el("h2", [], text: t.serviceChannels),
            H.el("ul", [], s.channels.map { H.el("li", [], text: t.channel($0)) }),
            H.el("p", [], text: s.needsAppointment ? t.needsAppointment : t.noAppointment),
        ]
        if s.needsAppointment { main.append(H.el("p", [], [H.link(Book.path(l, s.slug), t.booking.bookLink)])) }
        if s.needsIdentityDocument { main.append(H.el("p", [], text: t.needsIdentityDocument)) }
        main.append(H.el("p", [], text: t.deskTime(s.deskMinutes)))
        main.append(H.el("h2", [.id("fees")], text: t.feesTitle))
        let fees = s.fees(on: m.today)
        if fees.isEmpty {
            main.append(H.el("p", [], text: t.noFeesPublished))
        } else {
            main.append(H.el("table", [.aria("labelledby", "fees"), .cls("stack-on-phone")], [
                H.el("thead", [], [H.el("tr", [], [
                    H.el("th", [Attr("scope", "col")], text: t.feeCategoryHeader),
                    H.el("th", [Attr("scope", "col")], text: t.feeTermHeader),
                    H.el("th", [Attr("scope", "col")], text: t.feeAmountHeader),
                    H.el("th", [Attr("scope", "col")], text: t.feeAccountHeader),
                ])]),
                H.el("tbody", [], fees.map { fee in
                    let term = fee.term.map(t.term) ?? t.noTerm
                    return H.el("tr", [], [
                        H.el("td", [Attr("data-label", t.feeCategoryHeader)], text: t.feeCategory(fee.category)),
                        H.el("td", [Attr("data-label", t.feeTermHeader)],
                             text: fee.expedited ? "\(term) (\(t.expeditedMark))" : term),
                        H.el("td", [.cls("amount"), Attr("data-label", t.feeAmountHeader)],
                             text: fee.amount?.formatted(l) ?? t.feeUnconfirmed),
                        H.el("td", [Attr("data-label", t.feeAccountHeader)], text: m.accounts[fee.account]?.iban ?? ""),
                    ])
                }),
            ]))
            // Announced changes, so that a client applying after the date is not surprised (FACTS.md §5).
            for (day, changes) in Dictionary(grouping: s.upcomingFees(after: m.today), by: { $0.validFrom ?? m.today })
                .sorted(by: { $0.key < $1.key }) {
                main.append(H.el("p", [.cls("notice")], text: t.feeFrom(t.date(day)) + " " + changes.map { fee in
                    "\(t.feeCategory(fee.category)), \(fee.term.map(t.term) ?? t.noTerm)\(fee.expedited ? " (\(t.expeditedMark))" : "") — "
                        + (fee.amount?.formatted(l) ?? t.feeUnconfirmed)
                }.joined(separator: "; ")))
            }
            if s.hasExpeditedTerm { main.append(H.el("p", [.cls("notice")], text: t.expeditedPaidByCard)) }
            let used = Array(Set(fees.map(\.account))).sorted { $0.rawValue < $1.rawValue }.compactMap { m.accounts[$0] }
            main.append(H.el("h2", [], text: t.howToPayTitle))
            main.append(H.el("p", [], text: t.payByCardOrTransfer))
            for account in used {
                main.append(H.el("dl", [.cls("account")], [
                    H.el("dt", [], text: t.payeeLabel), H.el("dd", [], text: account.payee),
                    H.el("dt", [], text: t.payeeRegistrationLabel), H.el("dd", [], text: account.payeeRegistrationNumber),
                    H.el("dt", [], text: "IBAN"), H.el("dd", [], text: "\(account.iban) (\(account.name.text(l)))"),
                    H.el("dt", [], text: t.bicLabel), H.el("dd", [], text: account.bic),
                ]))
            }
            main.append(H.el("p", [], text: t.paymentPurposeText))
            main.append(H.el("p", [], text: t.paymentCreditedRule))
        }
        return Layout.render(.init(title: s.name.text(l), route: .service(s.slug), language: l), t, main: main)
    }
}
