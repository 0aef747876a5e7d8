import Domain
import Foundation

/// A column chart over days as server-side SVG (issue 16, item 8): one column per series and
/// day, side by side — an office alone, or offices compared — with a legend, each day labelled
/// under its columns. Always shown beside a table with the same figures.
enum TrendChart {
    /// Colours told apart by people with the common colour-vision deficiencies, on white.
    static let palette = ["#0b3d91", "#b35900", "#00703c", "#6f2da8"]

    static func svg(id: String, title: String, days: [LocalDate], series: [(name: String, values: [Double?])],
                    dayLabel: (LocalDate) -> String, valueText: (Double) -> String) -> String {
        let series = Array(series.prefix(palette.count))
        let plotHeight = 160, top = 30, labelBand = 44
        // Wide enough for a day's label under a short period; thinner columns, fewer labels, over a long one.
        let groupWidth = max(series.count * 12 + 8, days.count <= 20 ? 44 : 14), left = 10
        let width = max(320, left * 2 + days.count * groupWidth), height = top + plotHeight + labelBand
        let maximum = max(series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0, 1)
        var out = ##"<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="\##(id)-title" class="chart trend" viewBox="0 0 \##(width) \##(height)" preserveAspectRatio="xMinYMin meet">"##
        out += ##"<title id="\##(id)-title">\##(Escape.html(title))</title>"##
        // The legend, one swatch a series.
        for (i, s) in series.enumerated() {
            let x = left + i * 160
            out += ##"<rect x="\##(x)" y="6" width="12" height="12" fill="\##(palette[i])"/>"##
            out += ##"<text x="\##(x + 16)" y="17" font-size="13" fill="#111">\##(Escape.html(BarChart.label(s.name)))</text>"##
        }
        out += ##"<line x1="\##(left)" y1="\##(top + plotHeight)" x2="\##(width - left)" y2="\##(top + plotHeight)" stroke="#555"/>"##
        // Label every day when the labels fit (about 44 units each), else every few.
        let every = max(1, Int((44.0 / Double(groupWidth)).rounded(.up)))
        for (d, day) in days.enumerated() {
            let x0 = left + d * groupWidth + 4
            for (i, s) in series.enumerated() {
                guard d < s.values.count, let v = s.values[d] else { continue }
                let h = Int((v / maximum) * Double(plotHeight))
                out += ##"<rect x="\##(x0 + i * 12)" y="\##(top + plotHeight - max(h, 1))" width="10" height="\##(max(h, 1))" fill="\##(palette[i])"><title>\##(Escape.html("\(s.name), \(dayLabel(day)): \(valueText(v))"))</title></rect>"##
            }
            if d % every == 0 {
                out += ##"<text x="\##(x0)" y="\##(top + plotHeight + 16)" font-size="12" fill="#111">\##(Escape.html(dayLabel(day)))</text>"##
            }
        }
        return out + "</svg>"
    }
}
