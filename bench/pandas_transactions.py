"""The script a power user would write for `kaw transactions`: pandas (openpyxl engine) to read both sheets and
compute, openpyxl to write the three sheets, their charts and the customer columns back into the workbook.

Run: /usr/bin/python3 bench/pandas_transactions.py IN.xlsx OUT.xlsx [KAW_OUT.xlsx]  (Debian's python3-pandas,
python3-openpyxl). Prints one JSON line: seconds, peak memory (KiB), CPU seconds, rows read, the monthly sales
totals in cents, and (given KAW_OUT, checked after the clock stops) whether kaw's 月度销售 sheet has the same
monthly totals to the cent.
"""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd
from openpyxl import load_workbook
from openpyxl.chart import BarChart, LineChart, Reference

started = time.perf_counter()
source, target = sys.argv[1], sys.argv[2]
orders = pd.read_excel(source, sheet_name="订单明细", engine="openpyxl")
customers = pd.read_excel(source, sheet_name="客户", engine="openpyxl")

# Amount = 金额, or 数量 × 单价 when blank; returns (negative quantity) count −|amount|; whole cents per line.
qty = pd.to_numeric(orders["数量"], errors="coerce").fillna(0)
price = pd.to_numeric(orders["单价"], errors="coerce")
amount = pd.to_numeric(orders["金额"], errors="coerce")
amount = amount.fillna(qty * price)
amount = np.where(qty < 0, -amount.abs(), amount)
orders["cents"] = (np.sign(amount) * np.floor(np.abs(amount) * 100 + 0.5)).astype("int64")
orders["qty"] = qty
orders["date"] = pd.to_datetime(orders["日期"])
orders["month"] = orders["date"].dt.to_period("M")
orders["customer"] = orders["客户名称"].astype(str).str.strip()
months = pd.period_range(orders["month"].min(), orders["month"].max(), freq="M")


def monthly(values):
    table = orders.pivot_table(index="customer", columns="month", values=values, aggfunc="sum", fill_value=0)
    table = table.reindex(columns=months, fill_value=0)
    table["total"] = table.sum(axis=1)
    return table.sort_values("total", ascending=False)


sales = monthly("cents")
volume = monthly("qty")

sku = orders.groupby(["customer", "产品编号"]).agg(cents=("cents", "sum"), qty=("qty", "sum"),
                                                  product=("产品名称", "min")).reset_index()
sku["share"] = sku["cents"] / sku.groupby("customer")["cents"].transform("sum")
sku = sku.sort_values(["customer", "cents", "产品编号"], ascending=[True, False, True])
sku["rank"] = sku.groupby("customer").cumcount() + 1
overall = orders.groupby("产品编号").agg(cents=("cents", "sum"), qty=("qty", "sum"), product=("产品名称", "min"))
overall = overall.reset_index().sort_values(["cents", "产品编号"], ascending=[False, True])

last12 = months[-12:]
prev12 = months[-24:-12] if len(months) >= 24 else None
s12 = sales[last12].sum(axis=1) / 100
v12 = volume[last12].sum(axis=1)
growth = s12 / (sales[prev12].sum(axis=1) / 100) - 1 if prev12 is not None else s12 * np.nan
growth = growth.replace([np.inf, -np.inf], np.nan)
top_sku = sku[sku["rank"] == 1].set_index("customer")["产品编号"]
last_order = orders.groupby("customer")["date"].max()

wb = load_workbook(source)
label = f"{months[0]} 至 {months[-1]}"


def monthly_sheet(name, table, scale, fmt):
    ws = wb.create_sheet(name)
    ws.append([f"{name}（{label}）"])
    ws.append(["客户", *[str(m) for m in months], "合计"])
    for customer, row in zip(table.index, table.itertuples(index=False)):
        ws.append([customer, *[value / scale for value in row]])
    last = ws.max_row
    ws.append(["合计", *[f"=SUM({ws.cell(3, c).column_letter}3:{ws.cell(3, c).column_letter}{last})"
                         for c in range(2, len(months) + 3)]])
    for row in ws.iter_rows(min_row=3, min_col=2):
        for cell in row:
            cell.number_format = fmt
    chart = LineChart()
    chart.title = f"{name}：前 10 名客户"
    data = Reference(ws, min_col=1, max_col=len(months) + 1, min_row=3, max_row=min(12, last))
    chart.add_data(data, from_rows=True, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, max_col=len(months) + 1, min_row=2))
    ws.add_chart(chart, f"A{last + 3}")


monthly_sheet("月度销售", sales, 100, "#,##0.00")
monthly_sheet("月度采购量", volume, 1, "#,##0")

ws = wb.create_sheet("单品分析")
ws.append([f"单品分析（{label}）"])
ws.append([])
ws.append(["按客户"])
ws.append(["客户", "产品编号", "产品名称", "金额", "数量", "占该客户采购比例", "排名"])
r = 4  # the row written last (openpyxl's ws.max_row scans every cell: never per row)
for row in sku.itertuples(index=False):
    ws.append([row.customer, row.产品编号, row.product, row.cents / 100, row.qty, row.share, row.rank])
    r += 1
    ws.cell(r, 4).number_format = "#,##0.00"
    ws.cell(r, 6).number_format = "0.0%"
ws.append([])
ws.append(["全部单品排名"])
head = r + 3
ws.append(["排名", "产品编号", "产品名称", "金额", "数量"])
r = head
for rank, row in enumerate(overall.itertuples(index=False), start=1):
    ws.append([rank, row.产品编号, row.product, row.cents / 100, row.qty])
    r += 1
    ws.cell(r, 4).number_format = "#,##0.00"
bar = BarChart()
bar.title = "单品销售额排名"
bar.add_data(Reference(ws, min_col=4, min_row=head, max_row=min(head + 20, r)), titles_from_data=True)
bar.set_categories(Reference(ws, min_col=2, min_row=head + 1, max_row=min(head + 20, r)))
ws.add_chart(bar, "I4")

ws = wb["客户"]
first = ws.max_column + 1
columns = [("近12个月销售额", "#,##0.00"), ("近12个月采购量", "#,##0"), ("销售同比增长", "0.0%"),
           ("我方份额", "0.0%"), ("主销单品", "General"), ("最近下单日期", "yyyy-mm-dd")]
for offset, (name, _) in enumerate(columns):
    ws.cell(row=1, column=first + offset, value=name)
for index, name in enumerate(customers["客户名称"].astype(str).str.strip(), start=2):
    wallet = customers["同类产品年采购额"].iloc[index - 2]
    values = [s12.get(name, 0), v12.get(name, 0), growth.get(name, np.nan),
              s12.get(name, 0) / wallet if wallet else np.nan, top_sku.get(name), last_order.get(name)]
    for offset, ((_, fmt), value) in enumerate(zip(columns, values)):
        missing = value is None or (not isinstance(value, str) and pd.isna(value))
        cell = ws.cell(row=index, column=first + offset, value=None if missing else value)
        cell.number_format = fmt
wb.save(target)

seconds = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_SELF)
totals = {str(m): int(sales[m].sum()) for m in months}
result = {"seconds": seconds, "maxRssKiB": usage.ru_maxrss, "cpuSeconds": usage.ru_utime + usage.ru_stime,
          "rowsRead": len(orders), "monthlyCents": totals}
if len(sys.argv) > 3:
    kaw = load_workbook(sys.argv[3], read_only=True)["月度销售"]
    rows = kaw.iter_rows(min_row=2, values_only=True)
    header = next(rows)
    kaw_cents = {str(m): 0 for m in header[1:-1]}
    for row in rows:
        if row[0] == "合计":
            break
        for m, value in zip(header[1:-1], row[1:-1]):
            kaw_cents[str(m)] += round((value or 0) * 100)
    result["kawMonthlyCents"] = kaw_cents
    result["sameMonthlyTotals"] = kaw_cents == totals
print(json.dumps(result))
