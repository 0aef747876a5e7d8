import Domain
import Foundation
import Storage
import Testing
import VaporTesting
@testable import Web
#if canImport(Glibc)
import Glibc
import TestSupport
#endif

/// Reads a server-sent event stream over a plain socket until `marker` appears or time runs out.
final class EventStreamReader: @unchecked Sendable {
    let fd: Int32
    private(set) var text = ""

    init(port: Int, path: String) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        let ok = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard ok == 0 else { throw POSIXError(.ECONNREFUSED) }
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
        _ = request.withCString { send(fd, $0, strlen($0), 0) }
    }

    /// Waits (polling the socket) until `marker` has been read; true if it was.
    func waitFor(_ marker: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            if text.contains(marker) { return true }
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            if poll(&p, 1, 100) > 0 {
                let n = recv(fd, &buffer, buffer.count, 0)
                if n <= 0 { return text.contains(marker) }
                text += String(decoding: buffer[0..<n], as: UTF8.self)
            }
        }
        return text.contains(marker)
    }

    deinit { close(fd) }
}

@Suite("Call display: the page, live events, and calls travelling between instances")
struct CallDisplayTests {
    @Test func theDisplayShowsNumbersAndCountersAndStreamsCallsLive() async throws {
        try await withTestApp(.sqlite) { app in
            let kiosk = try await kioskToken(app, office: "ogre")
            _ = try await post(app, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"passport"}"#, headers: bearer(kiosk))
            _ = try await post(app, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"passport"}"#, headers: bearer(kiosk))
            let (_, token) = try await staffToken(app, roles: [.clerk], offices: ["ogre"])
            _ = try await post(app, "/api/v1/offices/ogre/queue/call-next", json: #"{"counter":"2","serviceIds":["passport"]}"#,
                               headers: bearer(token))
            let page = try await get(app, "/displejs/ogre")
            #expect(page.status == .ok)
            #expect(page.text.contains("<td class=\"number\">A001</td><td class=\"counter\">2</td>"))
            #expect(page.text.contains("src=\"/display.js\""))
            #expect(page.text.contains("http-equiv=\"refresh\""))           // inside <noscript>
            #expect(page.text.contains("lang=\"lv\"") && page.text.contains("<h1>"))
            #expect(try await get(app, "/display.js").text.contains("EventSource"))

            // A display connected over a real socket sees the next call as it happens.
            let port = freePort()
            try await app.server.start(address: .hostname("127.0.0.1", port: port))
            let reader = try EventStreamReader(port: port, path: "/en/display/ogre/events")
            #expect(reader.waitFor(": connected", seconds: 5))
            #expect(reader.text.contains("text/event-stream"))
            _ = try await post(app, "/api/v1/offices/ogre/queue/call-next", json: #"{"counter":"5","serviceIds":["passport"]}"#,
                               headers: bearer(token))
            #expect(reader.waitFor(#""number":"A002""#, seconds: 5), "\(reader.text)")
            #expect(reader.text.contains("event: call"))
            #expect(reader.text.contains(#""counter":"5""#))
            #expect(!reader.text.contains("Ozols"))
            app.appServices.displayHub.finishAll()
            #expect(reader.waitFor("0\r\n\r\n", seconds: 5))          // the stream ends cleanly
            await app.server.shutdown()
        }
    }

    /// PostgreSQL only (skipped without `DATABASE_URL`): SQLite is one instance.
    @Test(.enabled(if: TestDB.postgresURL != nil))
    func aCallOnOneInstanceReachesADisplayOnAnother() async throws {
        let url = try #require(TestDB.postgresURL)
        let schema = "d_" + String(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20))
        try await DatabaseSetup.createSchema(schema, url: url, create: true)
        defer { Task { try? await DatabaseSetup.createSchema(schema, url: url, create: false) } }
        try await withTestApp(.postgres, location: .postgres(url: url, schema: schema)) { a in
            try await withTestApp(.postgres, migrate: false, location: .postgres(url: url, schema: schema)) { b in
                try await a.asyncBoot()
                try await b.asyncBoot()
                for _ in 0..<100 where !(a.appServices.displayListening.isSet && b.appServices.displayListening.isSet) {
                    try await Task.sleep(for: .milliseconds(50))
                }
                #expect(b.appServices.displayListening.isSet)
                let (_, displayB) = b.appServices.displayHub.subscribe(office: "ogre")
                let (_, displayA) = a.appServices.displayHub.subscribe(office: "ogre")
                let kiosk = try await kioskToken(a, office: "ogre")
                _ = try await post(a, "/api/v1/offices/ogre/tickets", json: #"{"serviceId":"passport"}"#, headers: bearer(kiosk))
                let (_, token) = try await staffToken(a, roles: [.clerk], offices: ["ogre"])
                let call = try await post(a, "/api/v1/offices/ogre/queue/call-next",
                                          json: #"{"counter":"7","serviceIds":["passport"]}"#, headers: bearer(token))
                #expect(call.status == .ok)
                func next(_ s: AsyncStream<DisplayHub.Message>) async -> DisplayEvent? {
                    await withTaskGroup(of: DisplayEvent?.self) { group in
                        group.addTask {
                            for await m in s { if case .event(let e) = m { return e } }
                            return nil
                        }
                        group.addTask { try? await Task.sleep(for: .seconds(5)); return nil }
                        let first = await group.next() ?? nil
                        group.cancelAll()
                        return first
                    }
                }
                let onB = await next(displayB)
                #expect(onB?.number == "A001" && onB?.counter == "7" && onB?.kind == .call)
                let onA = await next(displayA)                    // once, through the same path
                #expect(onA?.number == "A001")
            }
        }
    }
}
