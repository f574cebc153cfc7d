import Testing

@testable import Reports

/// One escaping function for all user text, and numbers written the same on every machine.
struct MarkupTests {
    @Test func escapesTheFiveCharactersThatMeanSomethingInHTML() {
        #expect(Markup.escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(Markup.escape("\"Quotes\" & <tags>") == "&quot;Quotes&quot; &amp; &lt;tags&gt;")
        #expect(Markup.escape("O'Brien") == "O&#39;Brien")
        #expect(Markup.escape("£1,250 ± 3% → ▲") == "£1,250 ± 3% → ▲")
        // Escaping twice shows the entity as text rather than undoing anything.
        #expect(Markup.escape("&amp;") == "&amp;amp;")
    }

    @Test func attributesAreEscapedToo() {
        #expect(Markup.attributes([("data-label", "a\"><script>")]) == " data-label=\"a&quot;&gt;&lt;script&gt;\"")
    }

    @Test func numbersHaveNoLocaleNoTrailingZerosAndNoNegativeZero() {
        #expect(Markup.number(12.5) == "12.5")
        #expect(Markup.number(300) == "300")
        #expect(Markup.number(-4.25, decimals: 2) == "-4.25")
        #expect(Markup.number(-0.01) == "0")
        #expect(Markup.number(1_234_567.891, decimals: 4) == "1234567.891")
        #expect(Markup.number(.nan) == "0")
    }

    @Test func tickAndValueLabelsReadAsAFinanceReportWritesThem() {
        #expect(ChartUnit.money.tickLabel(1_500_000) == "£1.5m")
        #expect(ChartUnit.money.tickLabel(500_000) == "£500k")
        #expect(ChartUnit.money.tickLabel(-100_000) == "-£100k")
        #expect(ChartUnit.money.label(42_013) == "£42.0k")
        #expect(ChartUnit.percent(decimals: 1).tickLabel(0.25) == "25%")
        #expect(ChartUnit.percent(decimals: 1).label(0.25) == "25.0%")
        #expect(ChartUnit.count.tickLabel(3) == "3")
        #expect(ChartUnit.number(decimals: 1, suffix: "%").tickLabel(4.5) == "4.5%")
    }
}
