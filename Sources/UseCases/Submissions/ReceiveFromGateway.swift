import Domain
import Foundation

/// "Take in what the gateways delivered" (K-INTAKE, issue 14): each e-address or portal delivery
/// becomes a signed submission (the gateway authenticated the sender, K-UNSIGNED), once — the
/// delivery's id is its message id, so a delivery seen twice, or taken by two instances at once,
/// is one case.
public struct ReceiveFromGateway: Sendable {
    let gateway: any SubmissionGateway
    let register: RegisterSubmission

    public init(gateway: any SubmissionGateway, register: RegisterSubmission) {
        self.gateway = gateway
        self.register = register
    }

    public struct Report: Sendable, Equatable {
        public var registered: [String] = []
        public var rejected = 0
    }

    public func callAsFunction(limit: Int = 100) async throws -> Report {
        var report = Report()
        for delivery in try await gateway.pending(limit: limit) {
            var input = delivery.input
            input.channel = delivery.channel == .portal ? .portal : .eAddress
            input.receivedAt = nil
            var envelope = RegisterSubmission.Envelope(actor: "gateway", officeSlug: delivery.officeSlug)
            envelope.language = delivery.language
            envelope.messageID = "gateway:\(input.channel.rawValue):\(delivery.id)"
            envelope.attachments = delivery.attachments
            do {
                let registered = try await register(input, envelope)
                try await gateway.acknowledge(delivery.id, reference: registered.case.reference)
                report.registered.append(registered.case.reference)
            } catch let problem as SubmissionProblem {
                try await gateway.reject(delivery.id, reason: problem.fields.map { "\($0.name): \($0.issue)" }.joined(separator: "; "))
                report.rejected += 1
            }
        }
        return report
    }
}
