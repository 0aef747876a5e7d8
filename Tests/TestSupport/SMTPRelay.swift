import Foundation

/// A real SMTP relay for the delivery tests (issue 15): `Tests/smtp/relay.py`, aiosmtpd from
/// PyPI. `.ci/run` installs it and sets `APKALPE_REQUIRE_SMTP=1`, so there the tests fail rather
/// than skip when it cannot start; on a machine without aiosmtpd the README's `swift test` skips
/// them (and says so in the suite's name).
public final class SMTPRelay: @unchecked Sendable {
    public let port: Int
    public let directory: URL
    private let process: Process
    private let input: Pipe

    /// `APKALPE_TEST_PYTHON`, or python3 on the path.
    static var python: String { ProcessInfo.processInfo.environment["APKALPE_TEST_PYTHON"] ?? "/usr/bin/env" }
    static var pythonArguments: [String] { ProcessInfo.processInfo.environment["APKALPE_TEST_PYTHON"] == nil ? ["python3"] : [] }

    public static let required = ProcessInfo.processInfo.environment["APKALPE_REQUIRE_SMTP"] == "1"

    /// Whether aiosmtpd can be imported here.
    public static let available: Bool = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = pythonArguments + ["-c", "import aiosmtpd"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }()

    public static var enabled: Bool { available || required }

    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    /// Starts a relay; `auth` is `user:password`, `tls` offers STARTTLS (and requires it for AUTH).
    public init(auth: String? = nil, tls: Bool = false) throws {
        directory = URL(fileURLWithPath: try TestRunDirectory.shared.path).appendingPathComponent("relay-\(UUID().uuidString)")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("smtp/relay.py").path
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = Self.pythonArguments + [script, "--dir", directory.path] + (auth.map { ["--auth", $0] } ?? []) + (tls ? ["--tls"] : [])
        input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(20)
        while !text.contains("\n") && Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let line = text.split(separator: "\n").first, line.hasPrefix("PORT "), let port = Int(line.dropFirst(5)) else {
            process.terminate()
            throw Problem(description: "the SMTP relay did not start (is aiosmtpd installed?): \(text)")
        }
        self.port = port
    }

    /// The messages accepted so far, oldest first: the bytes as received and the envelope.
    public func messages() throws -> [(data: Data, envelope: [String: Any])] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return try names.filter { $0.hasSuffix(".eml") }.sorted().map { name in
            let base = directory.appendingPathComponent(String(name.dropLast(4)))
            let data = try Data(contentsOf: base.appendingPathExtension("eml"))
            let envelope = (try JSONSerialization.jsonObject(with: Data(contentsOf: base.appendingPathExtension("json")))) as? [String: Any] ?? [:]
            return (data, envelope)
        }
    }

    public func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}
