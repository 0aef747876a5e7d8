import Domain

/// What a refused correction says (S-MAIL-FIX), on the mailbox page and in the API.
enum CorrectionWording {
    static func detail(_ issue: MessageCorrection.Issue, _ l: Language) -> String {
        let lv = l == .lv
        switch issue {
        case .required: return Said.required(lv)
        case .tooLong: return Said.tooLong(lv, maximum: MessageCorrection.limit)
        case .controlCharacter: return Said.controlCharacter(lv)
        case .notSent:
            return lv ? "Labot var tikai nosūtītu ziņu; vēl nenosūtītu ziņu labojiet, to atsaucot."
                      : "Only a sent message can be corrected; one not yet sent is withdrawn instead."
        case .unchanged: return lv ? "Pareizais teksts neatšķiras no kļūdainā." : "What is right is the same as what was wrong."
        }
    }
}
