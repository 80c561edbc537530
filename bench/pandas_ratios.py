"""The script a power user would write for `kaw ratios`: pandas to compute, openpyxl to write the columns back.

Run: /usr/bin/python3 bench/pandas_ratios.py IN.xlsx OUT.xlsx  (Debian's python3-pandas and python3-openpyxl)
Prints one JSON line: seconds, peak memory (KiB) and CPU seconds, for bench/run.js to compare with `kaw ratios`.
"""
import json
import resource
import sys
import time

import pandas as pd
from openpyxl import load_workbook

started = time.perf_counter()
source, target = sys.argv[1], sys.argv[2]
sheet = "客户财务"
df = pd.read_excel(source, sheet_name=sheet, header=2)
num = lambda name: pd.to_numeric(df[name], errors="coerce")
days = 365
avg_assets = (num("资产总计") + num("期初资产总计")) / 2
avg_ar = (num("应收账款") + num("期初应收账款")) / 2
avg_inv = (num("存货") + num("期初存货")) / 2
out = pd.DataFrame({
    "流动比率": num("流动资产合计") / num("流动负债合计"),
    "流动资产率": num("流动资产合计") / num("资产总计"),
    "净利润率": num("净利润") / num("营业收入"),
    "资产回报率": num("净利润") / avg_assets,
    "回款周期(天)": avg_ar / num("营业收入") * days,
    "存货周期(天)": avg_inv / num("营业成本") * days,
})
formats = ["0.00", "0.0%", "0.0%", "0.0%", "0", "0"]

wb = load_workbook(source)
ws = wb[sheet]
first = ws.max_column + 1
for offset, (name, fmt) in enumerate(zip(out.columns, formats)):
    ws.cell(row=3, column=first + offset, value=name)
    for index, value in enumerate(out[name].tolist()):
        cell = ws.cell(row=4 + index, column=first + offset, value=None if pd.isna(value) else float(value))
        cell.number_format = fmt
wb.save(target)
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": time.perf_counter() - started, "maxRssKiB": usage.ru_maxrss,
                  "cpuSeconds": usage.ru_utime + usage.ru_stime}))
