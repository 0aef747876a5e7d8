import Domain

/// Every public page, with its path in each language: Latvian at `/`, English under `/en/`.
enum PageRoute: Sendable, Equatable {
    case home
    /// Booking's first step (I-BOOK): in the menu and the home page's call to action.
    case book
    case services
    case service(String)
    case offices
    case office(String)
    case accessibility
    case privacy
    /// The public submission form (issue 14) and its confirmation.
    case submission
    case submissionSent

    func path(_ language: Language) -> String {
        switch (self, language) {
        case (.home, .lv): return "/"
        case (.home, .en): return "/en/"
        case (.book, .lv): return "/pierakstities"
        case (.book, .en): return "/en/book"
        case (.services, .lv): return "/pakalpojumi"
        case (.services, .en): return "/en/services"
        case (.service(let slug), .lv): return "/pakalpojumi/\(slug)"
        case (.service(let slug), .en): return "/en/services/\(slug)"
        case (.offices, .lv): return "/nodalas"
        case (.offices, .en): return "/en/offices"
        case (.office(let slug), .lv): return "/nodalas/\(slug)"
        case (.office(let slug), .en): return "/en/offices/\(slug)"
        case (.accessibility, .lv): return "/pieklustamiba"
        case (.accessibility, .en): return "/en/accessibility"
        case (.privacy, .lv): return "/privatums"
        case (.privacy, .en): return "/en/privacy"
        case (.submission, .lv): return "/iesniegums"
        case (.submission, .en): return "/en/submission"
        case (.submissionSent, .lv): return "/iesniegums/nosutits"
        case (.submissionSent, .en): return "/en/submission/sent"
        }
    }
}
