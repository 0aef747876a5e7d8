import Domain
import Foundation
import Logging

/// The application's log handler: framework debug and trace output (which carries query binds,
/// headers and bodies) is dropped, and every line that remains is passed through
/// `LogRedaction`, so neither a personal code nor a secret is written (S-PRIVACY).
struct PrivacyLogHandler: LogHandler {
    static let ownSources: Set<String> = ["Web", "Wiring", "UseCases", "Storage", "Domain", "apkalpe"]

    var inner: StreamLogHandler
    /// `LOG_FORMAT=json`: one JSON object a line (for a log collector) instead of text.
    var json = false
    var label = ""

    var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }

    var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String,
             function: String, line: UInt) {
        if level < .info && !Self.ownSources.contains(source) { return }
        let cleaned = metadata?.mapValues { Logger.Metadata.Value.string(LogRedaction.redact("\($0)")) }
        if json {
            var fields: [String: String] = [:]
            for (k, v) in inner.metadata { fields[k] = LogRedaction.redact("\(v)") }
            for (k, v) in cleaned ?? [:] { fields[k] = "\(v)" }
            var line: [String: Any] = ["ts": ISO8601DateFormatter().string(from: Date()), "level": level.rawValue,
                                       "label": label, "source": source, "message": LogRedaction.redact(message.description)]
            if !fields.isEmpty { line["metadata"] = fields }
            if var data = try? JSONSerialization.data(withJSONObject: line, options: [.sortedKeys, .withoutEscapingSlashes]) {
                data.append(0x0A)
                FileHandle.standardOutput.write(data)
            }
            return
        }
        inner.log(level: level, message: "\(LogRedaction.redact(message.description))", metadata: cleaned,
                  source: source, file: file, function: function, line: line)
    }

    /// Installs the handler: `LOG_LEVEL` (trace…critical) sets the level, `info` by default;
    /// administration commands log to standard error at `warning` and up.
    /// `LOG_FORMAT=json` switches `serve`'s lines to JSON.
    static func bootstrap(level: Logger.Level, toStandardError: Bool, json: Bool = false) {
        LoggingSystem.bootstrap { label in
            var stream = toStandardError ? StreamLogHandler.standardError(label: label)
                                         : StreamLogHandler.standardOutput(label: label)
            stream.logLevel = level
            return PrivacyLogHandler(inner: stream, json: json && !toStandardError, label: label)
        }
    }
}

/// How the executable turns logging on: through `PrivacyLogHandler`, never around it.
public enum AppLogging {
    public static func bootstrap(level: Logger.Level, toStandardError: Bool, json: Bool = false) {
        PrivacyLogHandler.bootstrap(level: level, toStandardError: toStandardError, json: json)
    }
}
