import Domain

/// "Your data" in words (issue 16, item 7): the codes of the Art. 15 document — a reading's
/// purpose, a change, the record's language — as a person reads them, in one language per page.
/// The JSON download keeps the codes.
struct MyDataWording: Sendable {
    let purposes: [String: String]
    let changes: [String: String]
    let languageName: @Sendable (String) -> String
    let bookingsTitle: String
    let visitsTitle: String
    let code: String
    let visitNumber: String
    let retention: @Sendable (_ clientDays: Int, _ logDays: Int) -> String
    let byClient: String
    let byStaff: String

    static func of(_ l: Language) -> MyDataWording { l == .lv ? .lv : .en }

    static let lv = MyDataWording(
        purposes: ["serving at the counter": "apkalpošana lodziņā", "day's appointments": "dienas pierakstu saraksts",
                   "client record": "klienta ieraksta apskate", "case work": "iesnieguma izskatīšana",
                   "message sent to the client": "jums nosūtītās ziņas apskate",
                   "correction of a message sent to the client": "jums nosūtītās ziņas labošana",
                   "Art. 15 export": "jūsu datu izsniegšana pēc pieprasījuma"],
        changes: ["create": "ieraksts izveidots", "update": "ieraksts labots", "anonymise": "dati anonimizēti"],
        languageName: { $0 == "en" ? "angļu" : "latviešu" },
        bookingsTitle: "Jūsu pieraksti",
        visitsTitle: "Jūsu apmeklējumi",
        code: "Kods",
        visitNumber: "Numurs",
        retention: { c, a in
            "Jūsu ierakstu glabājam \(c) \(LatvianPlural.form(c, one: "dienu", many: "dienas")) pēc pēdējās saziņas, "
                + "ierakstus par tā apskati — \(a) \(LatvianPlural.form(a, one: "dienu", many: "dienas")); pēc tam dati tiek anonimizēti."
        },
        byClient: "jūs", byStaff: "darbinieks")

    static let en = MyDataWording(
        purposes: ["serving at the counter": "serving you at the counter", "day's appointments": "the day's list of appointments",
                   "client record": "looking at your record", "case work": "handling your submission",
                   "message sent to the client": "looking at a message sent to you",
                   "correction of a message sent to the client": "correcting a message sent to you",
                   "Art. 15 export": "giving you your data on request"],
        changes: ["create": "record created", "update": "record corrected", "anonymise": "data anonymised"],
        languageName: { $0 == "en" ? "English" : "Latvian" },
        bookingsTitle: "Your bookings",
        visitsTitle: "Your visits",
        code: "Code",
        visitNumber: "Number",
        retention: { c, a in
            "We keep your record for \(c) \(EnglishPlural.form(c, one: "day", many: "days")) after our last contact, "
                + "and the record of who looked at it for \(a) \(EnglishPlural.form(a, one: "day", many: "days")); then the data are anonymised."
        },
        byClient: "you", byStaff: "staff")
}
