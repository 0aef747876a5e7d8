import Foundation

/// The emergency button's message to an office's supervisors (issue 5), in both languages, since
/// it must be read at once by whoever is on duty.
public enum AlertMessages {
    public static func emergency(staffName: String, unit: String?, office: Office, counter: String,
                                 at: Date) -> (subject: String, body: String) {
        let who = "\(staffName)\(unit.map { " (\($0))" } ?? "")"
        return ("TRAUKSME / ALERT: \(office.name.lv), lodziņš \(counter)",
                "\(who) nospieda trauksmes pogu: \(office.name.lv), lodziņš \(counter), \(RigaTime.rfc3339(at)).\n"
                    + "\(who) pressed the emergency button: \(office.name.en ?? office.name.lv), counter \(counter).")
    }

    /// The same alert as an SMS (issue 13, defect 5): who, where and when, in one or two segments.
    public static func emergencySMS(staffName: String, office: Office, counter: String, at: Date) -> String {
        "TRAUKSME: \(staffName), \(office.name.lv), lodziņš \(counter), plkst. \(RigaTime.time(of: at))"
    }
}
