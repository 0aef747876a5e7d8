import Domain

/// A person's own view of their data (GDPR Art. 15): the record, which roles and offices looked
/// at it and when, and the changes. Reached through a booking's manage link (issue 4) and later
/// through authenticated identity; the JSON form is the same `PersonalDataExport`.
enum MyData {
    struct Model: Sendable {
        let language: Language
        let export: PersonalData.Document
        /// Where the JSON download is, for the route that shows this page.
        let downloadPath: String?
        /// Names for the codes the document carries (issue 16, item 7: written for a person).
        var offices: [String: LocalizedText] = [:]
        var services: [String: LocalizedText] = [:]
        var retention: RetentionSchedule? = nil
    }
}
