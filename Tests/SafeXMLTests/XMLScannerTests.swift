import Foundation
import Testing

@testable import SafeXML

/// The scanner reads the XML of office files and refuses what could reach outside a file or
/// expand without end.
struct XMLScannerTests {
    func events(_ text: String) throws -> [XMLEvent] {
        try events(Array(text.utf8))
    }

    func events(_ bytes: [UInt8]) throws -> [XMLEvent] {
        var scanner = try XMLScanner(bytes: bytes, source: "part.xml")
        var out: [XMLEvent] = []
        while let event = try scanner.next() { out.append(event) }
        return out
    }

    func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + name)))
    }

    /// The error reading `text` gives.
    func problem(_ text: String) -> XMLError? {
        problem(Array(text.utf8))
    }

    func problem(_ bytes: [UInt8]) -> XMLError? {
        do {
            _ = try events(bytes)
            return nil
        } catch let error as XMLError {
            return error
        } catch {
            return nil
        }
    }

    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    @Test func elementsAttributesAndText() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!-- a comment -->
            <x:sst xmlns:x="\(main)" count='2'><x:si><x:t xml:space="preserve"> a &amp; b &lt;&#163;&#xA3;&gt; </x:t></x:si><x:si/></x:sst>
            """
        let sst = XMLName(namespace: main, local: "sst")
        let si = XMLName(namespace: main, local: "si")
        let t = XMLName(namespace: main, local: "t")
        let space = XMLAttribute(name: XMLName(namespace: "http://www.w3.org/XML/1998/namespace", local: "space"), value: "preserve")
        let got = try events(xml)
        #expect(
            got == [
                .start(
                    XMLStartTag(name: sst, attributes: [XMLAttribute(name: XMLName(namespace: "", local: "count"), value: "2")], offset: 75)
                ),
                .start(XMLStartTag(name: si, attributes: [], offset: 160)), .start(XMLStartTag(name: t, attributes: [space], offset: 166)),
                .text(" a & b <££> "), .end(t), .end(si), .start(XMLStartTag(name: si, attributes: [], offset: 237)), .end(si), .end(sst),
            ])
    }

    @Test func defaultNamespacesAndUndeclaredPrefixes() throws {
        let got = try events("<a xmlns='urn:a'><b xmlns='urn:b'/><c/><p:d/></a>")
        let names = got.compactMap { if case .start(let tag) = $0 { return tag.name } else { return nil } }
        #expect(names.map(\.namespace) == ["urn:a", "urn:b", "urn:a", "p"])
    }

    @Test func cdataAndLineEnds() throws {
        let got = try events("<t>one\r\ntwo\rthree<![CDATA[ <not> &a tag;\r\n]]>&#13;</t>")
        #expect(got[1] == .text("one\ntwo\nthree <not> &a tag;\n\r"))
    }

    @Test func utf16WithAByteOrderMark() throws {
        let got = try events(try fixture("utf16.xml"))
        #expect(got.contains(.text("Risk £5k – ✓")))
    }

    @Test func billionLaughsIsRefusedAtItsDocumentType() throws {
        let error = try #require(problem(try fixture("billion-laughs.xml")))
        #expect(error.problem == .documentType)
        #expect(error.line == 2 && error.column == 1)
        #expect(
            error.description
                == "part.xml:2:1: error: the XML declares a document type (<!DOCTYPE>), which office files never do; matrisk does not read DTDs, because they can reach outside the file or expand without end."
        )
    }

    @Test func externalEntitiesAreNeverResolved() throws {
        #expect(problem(try fixture("external-entity.xml"))?.problem == .documentType)
    }

    @Test func anEntityNoDTDDeclaresIsRefused() throws {
        let error = try #require(problem(try fixture("undeclared-entity.xml")))
        #expect(error.problem == .undefinedEntity("lol9"))
        #expect(
            error.description
                == "part.xml:2:79: error: '&lol9;' is not one of XML's five predefined entities, and matrisk expands no others.")
    }

    @Test(arguments: [
        ("<a><b></a>", XMLError.Problem.mismatchedEndTag(expected: "b", found: "a")),
        ("<a>", .unclosedElement("a")),
        ("<a b=c/>", .malformed("an attribute value is not in quotes")),
        ("<a b='<'/>", .malformed("'<' inside an attribute value")),
        ("<a>&#0;</a>", .invalidCharacterReference("#0")),
        ("<a>&#xD800;</a>", .invalidCharacterReference("#xD800")),
        ("<a>AT&T</a>", .malformed("'&' that starts no reference (write &amp;)")),
        ("text<a/>", .malformed("text outside the root element")),
        ("<a/><b/>", .malformed("a second root element")),
        ("", .noRootElement),
        ("<?xml version='1.0' encoding='windows-1252'?><a/>", .unsupportedEncoding("windows-1252")),
        ("<a>\u{1}</a>", nil),
        ("</a>", .malformed("the end tag </a> closes nothing")),
        ("<1a/>", .malformed("a tag or attribute has no valid name")),
        ("<a><!-- never closed </a>", .malformed("a comment is never closed")),
    ])
    func malformedXML(_ text: String, _ expected: XMLError.Problem?) {
        #expect(problem(text)?.problem == expected, "\(text)")
    }

    @Test func bytesThatAreNotUTF8() {
        #expect(problem([0x3C, 0x61, 0x3E, 0xA3, 0x3C, 0x2F, 0x61, 0x3E])?.problem == .notUTF8)
    }

    @Test func nestingAndAttributesAreCapped() {
        let deep = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        #expect(problem(deep)?.problem == .tooDeep(limit: 256))
        let many = "<a " + (0..<600).map { "a\($0)='1'" }.joined(separator: " ") + "/>"
        #expect(problem(many)?.problem == .tooManyAttributes(limit: 512))
    }

    @Test func errorsGiveLineAndColumn() throws {
        let error = try #require(problem("<a>\n  <b>\n  </c>\n</a>"))
        #expect((error.line, error.column) == (3, 3))
        #expect(error.description == "part.xml:3:3: error: expected the end tag </b>, found </c>.")
    }

    @Test func damagedDocumentsNeverCrash() throws {
        let original = Array(
            "<?xml version='1.0'?><w:document xmlns:w='urn:w'><w:t a=\"1\">x &amp; y<![CDATA[z]]></w:t><!--c--></w:document>".utf8)
        for seed in UInt64(0)..<5000 {
            var state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 7
            var bytes = original
            for _ in 0..<2 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let at = Int(state >> 33) % bytes.count
                let replacements = Array("<>&;/'\"=![]-? ax#".utf8)
                bytes[at] = replacements[Int(state >> 20) % replacements.count]
            }
            do {
                _ = try events(bytes)
            } catch let error as XMLError {
                #expect(error.line >= 1 && error.column >= 1, "seed \(seed)")
            }
        }
    }
}
