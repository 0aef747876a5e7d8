import Domain

/// One service: fees per term and category, where each is paid, channels, what to bring.
enum ServiceShow {
    struct Model: Sendable {
        let language: Language
        let service: Service
        let accounts: [TreasuryAccount.Code: TreasuryAccount]
        /// The fees shown are those in force today (a fee applies from a date; FACTS.md §5).
        let today: LocalDate
    }
}
