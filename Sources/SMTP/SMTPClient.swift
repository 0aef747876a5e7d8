import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL

/// A reply of the relay: its code and its text lines (RFC 5321 §4.2).
public struct SMTPReply: Sendable, Equatable, CustomStringConvertible {
    public let code: Int
    public let lines: [String]
    public var description: String { "\(code) " + lines.joined(separator: " ") }
}

/// Why a delivery did not happen, and whether trying again can help.
public enum SMTPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The relay could not be reached (refused, unreachable, no address): try again later.
    case connect(String)
    case timedOut
    /// The relay closed the connection before the message was accepted.
    case closed
    case malformedReply
    case tls(String)
    /// The relay said no at `stage`: 4xx is temporary, 5xx permanent.
    case rejected(stage: String, reply: SMTPReply)
    /// What the message or the configuration needs, the relay does not offer (STARTTLS,
    /// SMTPUTF8, an AUTH mechanism) — trying again will not help.
    case unsupported(String)

    public var isPermanent: Bool {
        switch self {
        case .rejected(_, let reply): return reply.code >= 500
        case .unsupported: return true
        default: return false
        }
    }

    public var description: String {
        switch self {
        case .connect(let why): return "Could not connect: \(why)"
        case .timedOut: return "The relay did not answer in time"
        case .closed: return "The relay closed the connection"
        case .malformedReply: return "The relay's reply was not SMTP"
        case .tls(let why): return "TLS failed: \(why)"
        case .rejected(let stage, let reply): return "\(stage): \(reply)"
        case .unsupported(let what): return what
        }
    }
}

/// A small SMTP client on SwiftNIO (issue 15, item 3: the package mirror has no maintained Swift
/// SMTP client): EHLO, STARTTLS or implicit TLS (swift-nio-ssl), AUTH PLAIN or LOGIN, SMTPUTF8
/// when an address needs it, dot-stuffing. One connection a message; no pipelining.
public struct SMTPClient: Sendable {
    public let configuration: SMTPConfiguration
    let group: any EventLoopGroup
    /// Made once per client, not per message: it reads the system's trust store, which cost more
    /// than the whole SMTP conversation (Benchmarks/outbox-delivery).
    let tlsContext: Result<NIOSSLContext, SMTPError>

    public init(configuration: SMTPConfiguration, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.configuration = configuration
        self.group = group
        var tlsConfiguration = TLSConfiguration.makeClientConfiguration()
        if !configuration.verifyCertificates { tlsConfiguration.certificateVerification = .none }
        do { tlsContext = .success(try NIOSSLContext(configuration: tlsConfiguration)) } catch { tlsContext = .failure(SMTPError.tls("\(error)")) }
    }

    /// Hands `message` (rendered RFC 5322 bytes) to the relay for `recipients`; returns the
    /// relay's reply to the end of DATA (its text often carries the relay's own id).
    public func send(from: String, to recipients: [String], message: [UInt8], needsSMTPUTF8: Bool = false) async throws -> SMTPReply {
        let c = configuration
        let tls = try tlsContext.get()
        // SNI carries a host name, never an address.
        let serverName: String? = Self.isIPAddress(c.host) ? nil : c.host

        let (replies, continuation) = AsyncThrowingStream<SMTPReply, any Error>.makeStream()
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: group)
                .connectTimeout(.seconds(Int64(min(c.timeout, 30))))
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if c.security == .implicitTLS {
                            try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: tls, serverHostname: serverName))
                        }
                        try channel.pipeline.syncOperations.addHandler(SMTPReplyHandler(continuation))
                    }
                }
                .connect(host: c.host, port: c.port).get()
        } catch {
            continuation.finish()
            throw SMTPError.connect(Self.describe(error))
        }
        // One deadline for the whole delivery: when it passes, the connection is closed under
        // whatever is waiting, and the wait ends as a timeout.
        let timedOut = NIOLockedValueBox(false)
        let deadline = channel.eventLoop.scheduleTask(in: .milliseconds(Int64(c.timeout * 1000))) {
            timedOut.withLockedValue { $0 = true }
            channel.close(promise: nil)
        }
        defer {
            deadline.cancel()
            channel.close(promise: nil)
        }
        let session = Session(channel: channel, replies: replies.makeAsyncIterator())
        do {
            return try await session.deliver(c, tls: tls, serverName: serverName, from: from, to: recipients,
                                             message: message, needsSMTPUTF8: needsSMTPUTF8)
        } catch let error as SMTPError {
            if timedOut.withLockedValue({ $0 }) { throw SMTPError.timedOut }
            throw error
        } catch {
            if timedOut.withLockedValue({ $0 }) { throw SMTPError.timedOut }
            if error is NIOSSLError { throw SMTPError.tls("\(error)") }
            throw SMTPError.connect(Self.describe(error))
        }
    }

    static func isIPAddress(_ host: String) -> Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return host.contains(":") || (parts.count == 4 && parts.allSatisfy { UInt8($0) != nil })
    }

    static func describe(_ error: any Error) -> String {
        if let io = error as? IOError { return io.description }
        return String(describing: error)
    }

    /// RFC 5321 §4.5.2: a line of the message that starts with a full stop gets one more; the
    /// message ends with CRLF before the terminating ".".
    public static func dotStuffed(_ message: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(message.count + message.count / 50 + 2)
        var lineStart = true
        for b in message {
            if lineStart && b == UInt8(ascii: ".") { out.append(b) }
            out.append(b)
            lineStart = b == 10
        }
        if !(out.count >= 2 && out[out.count - 2] == 13 && out[out.count - 1] == 10) { out += [13, 10] }
        return out
    }
}

/// One conversation with the relay, used by one task.
private final class Session {
    let channel: any Channel
    var replies: AsyncThrowingStream<SMTPReply, any Error>.AsyncIterator
    var tlsActive = false

    init(channel: any Channel, replies: AsyncThrowingStream<SMTPReply, any Error>.AsyncIterator) {
        self.channel = channel
        self.replies = replies
    }

    func expect(_ stage: String, _ accepted: ClosedRange<Int>) async throws -> SMTPReply {
        guard let reply = try await replies.next() else { throw SMTPError.closed }
        guard accepted.contains(reply.code) else { throw SMTPError.rejected(stage: stage, reply: reply) }
        return reply
    }

    func write(_ bytes: [UInt8]) async throws {
        try await channel.writeAndFlush(channel.allocator.buffer(bytes: bytes)).get()
    }

    func command(_ line: String, stage: String? = nil, _ accepted: ClosedRange<Int>) async throws -> SMTPReply {
        try await write(Array((line + "\r\n").utf8))
        return try await expect(stage ?? line, accepted)
    }

    func hello(_ name: String) async throws -> Set<String> {
        let reply = try await command("EHLO \(name)", 250...250)
        return Set(reply.lines.dropFirst().map { $0.uppercased() })
    }

    func deliver(_ c: SMTPConfiguration, tls: NIOSSLContext, serverName: String?, from: String, to recipients: [String],
                 message: [UInt8], needsSMTPUTF8: Bool) async throws -> SMTPReply {
        tlsActive = c.security == .implicitTLS
        _ = try await expect("greeting", 220...220)
        var extensions = try await hello(c.clientName)
        if c.security == .startTLS {
            guard extensions.contains("STARTTLS") else { throw SMTPError.unsupported("The relay does not offer STARTTLS") }
            _ = try await command("STARTTLS", 220...220)
            try await channel.eventLoop.submit { [channel] in
                try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: tls, serverHostname: serverName),
                                                               position: .first)
            }.get()
            tlsActive = true
            extensions = try await hello(c.clientName)
        }
        if let user = c.username, let password = c.password {
            // A password never crosses the network in the clear; a relay on this machine is not the network.
            guard tlsActive || c.isLoopback else { throw SMTPError.unsupported("AUTH needs TLS: use smtps:// or starttls=true") }
            let mechanisms = extensions.first { $0.hasPrefix("AUTH ") || $0.hasPrefix("AUTH=") }?
                .dropFirst(5).split(separator: " ").map(String.init) ?? []
            if mechanisms.contains("PLAIN") {
                let token = Data(([0] + Array(user.utf8) + [0] + Array(password.utf8))).base64EncodedString()
                _ = try await command("AUTH PLAIN \(token)", stage: "AUTH PLAIN", 235...235)
            } else if mechanisms.contains("LOGIN") {
                _ = try await command("AUTH LOGIN", 334...334)
                _ = try await command(Data(user.utf8).base64EncodedString(), stage: "AUTH LOGIN user", 334...334)
                _ = try await command(Data(password.utf8).base64EncodedString(), stage: "AUTH LOGIN password", 235...235)
            } else {
                throw SMTPError.unsupported("The relay offers no AUTH mechanism this client has (PLAIN, LOGIN)")
            }
        }
        var mailFrom = "MAIL FROM:<\(from)>"
        if needsSMTPUTF8 {
            guard extensions.contains("SMTPUTF8") else { throw SMTPError.unsupported("An address needs SMTPUTF8, which the relay does not offer") }
            mailFrom += " SMTPUTF8"
        }
        _ = try await command(mailFrom, stage: "MAIL FROM", 250...250)
        for recipient in recipients {
            _ = try await command("RCPT TO:<\(recipient)>", stage: "RCPT TO", 250...251)
        }
        _ = try await command("DATA", 354...354)
        try await write(SMTPClient.dotStuffed(message) + Array(".\r\n".utf8))
        let accepted = try await expect("end of DATA", 250...250)
        _ = try? await command("QUIT", 221...221)
        return accepted
    }
}

/// Turns the relay's bytes into replies, multi-line ones joined (`250-…` … `250 …`).
private final class SMTPReplyHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let continuation: AsyncThrowingStream<SMTPReply, any Error>.Continuation
    private var pending: [UInt8] = []
    private var lines: [String] = []

    init(_ continuation: AsyncThrowingStream<SMTPReply, any Error>.Continuation) {
        self.continuation = continuation
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        pending += buffer.readBytes(length: buffer.readableBytes) ?? []
        while let lf = pending.firstIndex(of: 10) {
            var line = Array(pending[..<lf])
            pending.removeSubrange(...lf)
            if line.last == 13 { line.removeLast() }
            guard line.count >= 3, let code = Int(String(decoding: line.prefix(3), as: UTF8.self)), (200...599).contains(code) else {
                fail(context, SMTPError.malformedReply)
                return
            }
            lines.append(line.count > 4 ? String(decoding: line.dropFirst(4), as: UTF8.self) : "")
            if line.count > 3 && line[3] == UInt8(ascii: "-") {
                if lines.count > 100 { fail(context, SMTPError.malformedReply); return }
            } else {
                continuation.yield(SMTPReply(code: code, lines: lines))
                lines = []
            }
        }
        // A relay that sends a line without end is not one.
        if pending.count > 16 * 1024 { fail(context, SMTPError.malformedReply) }
    }

    private func fail(_ context: ChannelHandlerContext, _ error: SMTPError) {
        continuation.finish(throwing: error)
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        continuation.finish(throwing: SMTPError.closed)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        continuation.finish(throwing: error is NIOSSLError ? SMTPError.tls("\(error)") : error)
        context.close(promise: nil)
    }
}
