import Domain
import Foundation
import Vapor

/// The waiting-room display of an office (public; numbers and counters only) and its event
/// stream (`text/event-stream`): calls and recalls as they happen, a comment every 15 s to keep
/// proxies from closing the stream, and `resync` when events may have been missed.
struct CallDisplayController: Sendable {
    func register(_ app: Application) {
        for l in Language.allCases {
            let routes = l == .lv ? app.grouped("displejs") : app.grouped("en", "display")
            routes.get(":office") { req in try await page(req, l) }
            routes.get(":office", "events") { req in try await events(req) }
        }
        app.get("display.js") { _ -> Response in
            let r = Response(status: .ok, body: .init(string: CallDisplay.script))
            r.headers.contentType = HTTPMediaType(type: "text", subType: "javascript", parameters: ["charset": "utf-8"])
            r.headers.cacheControl = .init(isPublic: true, maxAge: 3600)
            return r
        }
    }

    private func office(_ req: Request) async throws -> Office {
        guard let o = try await req.stores.reference.office(slug: req.parameters.get("office") ?? "") else {
            throw Abort(.notFound)
        }
        return o
    }

    func page(_ req: Request, _ l: Language) async throws -> Response {
        let office = try await office(req)
        let calls = try await req.stores.queue.recentCalls(officeSlug: office.slug, day: req.today)
        return html(CallDisplay.view(.init(language: l, office: office, calls: calls,
                                           chime: req.query[String.self, at: "chime"] == "1"), .of(l)))
    }

    func events(_ req: Request) async throws -> Response {
        let office = try await office(req)
        let hub = req.services.displayHub
        let response = Response(status: .ok)
        response.headers.contentType = HTTPMediaType(type: "text", subType: "event-stream", parameters: ["charset": "utf-8"])
        response.headers.cacheControl = .init(noCache: true)
        response.headers.replaceOrAdd(name: "X-Accel-Buffering", value: "no")
        let (id, stream) = hub.subscribe(office: office.slug)
        response.body = .init(asyncStream: { writer in
            defer { hub.unsubscribe(office: office.slug, id: id) }
            do {
                try await writer.writeBuffer(ByteBuffer(string: "retry: 3000\n: connected\n\n"))
                for await message in stream {
                    let text: String
                    switch message {
                    case .event(let e): text = "event: \(e.kind.rawValue)\ndata: \(e.json)\n\n"
                    case .resync: text = "event: resync\ndata: {}\n\n"
                    case .ping: text = ": ping\n\n"
                    }
                    try await writer.writeBuffer(ByteBuffer(string: text))
                }
            } catch {
                // The display went away (found out at the latest by the next ping).
                try? await writer.write(.error(error))
                return
            }
            try? await writer.write(.end)
        })
        return response
    }
}

extension Strings {
    var display: DisplayStrings { .of(language) }
}

struct DisplayStrings: Sendable {
    let title: String
    let numberHeader: String
    let counterHeader: String
    let note: String
    let noCalls: String
    let chime: String

    static func of(_ l: Language) -> DisplayStrings { l == .lv ? .lv : .en }

    static let lv = DisplayStrings(title: "Izsaukumi", numberHeader: "Numurs", counterHeader: "Lodziņš",
                                   note: "Kad parādās jūsu numurs, lūdzu, dodieties uz norādīto lodziņu.",
                                   noCalls: "Šodien vēl neviens nav izsaukts.", chime: "Skaņas signāls")
    static let en = DisplayStrings(title: "Calls", numberHeader: "Number", counterHeader: "Counter",
                                   note: "When your number appears, please go to the counter shown.",
                                   noCalls: "Nobody has been called yet today.", chime: "Chime")
}
