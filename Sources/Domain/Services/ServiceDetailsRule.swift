import Foundation

/// What a service in the catalogue must be before clients read it (C-INFO, I-CHANNELS): a name,
/// texts within their length, at least one channel, a desk time a slot can be cut from, and fees
/// a treasury account can receive (FACTS.md §5, §6).
public enum ServiceDetailsRule {
    public typealias Refusal = FieldProblem<DetailProblem>

    public enum Limits {
        public static let name = 160
        public static let summary = 1_000
        /// A slot shorter than five minutes is not a visit; a longer one than four hours is a day.
        public static let deskMinutes = 5...240
        /// The highest state fee in the catalogue is far below; anything above is a typing error.
        public static let amountCents = 0...1_000_000
        public static let termCount = 1...365
        public static let fees = 40
    }

    public static func check(_ service: Service) -> [Refusal] {
        var refusals: [Refusal] = []
        if service.name.lv.trimmingCharacters(in: .whitespaces).isEmpty { refusals.append(.init("nameLv", .required)) }
        for (field, text, limit) in [("nameLv", service.name.lv, Limits.name), ("nameEn", service.name.en, Limits.name),
                                     ("summaryLv", service.summary.lv, Limits.summary),
                                     ("summaryEn", service.summary.en, Limits.summary)] as [(String, String?, Int)] {
            if let text, text.count > limit { refusals.append(.init(field, .tooLong)) }
        }
        if service.channels.isEmpty { refusals.append(.init("channels", .required)) }
        if !Limits.deskMinutes.contains(service.deskMinutes) { refusals.append(.init("deskMinutes", .outOfRange)) }
        if service.fees.count > Limits.fees { refusals.append(.init("fees", .outOfRange)) }
        for fee in service.fees {
            if let cents = fee.amount?.cents, !Limits.amountCents.contains(cents) { refusals.append(.init("fees.amount", .outOfRange)) }
            if let count = fee.term?.count, !Limits.termCount.contains(count) { refusals.append(.init("fees.term", .outOfRange)) }
        }
        return refusals
    }
}
