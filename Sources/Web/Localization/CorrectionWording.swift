import Domain

/// What a refused correction says (S-MAIL-FIX), on the mailbox page and in the API.
enum CorrectionWording {
    static func detail(_ issue: MessageCorrection.Issue, _ l: Language) -> String {
        let lv = l == .lv
        switch issue {
        case .required: return lv ? "Aizpildiet šo lauku." : "Fill in this field."
        case .tooLong: return lv ? "Ne vairāk kā \(MessageCorrection.limit) rakstzīmes." : "At most \(MessageCorrection.limit) characters."
        case .controlCharacter: return lv ? "Teksts satur neatļautas vadības rakstzīmes." : "The text holds control characters that are not allowed."
        case .notSent:
            return lv ? "Labot var tikai nosūtītu ziņu; vēl nenosūtītu ziņu labojiet, to atsaucot."
                      : "Only a sent message can be corrected; one not yet sent is withdrawn instead."
        case .unchanged: return lv ? "Pareizais teksts neatšķiras no kļūdainā." : "What is right is the same as what was wrong."
        }
    }
}
