import Domain
import Foundation
import Synchronization

/// Cases in memory, keeping the real store's rules: one case per Message-ID, a save only from the
/// version it was read at, every staff read in `reads`.
public final class FakeCaseStore: CaseStore {
    public struct State: Sendable {
        public var cases: [UUID: SubmissionCase] = [:]
        public var events: [UUID: [CaseEvent]] = [:]
        public var letters: [UUID: [CaseLetter]] = [:]
        public var attachments: [UUID: [CaseAttachment]] = [:]
        public var reads: [(UUID, ClientReader)] = []
    }

    public let state = Mutex(State())
    public init() {}

    public func register(_ c: SubmissionCase, event: CaseEvent, attachments: [CaseAttachment], letters: [CaseLetter]) async throws {
        try state.withLock { s in
            if let id = c.messageID, let existing = s.cases.values.first(where: { $0.messageID == id }) {
                throw CaseFailure.duplicateMessage(existing: existing)
            }
            s.cases[c.id] = c
            s.events[c.id] = [event]
            s.attachments[c.id] = attachments
            s.letters[c.id] = letters
        }
    }

    public func open(id: UUID, by reader: ClientReader, now: Date) async throws -> CaseFile? {
        state.withLock { s in
            guard let c = s.cases[id] else { return nil }
            s.reads.append((id, reader))
            return CaseFile(case: c, events: s.events[id] ?? [], letters: s.letters[id] ?? [], attachments: s.attachments[id] ?? [])
        }
    }

    public func find(id: UUID) async throws -> SubmissionCase? { state.withLock { $0.cases[id] } }

    public func find(messageID: String) async throws -> SubmissionCase? {
        state.withLock { $0.cases.values.first { $0.messageID == messageID } }
    }

    public func list(_ f: CaseFilter) async throws -> [SubmissionCase] {
        state.withLock { s in
            s.cases.values.filter { c in
                (f.status.map { c.status == $0 } ?? true) && (f.office.map { c.officeSlug == $0 } ?? true)
                    && (f.offices.map { $0.contains(c.officeSlug) } ?? true)
                    && (f.dueOnOrBefore.map { c.dueDate <= $0 } ?? true) && (f.dueOnOrAfter.map { c.dueDate >= $0 } ?? true)
                    && (f.assignedTo.map { c.assignedTo == $0 } ?? true)
            }
            .sorted { ($0.dueDate, $0.receivedAt) < ($1.dueDate, $1.receivedAt) }
        }
    }

    public func save(_ c: SubmissionCase, event: CaseEvent, letters: [CaseLetter]) async throws {
        try state.withLock { s in
            guard let stored = s.cases[c.id], stored.version == c.version else { throw CaseFailure.changedMeanwhile }
            var next = c
            next.version += 1
            s.cases[c.id] = next
            s.events[c.id, default: []].append(event)
            s.letters[c.id, default: []] += letters
        }
    }

    public func append(_ event: CaseEvent, to caseID: UUID) async throws {
        state.withLock { $0.events[caseID, default: []].append(event) }
    }

    public func attachment(id: UUID, caseID: UUID) async throws -> CaseAttachment? {
        state.withLock { $0.attachments[caseID]?.first { $0.id == id } }
    }
}

/// Files in memory; `failPuts` makes the n-th and later puts fail, as a full disk would.
public final class FakeFileStore: FileStore {
    public let files = Mutex<[String: [UInt8]]>([:])
    public let failAfter = Mutex<Int?>(nil)
    public init() {}

    public func put(_ data: [UInt8], key: String) async throws {
        try files.withLock { f in
            if let limit = failAfter.withLock({ $0 }), f.count >= limit { throw CocoaError(.fileWriteOutOfSpace) }
            f[key] = data
        }
    }

    public func get(key: String) async throws -> [UInt8]? { files.withLock { $0[key] } }
    public func delete(key: String) async throws { _ = files.withLock { $0.removeValue(forKey: key) } }
}
