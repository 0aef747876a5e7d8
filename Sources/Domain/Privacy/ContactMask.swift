/// How a list shows a client's contact without disclosing it (S-PRIVACY): enough to tell two
/// messages apart, not enough to reach the person. The full contact is shown only where opening
/// the record is logged (issue 11, item 4).
public enum ContactMask {
    public static func mask(_ contact: String) -> String {
        if let at = contact.firstIndex(of: "@") {
            let local = contact[..<at], domain = contact[contact.index(after: at)...]
            return "\(local.prefix(1))•••@\(domain)"
        }
        let chars = Array(contact)
        guard chars.count > 4 else { return String(repeating: "•", count: chars.count) }
        return String(repeating: "•", count: chars.count - 3) + String(chars.suffix(3))
    }
}
