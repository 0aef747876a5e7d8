import Foundation

/// The estimated wait shown at the kiosk and in the public queue (issue 5): the desk time of
/// everyone waiting for the service, shared among its desks, rounded up to a minute.
public enum WaitEstimate {
    public static func minutes(waiting: Int, deskMinutes: Int, desks: Int) -> Int {
        guard desks > 0 else { return 0 }
        return Int((Double(waiting * deskMinutes) / Double(desks)).rounded(.up))
    }
}
