import Domain
import Foundation

extension Strings {
    /// "21.12.2026. 09:40" / "21 Dec 2026 09:40": when something happened, in Riga time.
    func moment(_ instant: Date) -> String {
        "\(date(RigaTime.date(of: instant))) \(RigaTime.time(of: instant))"
    }

    /// "pirmdiena, 21.12.2026. 09:40" / "Monday, 21 Dec 2026 09:40": an appointment's time.
    func appointment(_ instant: Date) -> String {
        let day = RigaTime.date(of: instant)
        return "\(weekday(day.weekday)), \(date(day)) \(RigaTime.time(of: instant))"
    }
}
