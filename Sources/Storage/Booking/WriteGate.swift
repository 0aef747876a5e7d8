/// Serialises write transactions in this process. SQLite has one writer; two concurrent
/// transactions that both upgrade to writing can fail with SQLITE_BUSY instead of waiting, so
/// on SQLite (one instance by design) booking writes queue here. PostgreSQL does not need it.
actor WriteGate {
    static let shared = WriteGate()

    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if !busy {
            busy = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty { busy = false } else { waiters.removeFirst().resume() }
    }

    static func run<T: Sendable>(if needed: Bool, _ body: () async throws -> T) async throws -> T {
        guard needed else { return try await body() }
        await shared.acquire()
        do {
            let result = try await body()
            await shared.release()
            return result
        } catch {
            await shared.release()
            throw error
        }
    }
}
