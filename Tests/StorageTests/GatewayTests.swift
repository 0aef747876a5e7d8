import Domain
import Fluent
import Foundation
import Synchronization
import Testing
import TestSupport
@testable import Storage
@testable import UseCases

/// Issue 14: the local e-address/portal gateway — a watched directory. Deliveries become signed
/// cases once; one the intake refuses, or one that reaches outside its directory, is set aside
/// with its reason and leaves nothing behind.
@Suite("The local gateway (e-address and portal)")
struct GatewayTests {
    static func deliver(_ root: URL, id: String, envelope: String, files: [String: [UInt8]] = [:]) throws {
        let staging = root.appendingPathComponent(".staging-\(id)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data(envelope.utf8).write(to: staging.appendingPathComponent("envelope.json"))
        for (name, bytes) in files { try Data(bytes).write(to: staging.appendingPathComponent(name)) }
        let incoming = root.appendingPathComponent("incoming")
        try FileManager.default.createDirectory(at: incoming, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: staging, to: incoming.appendingPathComponent(id))
    }

    @Test(arguments: TestDatabase.all)
    func deliveriesBecomeSignedCasesOnceAndBadOnesAreSetAside(kind: TestDatabase) async throws {
        try await withSeededDatabase(kind) { instance in
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("gateway-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: root) }
            try Self.deliver(root, id: "EA-1", envelope: """
                {"id":"EA-1","channel":"e-address","officeId":"ogre","language":"en",
                 "sender":{"name":"Anna","surname":"Bērziņa","personalCode":"161175-19997","email":"anna@example.lv"},
                 "subject":"Residence permit","text":"Please extend my permit.","attachments":[{"file":"permit.pdf","mediaType":"application/pdf"}]}
                """, files: ["permit.pdf": Array("%PDF-1.7".utf8)])
            try Self.deliver(root, id: "PT-2", envelope: """
                {"id":"PT-2","channel":"portal","sender":{"name":"Jānis","surname":"Ozols"},"subject":"Deklarācija","text":" "}
                """)
            try Self.deliver(root, id: "EA-3", envelope: """
                {"id":"EA-3","channel":"e-address","sender":{"name":"X","surname":"Y"},"subject":"a","text":"b",
                 "attachments":[{"file":"../../etc/passwd"}]}
                """)
            let files = FakeFileStore()
            let stores = FluentStores(db: instance.db)
            func receive() async throws -> ReceiveFromGateway.Report {
                try await ReceiveFromGateway(gateway: DirectoryGateway(root: root),
                                             register: RegisterSubmission(cases: stores.cases, files: files, reference: stores.reference,
                                                                          now: CaseStoreTests.now))()
            }
            let first = try await receive()
            #expect(first.registered.count == 1 && first.rejected == 1)
            let row = try #require(try await CaseModel.query(on: instance.db).first())
            #expect(row.channel == "e-address" && row.trust == "signed" && row.officeSlug == "ogre" && row.language == "en")
            #expect(row.messageID == "gateway:e-address:EA-1" && files.files.withLock { $0.count } == 1)
            let processed = try String(contentsOf: root.appendingPathComponent("processed/EA-1/reference.txt"), encoding: .utf8)
            #expect(processed.hasPrefix(row.reference))
            let rejected = Set(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("rejected").path))
            #expect(rejected == ["PT-2", "EA-3"])
            #expect(try String(contentsOf: root.appendingPathComponent("rejected/PT-2/reason.txt"), encoding: .utf8).contains("text"))

            // The same delivery again (a gateway's retry) is the same case.
            try Self.deliver(root, id: "EA-1", envelope: """
                {"id":"EA-1","channel":"e-address","officeId":"ogre","sender":{"name":"Anna","surname":"Bērziņa"},"subject":"Residence permit","text":"Please extend my permit."}
                """)
            let again = try await receive()
            #expect(again.registered == [row.reference])
            #expect(try await CaseModel.query(on: instance.db).count() == 1)
            #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("incoming").path).isEmpty)
        }
    }
}
