/// The colours of every chart: the Okabe–Ito palette (Okabe and Ito, "Color Universal Design",
/// 2008), whose eight colours stay distinct for the common kinds of colour blindness. Lines
/// also differ by marker shape and dash, and every band has a label, so nothing is told by
/// colour alone.
package enum Palette {
    package static let black = "#000000"
    package static let orange = "#E69F00"
    package static let skyBlue = "#56B4E9"
    package static let bluishGreen = "#009E73"
    package static let yellow = "#F0E442"
    package static let blue = "#0072B2"
    package static let vermillion = "#D55E00"
    package static let reddishPurple = "#CC79A7"

    /// The tints of the register's bands (Okabe–Ito bluish green, yellow and vermillion, lightened
    /// so black text stays readable on them): the heat maps and RAG badges of the pack and the RAG
    /// cells of a workbook use these, always beside the band's word or letter.
    package static let ragGreen = "#7fcdb9"
    package static let ragAmber = "#f5ec8f"
    package static let ragRed = "#e9a077"

    /// Series colours in the order lines take them: dark and saturated first, yellow (hard to
    /// see on white) never.
    package static let series = [blue, vermillion, bluishGreen, reddishPurple, orange, skyBlue, black]

    /// The page's chart styles: one stylesheet for every inline SVG, so each chart's markup
    /// carries classes rather than repeated colours.
    package static let css: String = {
        var css = """
            svg.chart{display:block;width:100%;height:auto;font-family:inherit;overflow:visible}
            svg.chart text{font-size:13px;fill:#1a1a1a}
            svg.chart .tick{fill:#444}
            svg.chart .axis-title{font-weight:600;fill:#333}
            svg.chart .axis{stroke:#555;stroke-width:1}
            svg.chart .grid{stroke:#ddd;stroke-width:1}
            svg.chart .zero{stroke:#333;stroke-width:1.5}
            svg.chart .band-outer{fill:\(blue);fill-opacity:.16;stroke:none}
            svg.chart .band-inner{fill:\(blue);fill-opacity:.34;stroke:none}
            svg.chart .median{fill:none;stroke:\(blue);stroke-width:3}
            svg.chart .median-dot{fill:\(blue);stroke:#fff;stroke-width:1.5}
            svg.chart .ref{stroke:\(vermillion);stroke-width:2;stroke-dasharray:7 4;fill:none}
            svg.chart .ref-label{fill:\(vermillion);font-weight:600}
            svg.chart .ref-neutral{stroke:#333;stroke-width:1.5;stroke-dasharray:3 3;fill:none}
            svg.chart .ref-neutral-label{fill:#333;font-weight:600}
            svg.chart .halo{paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}
            svg.chart .legend-swatch-outer{fill:\(blue);fill-opacity:.16}
            svg.chart .legend-swatch-inner{fill:\(blue);fill-opacity:.34}
            svg.chart .bar-pos{fill:\(blue)}
            svg.chart .bar-neg{stroke:\(vermillion);stroke-width:1}
            svg.chart .whisker{stroke:#1a1a1a;stroke-width:1.5}
            svg.chart .value-label{font-weight:600}
            svg.chart .heat-cell{stroke:#fff;stroke-width:2}
            svg.chart .heat-count{font-size:17px;font-weight:700}
            svg.chart .heat-count-compact{font-size:15px}
            svg.chart .heat-letter{font-size:11px;font-weight:700;fill-opacity:.75}
            svg.chart .heat-empty{fill-opacity:.35}
            svg.chart .heat-low{fill:\(ragGreen)}
            svg.chart .heat-medium{fill:\(ragAmber)}
            svg.chart .heat-high{fill:\(ragRed)}

            """
        for (index, colour) in series.enumerated() {
            css += "svg.chart .series-\(index){stroke:\(colour);fill:none;stroke-width:2.5}\n"
            css += "svg.chart .series-\(index)-mark{fill:\(colour);stroke:#fff;stroke-width:1}\n"
            css += "svg.chart .series-\(index)-band{fill:\(colour);fill-opacity:.15;stroke:none}\n"
            css += "svg.chart .series-\(index)-label{fill:\(colour);font-weight:600}\n"
        }
        return css
    }()

    /// Dashes for series after the first, so lines differ without colour.
    static func dash(forSeries index: Int) -> String? {
        let dashes = [nil, "8 4", "2 3", "10 3 2 3", "5 5", "1 4", nil]
        return dashes[index % dashes.count]
    }

    /// The CSS class suffix of a series (colours repeat after seven series, with other dashes).
    static func seriesClass(_ index: Int) -> String { "series-\(index % series.count)" }
}
