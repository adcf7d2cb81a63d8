#!/usr/bin/python3
# Writes the roster test files with tools independent of Doudi's readers (ADR 0017): openpyxl
# for .xlsx, xlwt for .xls, Python's codecs for GB18030. Run with Debian's python3 after a
# change, and commit the files. The people are made up; their ID numbers have valid check
# characters.
import datetime, os
import openpyxl, xlwt
from openpyxl.styles import Alignment

os.chdir(os.path.dirname(os.path.abspath(__file__)))

def id_number(body):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]

HEADERS = ["乡镇", "村", "户主姓名", "成员姓名", "与户主关系", "身份证号", "救助类别", "月保障金额", "起始年月"]
# Two households: 李桂芳 with her husband and grandson (低保), 赵长顺 alone (特困).
ROWS = [
    ["鲁村镇", "北官庄村委会", "李桂芳", "李桂芳", "户主", id_number("37032319560708002"), "低保", 1740, datetime.date(2024, 3, 1)],
    ["鲁村镇", "北官庄村委会", "李桂芳", "王建国", "配偶", id_number("37032319541102001"), "低保", 1740, datetime.date(2024, 3, 1)],
    ["鲁村镇", "北官庄村委会", "李桂芳", "王小磊", "孙子", id_number("37032320150215003"), "低保", 1740, datetime.date(2024, 3, 1)],
    ["鲁村镇", "小北庄村", "赵长顺", "赵长顺", "户主", id_number("37032319480920001"), "特困", 1331.5, datetime.date(2023, 11, 1)],
]

# .xlsx: the household's cells merged over its members' rows, as townships lay rosters out;
# the start month a real date shown as 2024年3月; the amount a number.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "低保特困花名册"
sheet.append(HEADERS)
for row in ROWS:
    sheet.append(row)
for r in range(2, 6):
    sheet.cell(row=r, column=9).number_format = 'yyyy"年"m"月"'
    sheet.cell(row=r, column=6).number_format = "@"
for column in (1, 2, 3, 7, 8, 9):
    sheet.merge_cells(start_row=2, start_column=column, end_row=4, end_column=column)
    sheet.cell(row=2, column=column).alignment = Alignment(vertical="center")
book.create_sheet("说明").append(["本表由乡镇民政办填报"])
book.save("roster.xlsx")

# .xls: the same, merged with xlwt (the value stays in the first row of a merge).
book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("低保特困花名册")
date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
for c, h in enumerate(HEADERS):
    sheet.write(0, c, h)
for r, row in enumerate(ROWS, start=1):
    for c, value in enumerate(row):
        if r in (2, 3) and c in (0, 1, 2, 6, 7, 8):
            continue  # inside the merge below
        if r == 1 and c in (0, 1, 2, 6, 7, 8):
            continue
        sheet.write(r, c, value, date_style if c == 8 else xlwt.Style.default_style)
for c in (0, 1, 2, 6, 7, 8):
    sheet.write_merge(1, 3, c, c, ROWS[0][c], date_style if c == 8 else xlwt.Style.default_style)
book.save("roster.xls")

# CSV as Excel in China saves it: GB18030, CRLF, one field quoted with a comma and a line break.
def csv_lines(rows):
    out = [",".join(HEADERS)]
    for row in rows:
        cells = [str(v) if not isinstance(v, datetime.date) else v.strftime("%Y-%m") for v in row]
        out.append(",".join(cells))
    out.append('鲁村镇,北官庄村委会,"孙秀兰,（代）","孙秀兰\n（代）",户主,' + id_number("37032319620101004") + ',临时救助,0,2024-05')
    return "\r\n".join(out) + "\r\n"

with open("roster-gb18030.csv", "wb") as f:
    f.write(csv_lines(ROWS).encode("gb18030"))
with open("roster-utf8-bom.csv", "wb") as f:
    f.write(("\ufeff" + csv_lines(ROWS)).encode("utf-8"))

# Broken files: a cut .xlsx, an .xls header over garbage, a CSV with a quote never closed.
with open("roster.xlsx", "rb") as f:
    data = f.read()
with open("broken.xlsx", "wb") as f:
    f.write(data[: len(data) // 3])
with open("broken.xls", "wb") as f:
    f.write(bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 504 + b"not a workbook" * 40)
with open("broken.csv", "wb") as f:
    f.write("乡镇,村,户主姓名\r\n鲁村镇,\"北官庄村委会,李桂芳\r\n".encode("utf-8"))
