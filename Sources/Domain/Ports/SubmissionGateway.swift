import Foundation

/// One submission as the official e-address or the state portal (latvija.gov.lv) hands it over:
/// the sender the gateway authenticated, the text and the files (K-INTAKE, issue 14).
public struct GatewayDelivery: Sendable {
    /// The gateway's own id of the delivery: the same id twice is one submission.
    public let id: String
    public let channel: SubmissionChannel
    /// The division it was addressed to, when the sender chose one.
    public let officeSlug: String?
    public let language: Language
    public let input: SubmissionIntake.Input
    public let attachments: [AttachmentRule.Candidate]

    public init(id: String, channel: SubmissionChannel, officeSlug: String?, language: Language, input: SubmissionIntake.Input,
                attachments: [AttachmentRule.Candidate]) {
        self.id = id
        self.channel = channel
        self.officeSlug = officeSlug
        self.language = language
        self.input = input
        self.attachments = attachments
    }
}

/// The e-address and portal gateways, as intake needs them (issue 14): the real ones cannot be
/// reached from here, so a local implementation (a watched directory) stands behind this port.
public protocol SubmissionGateway: Sendable {
    /// Deliveries waiting, oldest first; one that cannot be read is set aside with its reason.
    func pending(limit: Int) async throws -> [GatewayDelivery]
    /// Registered: the delivery leaves the queue with its case's reference.
    func acknowledge(_ id: String, reference: String) async throws
    /// Refused (a field the intake refused): set aside with the reason, for a person to look at.
    func reject(_ id: String, reason: String) async throws
}
