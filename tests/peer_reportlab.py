#!/usr/bin/python3
"""A peer for make bench: the same kind of briefing made with ReportLab.

usage: peer_reportlab.py CSV OUT.pdf

Reads the commitments CSV that bin/extract writes and sets the masthead, a
heading per organisation and a table (指标, 目标, 措辞, 时限, 原文, 来源) with
ReportLab's Platypus, using the same fonts as bin/report (Song for text,
Hei for headings, Kai for the issue line), so that speed, memory and size
compare like with like. Debian's python3-reportlab runs under /usr/bin/python3.
"""
import csv
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

FONTS = '/usr/share/fonts/truetype/'
pdfmetrics.registerFont(TTFont('Song', FONTS + 'arphic-gbsn00lp/gbsn00lp.ttf'))
pdfmetrics.registerFont(TTFont('Hei', FONTS + 'wqy/wqy-microhei.ttc', subfontIndex=0))
pdfmetrics.registerFont(TTFont('Kai', FONTS + 'arphic-gkai00mp/gkai00mp.ttf'))

title = ParagraphStyle('title', fontName='Song', fontSize=36, leading=44, alignment=1,
                       textColor=colors.red)
issue = ParagraphStyle('issue', fontName='Kai', fontSize=16, leading=24, alignment=1)
h1 = ParagraphStyle('h1', fontName='Hei', fontSize=16, leading=26)
h2 = ParagraphStyle('h2', fontName='Kai', fontSize=14, leading=24)
cell = ParagraphStyle('cell', fontName='Song', fontSize=9, leading=12.6, wordWrap='CJK')


def main():
    src, out = sys.argv[1], sys.argv[2]
    rows = list(csv.DictReader(open(src, encoding='utf-8-sig', newline='')))
    key = lambda r, zh, en: r.get(zh, r.get(en, ''))
    by_org = {}
    for r in rows:
        by_org.setdefault(key(r, '责任单位', 'org') or '未注明单位', []).append(r)
    story = [Paragraph('重点工作目标简报', title), Paragraph('第1期', issue), Spacer(1, 8 * mm),
             Paragraph('一、总体情况', h1),
             Paragraph('本期共汇总量化目标%d项，涉及%d个单位。' % (len(rows), len(by_org)), cell),
             Paragraph('二、分单位目标', h1)]
    width = A4[0] - 54 * mm
    shares = [0.16, 0.17, 0.06, 0.08, 0.39, 0.14]
    for n, (org, group) in enumerate(by_org.items(), 1):
        story.append(Paragraph('（%d）%s' % (n, org), h2))
        data = [[Paragraph(h, cell) for h in ('指标', '目标', '措辞', '时限', '原文', '来源')]]
        for r in group:
            target = '%s %s %s' % (key(r, '比较', 'comparator'), key(r, '目标值', 'value'),
                                   key(r, '单位', 'unit'))
            data.append([Paragraph(x, cell) for x in (
                key(r, '指标', 'metric'), target, key(r, '措辞', 'modality'),
                key(r, '时限', 'period'), key(r, '原文', 'quote'),
                '%s:%s' % (key(r, '来源', 'source').rsplit('/', 1)[-1], key(r, '行号', 'line')))])
        t = Table(data, colWidths=[width * s for s in shares], repeatRows=1)
        t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.3, colors.grey),
                               ('BACKGROUND', (0, 0), (-1, 0), colors.lightgrey),
                               ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
        story.append(t)
    doc = SimpleDocTemplate(out, pagesize=A4, topMargin=37 * mm, bottomMargin=35 * mm,
                            leftMargin=28 * mm, rightMargin=26 * mm)
    doc.build(story)


if __name__ == '__main__':
    main()
