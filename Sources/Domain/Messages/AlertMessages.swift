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
}
