import Domain

/// One service: fees per term and category, where each is paid, channels, what to bring.
enum ServiceShow {
    struct Model: Sendable {
        let language: Language
        let service: Service
        let accounts: [TreasuryAccount.Code: TreasuryAccount]
    }
}
