import Foundation

/// A horizontal bar chart as server-side SVG (no script): labelled for screen readers by its
/// title, and always shown next to a table with the same figures.
enum BarChart {
    static func svg(id: String, title: String, items: [(label: String, value: Double)], unit: String) -> String {
        let rowHeight = 28, labelWidth = 260, barWidth = 360, height = max(1, items.count) * rowHeight + 10
        let top = max(items.map(\.value).max() ?? 0, 1)
        var out = ##"<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="\##(id)-title" width="\##(labelWidth + barWidth + 90)" height="\##(height)" viewBox="0 0 \##(labelWidth + barWidth + 90) \##(height)">"##
        out += ##"<title id="\##(id)-title">\##(Escape.html(title))</title>"##
        for (i, item) in items.enumerated() {
            let y = i * rowHeight + 5
            let w = Int((item.value / top) * Double(barWidth))
            out += ##"<text x="\##(labelWidth - 8)" y="\##(y + 18)" text-anchor="end" font-size="14" fill="#111">\##(Escape.html(item.label))</text>"##
            out += ##"<rect x="\##(labelWidth)" y="\##(y + 4)" width="\##(max(w, 1))" height="\##(rowHeight - 10)" fill="#0b3d91"/>"##
            out += ##"<text x="\##(labelWidth + max(w, 1) + 6)" y="\##(y + 18)" font-size="14" fill="#111">\##(Escape.html(String(format: "%.1f", item.value) + " " + unit))</text>"##
        }
        return out + "</svg>"
    }
}
