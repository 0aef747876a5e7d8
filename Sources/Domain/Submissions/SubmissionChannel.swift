/// How a written submission reached PMLP (K-INTAKE).
public enum SubmissionChannel: String, Sendable, Codable, CaseIterable {
    case inPerson = "in-person"
    case oral
    case post
    case email
    case eAddress = "e-address"
    case portal
    case webForm = "web-form"
}
