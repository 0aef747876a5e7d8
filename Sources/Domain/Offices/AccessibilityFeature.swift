/// What an office offers clients with reduced mobility, sight or hearing (I-ACCESS), as
/// yes/no facts a client can filter on; the office's free text says the rest.
public enum AccessibilityFeature: String, Sendable, Codable, CaseIterable {
    case stepFreeEntrance, lift, parking, hearingLoop
}
