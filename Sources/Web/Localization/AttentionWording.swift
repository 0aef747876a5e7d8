import Domain

/// The administrator's "needs attention" list in words (issue 16, item 8; AdminAttention).
struct AttentionWording: Sendable {
    let title: String
    let nothing: String
    let field: @Sendable (Office.Field) -> String
    let officeUnverified: @Sendable (_ office: String, _ fields: String) -> String
    let feeUnconfirmed: @Sendable (_ service: String) -> String
    let withoutSecondFactor: @Sendable (Int) -> String
    let signatureIncomplete: @Sendable (Int) -> String

    static func of(_ l: Language) -> AttentionWording { l == .lv ? .lv : .en }

    static let lv = AttentionWording(
        title: "Jāpārbauda",
        nothing: "Šobrīd nekas nav jāpārbauda.",
        field: { f in
            switch f {
            case .address: return "adrese"
            case .hours: return "darba laiks"
            case .desks: return "darba vietas"
            }
        },
        officeUnverified: { "\($0): nav apstiprināts — \($1)" },
        feeUnconfirmed: { "\($0): maksa bez apstiprinātas summas" },
        withoutSecondFactor: { "\($0) \(LatvianPlural.form($0, one: "darbiniekam", many: "darbiniekiem")) nav otrā faktora (autentifikatora)" },
        signatureIncomplete: { "\($0) \(LatvianPlural.form($0, one: "darbiniekam", many: "darbiniekiem")), kas raksta klientiem, nav pilna paraksta (struktūrvienība, amats, tālrunis)" })

    static let en = AttentionWording(
        title: "Needs attention",
        nothing: "Nothing needs attention at the moment.",
        field: { f in
            switch f {
            case .address: return "address"
            case .hours: return "hours"
            case .desks: return "desks"
            }
        },
        officeUnverified: { "\($0): not confirmed — \($1)" },
        feeUnconfirmed: { "\($0): a fee without a confirmed amount" },
        withoutSecondFactor: { "\($0) \(EnglishPlural.form($0, one: "member", many: "members")) of staff without a second factor (authenticator)" },
        signatureIncomplete: { "\($0) \(EnglishPlural.form($0, one: "member", many: "members")) of staff who write to clients without a complete signature (unit, position, phone)" })
}
