import Domain
import Foundation

/// The waiting-room display (issue 5): the latest calls as queue number → counter, large type,
/// high contrast; live through server-sent events (a small script), and every 10 s a reload
/// without JavaScript.
enum CallDisplay {
    static func path(_ l: Language, office: String) -> String { (l == .lv ? "/displejs/" : "/en/display/") + office }

    struct Model: Sendable {
        let language: Language
        let office: Office
        /// Newest first.
        let calls: [QueueEntry]
        /// `?chime=1`: a short two-tone chime with each call, on from the start (a display browser
        /// that allows sound without a click); otherwise a button turns it on.
        let chime: Bool
    }
}
