#!/usr/bin/env bash
# Makes the workbook and Word versions of the real-layout registers in ../: every one as .xlsx
# in this folder, and four as .ods or .docx in ../ods-docx, as the fixture README describes (run
# from anywhere; needs LibreOffice's `soffice` and python-docx, only to make the files again: the
# tests read the committed files).
#
# - Each CSV becomes .xlsx in LibreOffice Calc, headless, read with the CSV import filter set as
#   the file was saved: comma or semicolon, UTF-8 (76) or Windows-1252 (1), UK English (2057).
#   Special numbers are not detected (token 8 false), so "March 2027" and "12.11.26" stay the text
#   the register holds, as a cell typed as text does; plain numbers are numbers.
# - brookside-primary and northgate-risk-plan also become .ods, in ../ods-docx.
# - make-word.py writes trust-board-lettered.docx and heathfield-five-steps.docx, in ../ods-docx,
#   with python-docx; LibreOffice Writer then saves the five-steps document again, so one of the
#   two is Writer's.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="-env:UserInstallation=file://$work/profile"

filter() { echo "CSV:$1,34,$2,1,,2057,false,false,false,false,false,-1,false"; }

for csv in ../*.csv; do
    csv=${csv#../}
    separator=44
    charset=76
    case $csv in
        kingsway-slr-form.csv) separator=59 ;;
        trust-register.csv | northgate-risk-plan.csv) charset=1 ;;
    esac
    soffice "$profile" --headless --infilter="$(filter $separator $charset)" --convert-to xlsx --outdir . "../$csv" > /dev/null 2>&1
    case $csv in
        brookside-primary.csv | northgate-risk-plan.csv)
            soffice "$profile" --headless --infilter="$(filter $separator $charset)" --convert-to ods --outdir ../ods-docx "../$csv" > /dev/null 2>&1
            ;;
    esac
done

python3 make-word.py
soffice "$profile" --headless --convert-to docx:"MS Word 2007 XML" --outdir "$work/writer" ../ods-docx/heathfield-five-steps.docx > /dev/null 2>&1
mv "$work/writer/heathfield-five-steps.docx" ../ods-docx/heathfield-five-steps.docx
