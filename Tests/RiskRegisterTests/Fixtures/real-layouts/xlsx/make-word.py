#!/usr/bin/env python3
"""Makes the Word versions of two real-layout registers from their CSV files in ../, into
../ods-docx (run from this folder; python-docx is needed only here, to make the files again: `pip install python-docx`).

- trust-board-lettered.docx: the lettered-sections trust register as a Word document keeps it:
  the trust's name and the date as paragraphs, then one table per section, its first row the
  section heading merged across (gridSpan), the header repeated in every table, the RAG header
  written on three lines (three paragraphs in its cell).
- heathfield-five-steps.docx: the HSE five-steps template as a school fills it in Word: a small
  table for the company name and assessor, then the assessment table; a cell holding two
  actions as two paragraphs.
"""
import csv

import docx


def rows(name, encoding="utf-8"):
    with open("../" + name, newline="", encoding=encoding) as f:
        return list(csv.reader(f))


def fill(cell, text):
    """A cell's text, each line a paragraph of its own, as Word keeps a line typed with Enter."""
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def table(document, body, width):
    t = document.add_table(rows=len(body), cols=width)
    t.style = "Table Grid"
    for r, values in enumerate(body):
        for c, value in enumerate(values[:width]):
            if value:
                fill(t.cell(r, c), value)
    return t


def lettered():
    source = rows("trust-board-lettered.csv")
    document = docx.Document()
    document.add_heading(source[0][0], level=1)
    document.add_paragraph(source[1][0])
    sections = []
    for row in source[2:]:
        filled = [v for v in row if v]
        if not filled:
            continue
        if len(filled) == 1:
            sections.append([row])
        else:
            sections[-1].append(row)
    width = len(source[4])
    for section in sections:
        t = table(document, [[""] * width] + section[1:], width)
        banner = t.cell(0, 0).merge(t.cell(0, width - 1))
        banner.text = section[0][0]
        document.add_paragraph("")
    document.save("../ods-docx/trust-board-lettered.docx")


def five_steps():
    source = rows("heathfield-five-steps.csv")
    document = docx.Document()
    document.add_heading("Risk assessment", level=1)
    table(document, [row[:5] for row in source[:2]], 5)
    document.add_paragraph("")
    body = [row for row in source[2:] if any(row)]
    table(document, body, len(body[0]))
    document.save("../ods-docx/heathfield-five-steps.docx")


lettered()
five_steps()
