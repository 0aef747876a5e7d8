import Foundation

/// The fields a member of staff signs letters with (S-MAIL-FORM), as typed on their profile: a
/// unit, a position and a phone — each given, at most 100 characters, no control characters, and
/// the phone a number a client can dial (8–15 digits, with spaces, `+`, `-` or brackets).
public enum SignatureProfile {
    public enum Issue: Sendable, Equatable { case required, tooLong(maximum: Int), controlCharacter, notAPhone }

    public static let maximumLength = 100

    public struct Fields: Sendable, Equatable {
        public let unit: String
        public let position: String
        public let phone: String
    }

    public static func check(unit: String?, position: String?, phone: String?) -> Result<Fields, Refusal> {
        var problems: [FieldProblem<Issue>] = []
        func checked(_ name: String, _ value: String?) -> String {
            let t = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if t.isEmpty { problems.append(.init(name, .required)) }
            else if t.count > maximumLength { problems.append(.init(name, .tooLong(maximum: maximumLength))) }
            else if ControlCharacters.found(in: t) { problems.append(.init(name, .controlCharacter)) }
            return t
        }
        let u = checked("unit", unit), p = checked("position", position), ph = checked("phone", phone)
        let digits = ph.filter(\.isASCII).filter(\.isNumber).count
        if !ph.isEmpty, !problems.contains(where: { $0.name == "phone" }),
           !(8...15).contains(digits) || !ph.allSatisfy({ $0.isASCII && ($0.isNumber || " +-()".contains($0)) }) {
            problems.append(.init("phone", .notAPhone))
        }
        return problems.isEmpty ? .success(Fields(unit: u, position: p, phone: ph)) : .failure(Refusal(fields: problems))
    }

    public struct Refusal: Error, Sendable, Equatable {
        public let fields: [FieldProblem<Issue>]
    }
}
