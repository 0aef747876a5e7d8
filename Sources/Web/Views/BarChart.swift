import Domain
import Foundation

/// A horizontal bar chart as server-side SVG (no script): labelled for screen readers by its
/// title, and always shown next to a table with the same figures. It scales to the page's width
/// (issue 16, item 8); a label too long for its column is shortened with "…" and given whole in
/// its tooltip — the table beside the chart carries the full name.
enum BarChart {
    /// How many characters of a label fit the label column at the chart's type size.
    static let labelCharacters = 30

    static func label(_ text: String) -> String {
        text.count <= labelCharacters ? text : String(text.prefix(labelCharacters - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// `decimals`: 0 for counts (a count is never "2.0 calls"), 1 for minutes.
    /// `valueText` words a bar's figure with its unit ("2 izsaukumi", "12,5 min").
    static func svg(id: String, title: String, items: [(label: String, value: Double)],
                    valueText: (Double) -> String) -> String {
        let rowHeight = 28, labelWidth = 260, barWidth = 360, width = labelWidth + barWidth + 110
        let height = max(1, items.count) * rowHeight + 10
        let top = max(items.map(\.value).max() ?? 0, 1)
        var out = ##"<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="\##(id)-title" class="chart" viewBox="0 0 \##(width) \##(height)" preserveAspectRatio="xMinYMin meet">"##
        out += ##"<title id="\##(id)-title">\##(Escape.html(title))</title>"##
        for (i, item) in items.enumerated() {
            let y = i * rowHeight + 5
            let w = Int((item.value / top) * Double(barWidth))
            let shown = label(item.label)
            let tip = shown == item.label ? "" : ##"<title>\##(Escape.html(item.label))</title>"##
            out += ##"<text x="\##(labelWidth - 8)" y="\##(y + 18)" text-anchor="end" font-size="14" fill="#111">\##(tip)\##(Escape.html(shown))</text>"##
            out += ##"<rect x="\##(labelWidth)" y="\##(y + 4)" width="\##(max(w, 1))" height="\##(rowHeight - 10)" fill="#0b3d91"/>"##
            out += ##"<text x="\##(labelWidth + max(w, 1) + 6)" y="\##(y + 18)" font-size="14" fill="#111">\##(Escape.html(valueText(item.value)))</text>"##
        }
        return out + "</svg>"
    }

    /// A figure in the page's language: "12,5" in Latvian, "12.5" in English; counts without decimals.
    static func number(_ value: Double, decimals: Int, _ language: Language) -> String {
        let text = String(format: "%.\(max(0, decimals))f", value)
        return language == .lv ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
