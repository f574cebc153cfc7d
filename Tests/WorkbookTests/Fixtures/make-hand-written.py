#!/usr/bin/env python3
"""Writes workbooks whose XML is typed here by hand (zipped with Python's zipfile), to reach
what office programs write only sometimes: prefixed namespaces, cells with no `r`, every cell
type, the 1900 leap-year bug, phonetic runs, a declared dimension of the whole sheet, a merged
range over a million rows; and, in OpenDocument, a million blank columns and rows, covered
cells, comments, and a hidden sheet."""
import zipfile

def package(name, parts):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        for path, text in parts:
            z.writestr(path, text)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
sheet = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="{MAIN}" xmlns:r="{REL}">
  <x:dimension ref="A1:XFD1048576"/>
  <x:sheetData>
    <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Kind</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>Value</x:t></x:is></x:c></x:row>
    <x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2" t="s"><x:v>1</x:v></x:c></x:row>
    <x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>string formula</x:t></x:is></x:c><x:c r="B3" t="str"><x:f>"Ca"&amp;"stle"</x:f><x:v>Castle</x:v></x:c></x:row>
    <x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>boolean</x:t></x:is></x:c><x:c r="B4" t="b"><x:v>0</x:v></x:c></x:row>
    <x:row r="5"><x:c r="A5" t="inlineStr"><x:is><x:t>error</x:t></x:is></x:c><x:c r="B5" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c></x:row>
    <x:row r="6"><x:c r="A6" t="inlineStr"><x:is><x:t>iso date</x:t></x:is></x:c><x:c r="B6" t="d"><x:v>2026-11-22T00:00:00</x:v></x:c></x:row>
    <x:row r="7"><x:c r="A7" t="inlineStr"><x:is><x:t>day 59</x:t></x:is></x:c><x:c r="B7" s="1"><x:v>59</x:v></x:c></x:row>
    <x:row r="8"><x:c r="A8" t="inlineStr"><x:is><x:t>day 60</x:t></x:is></x:c><x:c r="B8" s="1"><x:v>60</x:v></x:c></x:row>
    <x:row r="9"><x:c r="A9" t="inlineStr"><x:is><x:t>day 61</x:t></x:is></x:c><x:c r="B9" s="1"><x:v>61</x:v></x:c></x:row>
    <x:row><x:c t="inlineStr"><x:is><x:t>no r</x:t></x:is></x:c><x:c><x:v>1.5E-3</x:v></x:c></x:row>
    <x:row r="12"><x:c r="A12" t="inlineStr"><x:is><x:t>escaped</x:t></x:is></x:c><x:c r="B12" t="inlineStr"><x:is><x:t>line one_x000D_
line two &amp; _x005F_x0041_</x:t></x:is></x:c></x:row>
    <x:row r="13"><x:c r="A13" t="inlineStr"><x:is><x:t>percent</x:t></x:is></x:c><x:c r="B13" s="2"><x:v>0.075</x:v></x:c></x:row>
    <x:row r="14"><x:c r="A14" t="inlineStr"><x:is><x:t>time</x:t></x:is></x:c><x:c r="B14" s="3"><x:v>0.5</x:v></x:c></x:row>
    <x:row r="15"><x:c r="C15" t="inlineStr"><x:is><x:t>merged over the rest of the sheet</x:t></x:is></x:c></x:row>
    <x:row r="16"><x:c r="A16" t="inlineStr"><x:is><x:t>last</x:t></x:is></x:c></x:row>
  </x:sheetData>
  <x:mergeCells count="1"><x:mergeCell ref="C15:XFD1048576"/></x:mergeCells>
</x:worksheet>"""
strings = f"""<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="{MAIN}" count="2" uniqueCount="2">
  <si><t>shared</t></si>
  <si><r><rPr><b/></rPr><t>Castle </t></r><r><t xml:space="preserve">Secondary</t></r><rPh sb="0" eb="1"><t>kyassuru</t></rPh></si>
</sst>"""
styles = f"""<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="{MAIN}">
  <numFmts count="1"><numFmt numFmtId="200" formatCode="[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"/></numFmts>
  <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="200"/><xf numFmtId="10"/><xf numFmtId="20"/></cellXfs>
</styleSheet>"""
workbook = f"""<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="{MAIN}" xmlns:rel="{REL}"><sheets><sheet name="Cell types" sheetId="1" rel:id="rId1"/><sheet name="Chart" sheetId="2" rel:id="rId9"/></sheets></workbook>"""
rels = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{PKG}">
  <Relationship Id="rId1" Type="{REL}/worksheet" Target="/xl/worksheets/../worksheets/data.xml"/>
  <Relationship Id="rId9" Type="{REL}/chartsheet" Target="chartsheets/sheet1.xml"/>
  <Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>
  <Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/>
  <Relationship Id="rId4" Type="{REL}/hyperlink" Target="https://example.org/" TargetMode="External"/>
</Relationships>"""
root = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
package("hand-written.xlsx", [
    ("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    ("_rels/.rels", root), ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", rels),
    ("xl/worksheets/data.xml", sheet), ("xl/sharedStrings.xml", strings), ("xl/styles.xml", styles),
])

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="{OFFICE}" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
 <office:automatic-styles>
  <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
  <style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>
 </office:automatic-styles>
 <office:body><office:spreadsheet>
  <table:table table:name="Types" table:style-name="ta1">
   <table:table-column table:number-columns-repeated="1024"/>
   <table:table-header-rows>
    <table:table-row><table:table-cell office:value-type="string"><text:p>Kind</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Value</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1048574"/></table:table-row>
   </table:table-header-rows>
   <table:table-row><table:table-cell office:value-type="string"><text:p>float</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="12500.5"><text:p>12,500.50</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell office:value-type="string"><text:p>percentage</text:p></table:table-cell><table:table-cell office:value-type="percentage" office:value="0.15"><text:p>15%</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell office:value-type="string"><text:p>currency</text:p></table:table-cell><table:table-cell office:value-type="currency" office:currency="GBP" office:value="-12400"><text:p>-£12,400.00</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell office:value-type="string"><text:p>date</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2026-11-22"><text:p>22/11/26</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell office:value-type="string"><text:p>date and time</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2026-11-22T14:30:00"><text:p>22/11/26 14:30</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell office:value-type="string"><text:p>time</text:p></table:table-cell><table:table-cell office:value-type="time" office:time-value="PT09H05M00S"><text:p>09:05</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell office:value-type="string"><text:p>boolean</text:p></table:table-cell><table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell></table:table-row>
   <table:table-row table:visibility="collapse"><table:table-cell office:value-type="string"><text:p>string</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Two<text:s text:c="3"/>spaces<text:tab/>tab</text:p><text:p>second <text:span>paragraph</text:span><text:line-break/>broken</text:p><office:annotation><dc:creator>SBM</dc:creator><text:p>a comment, not the value</text:p></office:annotation></table:table-cell></table:table-row>
   <table:table-row><table:table-cell office:value-type="string"><text:p>error</text:p></table:table-cell><table:table-cell table:formula="of:=NA()" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#N/A</text:p></table:table-cell></table:table-row>
   <table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>twice</text:p></table:table-cell></table:table-row>
   <table:table-row><table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="2" office:value-type="string"><text:p>merged</text:p></table:table-cell><table:covered-table-cell/></table:table-row>
   <table:table-row><table:covered-table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell></table:table-row>
   <table:table-row table:number-rows-repeated="1048560"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
  </table:table>
  <table:table table:name="Hidden" table:style-name="ta2">
   <table:table-row><table:table-cell office:value-type="string"><text:p>secret</text:p></table:table-cell></table:table-row>
  </table:table>
 </office:spreadsheet></office:body>
</office:document-content>"""
with zipfile.ZipFile("hand-written.ods", "w") as z:
    z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
    z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
