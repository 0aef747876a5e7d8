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

    /// Kept here, not in the stream handler: `StreamLogHandler` re-renders its metadata text on
    /// every change, and the database driver and the request-id middleware change it for every
    /// query and request — work done even when nothing is logged (issue 17, item 4). It is merged
    /// and redacted only when a line is written.
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata explicit: Logger.Metadata?, source: String, file: String,
             function: String, line: UInt) {
        if level < .info && !Self.ownSources.contains(source) { return }
        var merged = self.metadata
        if let explicit { merged.merge(explicit) { _, new in new } }
        let cleaned = merged.mapValues { Logger.Metadata.Value.string(LogRedaction.redact("\($0)")) }
        if json {
            var fields: [String: String] = [:]
            for (k, v) in cleaned { fields[k] = "\(v)" }
            var line: [String: Any] = ["ts": ISO8601DateFormatter().string(from: Date()), "level": level.rawValue,
                                       "label": label, "source": source, "message": LogRedaction.redact(message.description)]
            if !fields.isEmpty { line["metadata"] = fields }
            if var data = try? JSONSerialization.data(withJSONObject: line, options: [.sortedKeys, .withoutEscapingSlashes]) {
                data.append(0x0A)
                FileHandle.standardOutput.write(data)
            }
            return
        }
        inner.log(level: level, message: "\(LogRedaction.redact(message.description))", metadata: cleaned.isEmpty ? nil : cleaned,
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
