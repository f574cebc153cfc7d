/// The pack's stylesheet, inline in the file: system fonts only (nothing to download), A4
/// pages with each section starting a new page, charts and table rows never split across
/// pages, and page numbers in the margin.
enum PackStyle {
    /// The CSS, with `asOf` in every page's footer. Only letters, digits and spaces of it are
    /// kept, so no text can break out of the CSS string.
    static func css(asOf: String) -> String {
        let footer = String(asOf.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == " " })
        return page(footer: footer) + cover + figures + tables + marks + Palette.css
    }

    /// A4 pages with `footer` in the margin, and the type: body text and headings.
    private static func page(footer: String) -> String {
        """
        @page{size:A4;margin:15mm 15mm 17mm 15mm;
        @bottom-left{content:"Board pack as of \(footer)";font:8pt "Liberation Sans",Arial,Helvetica,sans-serif;color:#555}
        @bottom-right{content:"Page " counter(page) " of " counter(pages);font:8pt "Liberation Sans",Arial,Helvetica,sans-serif;color:#555}}
        *{box-sizing:border-box}
        html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        body{margin:0;background:#fff;color:#1a1a1a;font-family:"Liberation Sans",Arial,Helvetica,"DejaVu Sans",sans-serif;font-size:10.5pt;line-height:1.42}
        main{max-width:180mm;margin:0 auto;padding:10mm 0 16mm}
        h1{font-size:24pt;line-height:1.15;margin:2mm 0 3mm;color:#0b3d62}
        h2{font-size:16pt;margin:0 0 3mm;padding-bottom:1.5mm;border-bottom:2px solid #0072B2;color:#0b3d62;break-after:avoid}
        h3{font-size:12pt;margin:6mm 0 2mm;color:#0b3d62;break-after:avoid}
        p{margin:0 0 2.5mm}
        a{color:#005a8c}

        """
    }

    /// The cover, the contents, the reading guide, and each section on a page of its own.
    private static let cover = """
        .eyebrow{text-transform:uppercase;letter-spacing:.08em;font-size:9pt;color:#555;margin:0}
        .as-of{font-size:13pt;margin-bottom:5mm}
        .facts{display:grid;grid-template-columns:34mm 1fr;gap:1mm 4mm;margin:0 0 5mm;padding:3mm 4mm;background:#f3f6f9;border-left:3px solid #0072B2;font-size:9.5pt}
        .facts dt{font-weight:700}
        .facts dd{margin:0}
        .contents h2{font-size:13pt;border:none;margin-bottom:1mm}
        .contents ol{margin:0;padding-left:6mm;columns:2;column-gap:10mm}
        .contents li{margin:0 0 1.2mm;break-inside:avoid}
        .reading{margin-top:8mm;padding:3mm 4mm;border:1px solid #c8d6e3;font-size:10pt}
        .reading h2{font-size:12pt;border:none;margin:0 0 1.5mm;padding:0}
        .pack-section{break-before:page;padding-top:2mm}
        @media screen{.pack-section{margin-top:14mm;padding-top:6mm;border-top:1px dashed #bbb}}
        ul.points{margin:0 0 4mm;padding-left:5mm}
        ul.points li{margin:0 0 2mm}

        """

    /// Figures: one to a row, or small multiples three to a row, never split across pages.
    private static let figures = """
        figure{margin:3mm 0 6mm;break-inside:avoid;page-break-inside:avoid}
        figcaption{margin:0 0 2mm;font-size:10pt}
        .figure-title{display:block;font-weight:700;font-size:11pt;color:#0b3d62}
        .figure-row{display:grid;grid-template-columns:repeat(3,1fr);gap:3mm 5mm;align-items:stretch}
        .figure-row .figure{margin:0 0 3mm}
        .figure-row.pair{grid-template-columns:1fr 1fr;gap:3mm 12mm}
        .figure-row.pair svg.chart-heat{max-width:74mm}
        .figure.small{display:flex;flex-direction:column;height:100%}
        .figure.small svg{margin-top:auto}
        .figure.small figcaption{font-size:9pt}
        .figure.small .figure-title{font-size:9.5pt}

        """

    /// Tables: headers repeated on every page, numbers aligned, rows never split.
    private static let tables = """
        .table-wrap{overflow-x:auto}
        table.data{border-collapse:collapse;width:100%;font-size:9pt;line-height:1.3;margin:1mm 0 2mm}
        table.data caption{caption-side:top;text-align:left;font-weight:700;font-size:10pt;padding:0 0 1.5mm;color:#0b3d62}
        table.data th,table.data td{padding:1mm 1.6mm;border-bottom:.5pt solid #c8c8c8;text-align:left;vertical-align:top}
        table.data thead th{background:#eef2f6;border-bottom:1.2pt solid #333;font-weight:700}
        table.data tbody th{font-weight:600}
        table.data .num{text-align:right;font-variant-numeric:tabular-nums}
        table.data th.code{white-space:nowrap}
        .table-wrap.short{break-inside:avoid;page-break-inside:avoid}
        #chart-data .table-wrap{max-width:130mm}
        table.data td.num{white-space:nowrap}
        table.data.wide{font-size:8.5pt}
        table.data.figure-data{font-size:8.5pt}
        table.data.figure-data th,table.data.figure-data td{padding:.3mm 1.6mm}
        figure table.data caption{font-size:9.5pt;padding-bottom:1mm}
        table.data.wide th,table.data.wide td{padding:.9mm 1.1mm}
        table.data.wide td.num{white-space:normal}
        table.data td,table.data tbody th{overflow-wrap:break-word}
        table.data thead{display:table-header-group}
        table.data tr{break-inside:avoid;page-break-inside:avoid}
        table.side-by-side th.group{text-align:center;border-left:1.5pt solid #fff}
        table.side-by-side th.group-0{background:#dde8f2}
        table.side-by-side tbody th{font-weight:700}
        .table-note{font-size:9pt;color:#333;margin:0 0 4mm}
        .empty-table{font-size:10pt}

        """

    /// RAG badges, flags, the arrows of what moved, the colophon, and what print leaves out.
    private static let marks = """
        .rag{display:inline-block;padding:0 1.6mm;border-radius:1.5mm;font-weight:700;font-size:8.5pt;white-space:nowrap}
        .rag-red{background:\(Palette.ragRed)}
        .rag-amber{background:\(Palette.ragAmber)}
        .rag-green{background:\(Palette.ragGreen)}
        .flag{color:#a33c00;white-space:nowrap}
        .fig,.option{white-space:nowrap}
        .move-up{color:#a33c00;font-weight:700;white-space:nowrap}
        .move-down{color:#005a8c;font-weight:700;white-space:nowrap}
        .colophon{margin-top:10mm;padding-top:3mm;border-top:1px solid #ccc;font-size:9pt;color:#444}
        @media print{main{max-width:none;padding:0}a{color:inherit;text-decoration:none}.table-wrap{overflow:visible}}

        """
}
