import Domain

/// The slip's text in each language (the client may read either).
enum PassSlipText {
    static func lv(office: String, lastDay: LocalDate) -> String {
        "Atvainojiet, šodien jūs apkalpot nepaspējām. Ar šo karti līdz \(lastDay) varat pierakstīties uz \(office) ar "
            + "prioritāti — arī uz dienām, kas citiem vēl nav atvērtas. Karte derīga vienam pierakstam."
    }

    static func en(office: String, lastDay: LocalDate) -> String {
        "We are sorry we could not serve you today. Until \(lastDay) this pass lets you book at \(office) with priority — "
            + "including days not yet open to others. It is good for one booking."
    }
}
