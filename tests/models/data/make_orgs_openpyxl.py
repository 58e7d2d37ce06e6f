#!/usr/bin/python3
"""Writes orgs_openpyxl.xlsx: an organisation list as a real spreadsheet writer (openpyxl, Debian's
python3-openpyxl) produces it — merged title row, Chinese headers, shared strings, region codes typed as
numbers (int and float), booleans, an empty column — so tst_listimporter checks the XLSX reader against a
writer other than our own test helper. Synthetic data; run once and commit the output."""
import openpyxl

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "单位名单"
ws.append(["某省政务应用监测名单（测试数据）"])
ws.merge_cells("A1:I1")
ws.append(["编号", "名称", "类型", "层级", "角色", "行政区划代码", "上级编号", "网站", "授权主动检测", "备注"])
ws.append(["P001", "某省人民政府", "党政机关", "省级", "政府", 990000, None, "https://www.example.gov.cn/", True, ""])
ws.append(["P002", "某省教育厅", "党政机关", "省级", "部门", 990000.0, "P001", "jyt.example.gov.cn；edu.example.cn", False, "分号为全角"])
ws.append([1003, "某市人民医院", "事业单位", "市级", None, 990100, "P001", None, "否", None])
ws.append(["P004", "某县政府", "党政机关", "县级", "政府", 99010, "P001", None, "是", "区划代码少一位"])
sheet2 = wb.create_sheet("说明")
sheet2.append(["这一页不应被读取"])
wb.save("orgs_openpyxl.xlsx")
