#!/usr/bin/env python3
"""Writes the .xlsx side of the spreadsheet import from the CSV template.

    pip install openpyxl
    python3 scripts/make-xlsx-template.py

Reads docs/import/template/*.csv (the one source of the template's content) and writes:
  docs/import/skillgap-template.xlsx            the template: Instructions + the five sheets
  tests/fixtures/import/xlsx/merged-header.xlsx the template with a merged "Anchors" header
                                                 over the Skills sheet's level columns (refused)
  tests/fixtures/import/xlsx/merged-roles.xlsx  the template with each role's cells merged
                                                 down its requirement rows (read as filled)
  tests/fixtures/import/xlsx/stray-far-cell.xlsx the template with a stray "x" in Skills
                                                 XFD1048576, the last cell a sheet has (refused)
  tests/fixtures/import/xlsx/stray-far-row.xlsx  the template with a stray "x" in Skills
                                                 A200000, far below the table (refused)
  tests/fixtures/import/xlsx/extra-sheets.xlsx   the template with a "Read me" worksheet
                                                 (skipped silently) and a "Lookups" one
                                                 (skipped with a note)
  tests/fixtures/import/xlsx/title-row.xlsx      the template with a title row "ACME skills
                                                 2026" above the Skills column names (refused)
Run it again after editing the CSV template; tests/import_xlsx.rs checks that both forms of
the template give the same feed. Name outputs to write only those:

    python3 scripts/make-xlsx-template.py stray-far-cell.xlsx title-row.xlsx
"""

import csv
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "docs" / "import" / "template"
SHEETS = ["Skills", "Scale", "Roles", "Resources", "Mentors"]
# Columns typed as numbers in the workbook, as a user typing them would get.
NUMERIC = {"Level", "Duration minutes", "Cost", "Capacity", "UTC offset"}

INSTRUCTIONS = [
    "Skillgap spreadsheet template",
    "",
    "Fill one worksheet per part of your framework, keeping row 1 as the column names. Only Skills is required;"
    " delete the example rows and add your own.",
    "Skills: one row per skill. Level 1 to Level 5 hold what someone at that level does (leave a cell empty when"
    " you cannot describe the level). Several aliases are separated by |.",
    "Scale: one row per level, with its label. Without this worksheet the default 0 None to 5 Expert is used.",
    "Roles: one row per skill a role requires. Fill Role id, Role name, Family, Seniority, Description and Next"
    " roles on the role's first row only; the rows below it belong to the same role.",
    "Resources: one row per learning resource. Skills: skill:to or skill:from-to, several separated by |"
    " (sql:0-2 | data-visualisation:3).",
    "Mentors: one row per mentor. Skills: skill:level, several separated by | (sql:5 | data-visualisation:4).",
    "An empty Id cell is filled from the name (Data visualisation becomes data-visualisation).",
    "",
    "Then run: feed-import xlsx skillgap-template.xlsx --framework-name \"Your framework\" -o feed.json",
    "Every column and message is explained in docs/import/csv.md. This worksheet is skipped by the import.",
]


def read_sheet(name):
    with open(TEMPLATE / f"{name.lower()}.csv", newline="", encoding="utf-8-sig") as file:
        return list(csv.reader(file))


def typed(header, value):
    if header in NUMERIC and value != "":
        number = float(value)
        return int(number) if number.is_integer() else number
    return value


def fill(sheet, rows):
    header = rows[0]
    for row in rows:
        sheet.append([value if row is header else typed(h, value) for h, value in zip(header, row)])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for column, name in enumerate(header, start=1):
        width = max(len(name), *(min(len(r[column - 1]), 60) for r in rows[1:])) + 2
        sheet.column_dimensions[sheet.cell(row=1, column=column).column_letter].width = width


def template():
    book = Workbook()
    instructions = book.active
    instructions.title = "Instructions"
    for line in INSTRUCTIONS:
        instructions.append([line])
    instructions["A1"].font = Font(bold=True, size=14)
    instructions.column_dimensions["A"].width = 120
    for row in instructions.iter_rows():
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    for name in SHEETS:
        fill(book.create_sheet(name), read_sheet(name))
    return book


def merged_header():
    """The Skills sheet with a two-row header: "Anchors" merged over the level columns."""
    book = template()
    skills = book["Skills"]
    header = [c.value for c in skills[1]]
    first = header.index("Level 1") + 1
    last = header.index("Level 5") + 1
    skills.insert_rows(1)
    for column in range(1, first):
        skills.cell(row=1, column=column, value=header[column - 1])
    skills.cell(row=1, column=first, value="Anchors")
    for column in range(first, last + 1):
        skills.cell(row=2, column=column, value=column - first + 1)
    skills.merge_cells(start_row=1, start_column=first, end_row=1, end_column=last)
    return book


def merged_roles():
    """The Roles sheet with each role's own cells merged down its requirement rows."""
    book = template()
    roles = book["Roles"]
    role_columns = range(1, 7)
    starts = [r for r in range(2, roles.max_row + 1) if roles.cell(row=r, column=1).value]
    ends = [s - 1 for s in starts[1:]] + [roles.max_row]
    for start, end in zip(starts, ends):
        for column in role_columns:
            if end > start:
                roles.merge_cells(start_row=start, start_column=column, end_row=end, end_column=column)
    return book


def stray_far_cell():
    """The template with one stray value in the last cell of the Skills sheet."""
    book = template()
    book["Skills"]["XFD1048576"] = "x"
    return book


def stray_far_row():
    """The template with one stray value far below the Skills table."""
    book = template()
    book["Skills"]["A200000"] = "x"
    return book


def extra_sheets():
    """The template with a worksheet for people and one of the publisher's own."""
    book = template()
    book.create_sheet("Read me", 0).append(["Kept by the L&D team; ask before editing."])
    lookups = book.create_sheet("Lookups")
    for row in [["Category"], ["Data"], ["Engineering"]]:
        lookups.append(row)
    return book


def title_row():
    """The Skills sheet with a title in A1 and the column names in row 2."""
    book = template()
    skills = book["Skills"]
    skills.insert_rows(1)
    skills["A1"] = "ACME skills 2026"
    skills["A1"].font = Font(bold=True, size=14)
    return book


def main():
    fixtures = ROOT / "tests" / "fixtures" / "import" / "xlsx"
    outputs = {
        ROOT / "docs" / "import" / "skillgap-template.xlsx": template,
        ROOT / "tests" / "fixtures" / "import" / "xlsx" / "merged-header.xlsx": merged_header,
        ROOT / "tests" / "fixtures" / "import" / "xlsx" / "merged-roles.xlsx": merged_roles,
        fixtures / "stray-far-cell.xlsx": stray_far_cell,
        fixtures / "stray-far-row.xlsx": stray_far_row,
        fixtures / "extra-sheets.xlsx": extra_sheets,
        fixtures / "title-row.xlsx": title_row,
    }
    wanted = set(sys.argv[1:])
    unknown = wanted - {path.name for path in outputs}
    if unknown:
        sys.exit(f"unknown outputs: {', '.join(sorted(unknown))}")
    for path, make in outputs.items():
        if wanted and path.name not in wanted:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        make().save(path)
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
