import Foundation

/// The HTML part of a message (issue 15, item 3): the same words as the text part — paragraphs at
/// blank lines, line breaks kept, web addresses as links — so a reader whose mail program shows
/// HTML sees exactly what the text says. Nothing is added that the text does not have.
public enum MessageHTML {
    public static func render(_ text: String) -> String {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        let paragraphs = normalised.components(separatedBy: "\n\n").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        let body = paragraphs.map { p in
            "<p>" + p.split(separator: "\n", omittingEmptySubsequences: false).map { linked(String($0)) }.joined(separator: "<br>\n") + "</p>"
        }.joined(separator: "\n")
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n<body style=\"font-family:sans-serif;line-height:1.5\">\n"
            + body + "\n</body></html>"
    }

    /// Escaped text with each http(s) address made a link.
    static func linked(_ line: String) -> String {
        var out = ""
        for (i, word) in line.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if i > 0 { out += " " }
            let w = String(word)
            if w.hasPrefix("https://") || w.hasPrefix("http://") {
                // A sentence's full stop or comma after an address is not part of it.
                let trimmed = w.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:)"))
                let rest = String(w.dropFirst(trimmed.count))
                out += "<a href=\"\(HTMLEscape.text(trimmed))\">\(HTMLEscape.text(trimmed))</a>\(HTMLEscape.text(rest))"
            } else {
                out += HTMLEscape.text(w)
            }
        }
        return out
    }
}
