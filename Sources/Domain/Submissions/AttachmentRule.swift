import Crypto
import Foundation

/// What a submission may carry (issue 14, item 1): documents and scans of a known type, each at
/// most 10 MB, at most 10 of them, 25 MB together. Checked before anything is written, so a
/// refused file leaves nothing behind.
public enum AttachmentRule {
    public static let maximumSize = 10 * 1024 * 1024
    public static let maximumCount = 10
    public static let maximumTotal = 25 * 1024 * 1024
    public static let maximumNameLength = 200

    /// Media types accepted, with the extensions a file of that type may have.
    public static let accepted: [String: Set<String>] = [
        "application/pdf": ["pdf"],
        "image/jpeg": ["jpg", "jpeg"],
        "image/png": ["png"],
        "image/tiff": ["tif", "tiff"],
        "text/plain": ["txt"],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
        "application/vnd.oasis.opendocument.text": ["odt"],
        // A Latvian e-signed document (eDoc / ASiC-E).
        "application/vnd.etsi.asic-e+zip": ["edoc", "asice"],
    ]

    public enum Issue: String, Sendable, Equatable {
        case tooLarge, typeNotAccepted, tooMany, empty, nameTooLong
    }

    public struct Candidate: Sendable {
        public let fileName: String
        public let mediaType: String
        public let data: [UInt8]

        public init(fileName: String, mediaType: String, data: [UInt8]) {
            self.fileName = fileName
            self.mediaType = mediaType
            self.data = data
        }
    }

    /// A file name safe to show and to offer for download: no path, no control characters.
    public static func safeName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) && $0 != "\"" })
            .trimmingCharacters(in: .whitespaces)
        return cleaned.isEmpty ? "attachment" : cleaned
    }

    /// The media type the file is taken as: the one given when its extension agrees, else the
    /// extension's (mail clients send `application/octet-stream` for PDFs).
    public static func mediaType(of c: Candidate) -> String? {
        let ext = safeName(c.fileName).split(separator: ".").last.map { $0.lowercased() } ?? ""
        let given = c.mediaType.lowercased().split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        if let exts = accepted[given], exts.contains(ext) { return given }
        return accepted.first { $0.value.contains(ext) }?.key
    }

    public static func check(_ files: [Candidate]) -> [FieldProblem<Issue>] {
        var problems: [FieldProblem<Issue>] = []
        if files.count > maximumCount { problems.append(.init("attachments", .tooMany)) }
        if files.reduce(0, { $0 + $1.data.count }) > maximumTotal { problems.append(.init("attachments", .tooLarge)) }
        for (i, f) in files.enumerated() {
            let field = "attachments/\(i)"
            if f.data.isEmpty { problems.append(.init(field, .empty)) }
            if f.data.count > maximumSize { problems.append(.init(field, .tooLarge)) }
            if mediaType(of: f) == nil { problems.append(.init(field, .typeNotAccepted)) }
            if safeName(f.fileName).count > maximumNameLength { problems.append(.init(field, .nameTooLong)) }
        }
        return problems
    }

    public static func sha256(_ data: [UInt8]) -> String {
        Hex.string(SHA256.hash(data: data))
    }
}
