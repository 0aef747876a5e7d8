/// One refused field of a form or an API body: its name there, and why — so that the API can
/// point at it and a page can show the words beside it (issue 12, item 4).
public struct FieldProblem<Issue: Sendable & Equatable>: Sendable, Equatable {
    public let name: String
    public let issue: Issue

    public init(_ name: String, _ issue: Issue) {
        self.name = name
        self.issue = issue
    }
}
