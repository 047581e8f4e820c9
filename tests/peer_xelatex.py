#!/usr/bin/python3
"""A peer for make bench: the same kind of briefing made with XeLaTeX (ctex).

usage: peer_xelatex.py CSV OUT.pdf

Reads the commitments CSV that bin/extract writes, writes a LaTeX briefing
(ctexart, xeCJK) with the masthead, a summary, a heading per organisation
and a longtable (指标, 目标, 措辞, 时限, 原文, 来源) whose header repeats on
every page, and runs xelatex on it in a temporary directory as many times
as its log asks to be rerun. Every column is a p column of fixed width, so
longtable has no widths to settle and one pass is enough: the first pass
writes no "Table widths have changed" and a second sets every word in the
same place.
The fonts are the files bin/report uses, named by path: Song for text and
page numbers (and for Latin letters and digits, so that no fourth face is
embedded), Hei for headings and table headers, Kai for the issue line and
the organisation headings. Python 3 standard library only; texlive-xetex
and texlive-lang-chinese provide xelatex and ctex.
"""
import csv
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

FONTS = '/usr/share/fonts/truetype/'
SONG = (FONTS + 'arphic-gbsn00lp/', 'gbsn00lp.ttf', '')
HEI = (FONTS + 'wqy/', 'wqy-microhei.ttc', 'FontIndex=0,')
KAI = (FONTS + 'arphic-gkai00mp/', 'gkai00mp.ttf', '')
# For characters the GB2312 faces lack (瑯, 埗), as bin/report's fallback.
FALLBACK = (FONTS + 'arphic/', 'uming.ttc', 'FontIndex=0,')

# Columns and their shares of the type width, as in report/briefing.c.
COLUMNS = [('指标', 0.16), ('目标', 0.17), ('措辞', 0.06), ('时限', 0.08),
           ('原文', 0.39), ('来源', 0.14)]

# The CSV's comparator words and the signs the 目标 cell shows.
SIGNS = {'达到': '', '以上': '≥', '超过': '>', '左右': '约', '以内': '≤',
         '低于': '<', '区间': ''}

# Passes after which xelatex is not run again even if it asks.
MAX_PASSES = 5

TEX_SPECIAL = {
    '\\': r'\textbackslash{}', '{': r'\{', '}': r'\}', '$': r'\$',
    '&': r'\&', '#': r'\#', '^': r'\textasciicircum{}', '_': r'\_',
    '%': r'\%', '~': r'\textasciitilde{}',
}


def tex(s):
    """s as LaTeX text: special characters escaped, line ends and other
    control characters as spaces."""
    out = []
    for ch in s:
        if ch in TEX_SPECIAL:
            out.append(TEX_SPECIAL[ch])
        elif ch < ' ' or ch == '\x7f':
            out.append(' ')
        else:
            out.append(ch)
    return ''.join(out)


def field(row, zh, en):
    """A column by its Chinese or English header (any case); '' if absent."""
    v = row.get(zh)
    if v is None:
        v = row.get(en, '')
    return (v or '').strip()


def read_rows(path):
    with open(path, encoding='utf-8-sig', newline='') as f:
        reader = csv.DictReader(f)
        if reader.fieldnames is None:
            return []
        # English headers in any case, as bin/report accepts them.
        reader.fieldnames = [n.strip().lower() if n.strip().isascii() else n.strip()
                             for n in reader.fieldnames]
        return list(reader)


def target_text(r):
    """The 目标 cell: sign, value and unit (≥ 7 家, 约 5.5%, 6～8%)."""
    value = field(r, '目标值', 'value')
    high = field(r, '上限', 'value_max')
    unit = field(r, '单位', 'unit')
    cmp = field(r, '比较', 'comparator')
    sep = '' if unit in ('%', '‰', '') else ' '
    if cmp == '区间' and high and high != value:
        return '%s～%s%s%s' % (value, high, sep, unit)
    sign = SIGNS.get(cmp, cmp)
    return '%s%s%s%s%s' % (sign, ' ' if sign else '', value, sep, unit)


def source_text(r):
    """The 来源 cell: the file's name without .txt, and the line."""
    src = field(r, '来源', 'source')
    line = field(r, '行号', 'line')
    if not src:
        return '手工添加'
    base = src.rsplit('/', 1)[-1]
    stem, dot, _ = base.rpartition('.')
    if dot and stem:
        base = stem
    return base + (':' + line if line else '')


def quote_cell(r):
    """The 原文 cell with the number it states in dark red: the note's
    原文 span when the number was written in words, else the value's
    digits (not inside a longer number) with the unit after them."""
    quote = field(r, '原文', 'quote')
    note = field(r, '备注', 'note')
    value = field(r, '目标值', 'value')
    unit = field(r, '单位', 'unit')
    a = b = -1
    if note.startswith('原文：'):
        written = note[3:].split('（', 1)[0]
        if written and written in quote:
            a = quote.index(written)
            b = a + len(written)
    if a < 0 and value:
        start = quote.find(value)
        while start >= 0:
            end = start + len(value)
            before = quote[start - 1] if start > 0 else ''
            after = quote[end:end + 2]
            if not (before.isdigit() or before == '.' or after[:1].isdigit()
                    or (after[:1] == '.' and after[1:2].isdigit())):
                at = end + (quote[end:end + 1] == ' ')
                if unit and quote.startswith(unit, at):
                    end = at + len(unit)
                a, b = start, end
                break
            start = quote.find(value, start + 1)
    if a < 0:
        return tex(quote)
    return '%s\\textcolor{darkred}{%s}%s' % (tex(quote[:a]), tex(quote[a:b]),
                                             tex(quote[b:]))


def ordinal(n):
    """Chinese ordinal of n for headings: 一 … 九十九."""
    digits = ' 一二三四五六七八九'
    if n < 10:
        return digits[n]
    if n < 20:
        return '十' + digits[n % 10].strip()
    if n < 100:
        return digits[n // 10] + '十' + digits[n % 10].strip()
    return str(n)


def briefing_date():
    """Today in China time, or SOURCE_DATE_EPOCH's day as bin/report has it."""
    epoch = os.environ.get('SOURCE_DATE_EPOCH')
    china = datetime.timezone(datetime.timedelta(hours=8))
    if epoch and epoch.isdigit():
        d = datetime.datetime.fromtimestamp(int(epoch), china)
    else:
        d = datetime.datetime.now(china)
    return '%d年%d月%d日' % (d.year, d.month, d.day)


def font(path_name_opts, more=''):
    """The {file}[options] form \\setCJKmainfont and the like take."""
    path, name, opts = path_name_opts
    return '{%s}[%s%sPath=%s]' % (name, opts, more, path)


def fallback_font(path_name_opts):
    """The [options]{file} form \\setCJKfallbackfamilyfont takes."""
    path, name, opts = path_name_opts
    return '[%sPath=%s]{%s}' % (opts, path, name)


PREAMBLE = r'''\documentclass[a4paper,zihao=5,fontset=none,scheme=plain]{ctexart}
\usepackage[a4paper,top=37mm,bottom=35mm,left=28mm,right=26mm,
  footskip=%(footskip)s,headheight=0pt,headsep=0pt]{geometry}
\usepackage{array,longtable}
\usepackage[table]{xcolor}
\usepackage{fancyhdr}
%% Latin text as written: no -- to en dash, no ` to a curly quote.
\setmainfont%(song_latin)s
\setCJKmainfont%(song)s
\setCJKfamilyfont{zhsong}%(song)s
\setCJKfamilyfont{zhhei}%(hei)s
\setCJKfamilyfont{zhkai}%(kai)s
%% No space between Chinese and Latin (第1期, 20项), as in bin/report; a
%% line may still break there.
\xeCJKsetup{CJKecglue={\hskip 0pt}}
\xeCJKsetup{AutoFallBack=true}
\setCJKfallbackfamilyfont{\CJKrmdefault}%(fallback)s
\setCJKfallbackfamilyfont{zhsong}%(fallback)s
\setCJKfallbackfamilyfont{zhhei}%(fallback)s
\setCJKfallbackfamilyfont{zhkai}%(fallback)s
\newcommand\songti{\CJKfamily{zhsong}}
\newcommand\heiti{\CJKfamily{zhhei}}
\newcommand\kaishu{\CJKfamily{zhkai}}
\definecolor{briefred}{rgb}{0.86,0.08,0.08}
\definecolor{darkred}{rgb}{0.62,0.05,0.05}
\definecolor{headerfill}{rgb}{0.90,0.90,0.90}
\setlength\parindent{2em}
\setlength\tabcolsep{3pt}
\setlength\arrayrulewidth{0.3pt}
\setlength\extrarowheight{2pt}
\setlength\LTpre{0pt}
\setlength\LTpost{9pt}
\pagestyle{fancy}
\fancyhf{}
\renewcommand\headrulewidth{0pt}
%% Page numbers — N — in 四号 Song: odd pages right, even pages left,
%% 空一字 from the edge of the type area.
\fancyfoot[R]{\ifodd\value{page}\fontsize{14}{14}\selectfont —\ \thepage\ —\hspace*{14pt}\fi}
\fancyfoot[L]{\ifodd\value{page}\else\hspace*{14pt}\fontsize{14}{14}\selectfont —\ \thepage\ —\fi}
\newcolumntype{C}[1]{>{\raggedright\arraybackslash\fontsize{9}{12.6}\selectfont}p{\dimexpr#1\linewidth-2\tabcolsep-0.35pt\relax}}
\newcommand\hd[1]{\centering\arraybackslash\heiti #1}
%% Headings before a table are its first head, which longtable keeps with
%% the first row (a heading outside the table may be left at the foot of a
%% page, and needspace's break there lets longtable put a stray header row
%% above it).
\newcommand\orgheading[1]{\multicolumn{6}{@{}p{\linewidth}@{}}{%%
  \kaishu\fontsize{14}{21}\selectfont\rule{0pt}{28pt}#1}\\[7pt]}
\newcommand\partheading[1]{\multicolumn{6}{@{}p{\linewidth}@{}}{%%
  \heiti\fontsize{16}{24}\selectfont\rule{0pt}{30pt}#1}\\}
\begin{document}
\pagestyle{fancy}
'''


def briefing(rows):
    """The .tex text of the briefing of rows."""
    by_org = {}
    for r in rows:
        by_org.setdefault(field(r, '责任单位', 'org') or '未注明单位', []).append(r)
    cues = {}
    for r in rows:
        cue = field(r, '措辞', 'modality') or '未注明措辞'
        cues[cue] = cues.get(cue, 0) + 1

    out = [PREAMBLE % {'footskip': '\\dimexpr 7mm+11.2pt\\relax',
                       'song': font(SONG), 'hei': font(HEI), 'kai': font(KAI),
                       'song_latin': font(SONG, 'Ligatures=TeXOff,'),
                       'fallback': fallback_font(FALLBACK)}]
    # The 报头: name in red, 第1期, unit and date, red rule.
    out.append('\\begin{center}\n'
               '{\\color{briefred}\\fontsize{36}{44}\\selectfont 重点工作目标简报\\par}\n'
               '\\vspace{12pt}{\\kaishu\\fontsize{16}{24}\\selectfont 第1期\\par}\n'
               '\\end{center}\n'
               '\\noindent\\hspace*{14pt}{\\fontsize{14}{18}\\selectfont\\hfill %s}\\hspace*{14pt}\\par\n'
               '\\vspace{4mm}\\noindent{\\color{briefred}\\rule{\\linewidth}{2pt}}\\par\n'
               '\\vspace{8mm}\n' % tex(briefing_date()))
    # The summary.
    summary = '本期共汇总数字化目标承诺%d项，涉及%d个单位：%s。按措辞分：%s。' % (
        len(rows), len(by_org),
        '，'.join('%s%d项' % (org, len(g)) for org, g in by_org.items()),
        '，'.join('%s%d项' % (c, n) for c, n in cues.items()))
    out.append('{\\noindent\\heiti\\fontsize{16}{24}\\selectfont 一、总体情况\\par}\n'
               '\\vspace{6pt}{\\fontsize{14}{21}\\selectfont %s\\par}\n' % tex(summary))
    spec = '|' + '|'.join('C{%.2f}' % share for _, share in COLUMNS) + '|'
    header = ('\\hline\\rowcolor{headerfill}' +
              ' & '.join('\\hd{%s}' % label for label, _ in COLUMNS) + ' \\\\\\hline\n')
    for n, (org, group) in enumerate(by_org.items(), 1):
        person = next((p for p in (field(r, '责任人', 'person') for r in group) if p), '')
        title = '（%s）%s%s' % (ordinal(n), org, '（%s）' % person if person else '')
        heading = '\\partheading{二、分单位目标}\n' if n == 1 else ''
        heading += '\\orgheading{%s}\n' % tex(title)
        # Each row ends with its rule, so the feet are empty.
        out.append('\\begin{longtable}{%s}\n%s%s\\endfirsthead\n%s\\endhead\n'
                   '\\endfoot\n\\endlastfoot\n' % (spec, heading, header, header))
        for r in group:
            cells = [tex(field(r, '指标', 'metric')), tex(target_text(r)),
                     tex(field(r, '措辞', 'modality')), tex(field(r, '时限', 'period')),
                     quote_cell(r), tex(source_text(r))]
            # {} first: a cell that starts with [ or * is not an argument
            # of the \\ before it.
            out.append('{}' + ' & '.join(cells) + ' \\\\\\hline\n')
        out.append('\\end{longtable}\n')
    out.append('\\end{document}\n')
    return ''.join(out)


def needs_rerun(log):
    """Whether xelatex's log asks for another pass."""
    return ('Rerun LaTeX' in log or 'Rerun to get' in log
            or 'Table widths have changed' in log
            or 'Label(s) may have changed' in log)


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: peer_xelatex.py CSV OUT.pdf')
    src, out = sys.argv[1], sys.argv[2]
    xelatex = shutil.which('xelatex')
    if xelatex is None:
        sys.exit('peer_xelatex: xelatex not found (texlive-xetex, texlive-lang-chinese)')
    try:
        rows = read_rows(src)
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        sys.exit('peer_xelatex: %s: %s' % (src, e))
    tmp = tempfile.mkdtemp(prefix='peer-xelatex-')
    try:
        with open(os.path.join(tmp, 'briefing.tex'), 'w', encoding='utf-8') as f:
            f.write(briefing(rows))
        passes = 0
        while True:
            passes += 1
            run = subprocess.run([xelatex, '-interaction=batchmode', '-halt-on-error',
                                  '-output-directory=' + tmp, 'briefing.tex'],
                                 cwd=tmp, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                with open(os.path.join(tmp, 'briefing.log'), encoding='utf-8',
                          errors='replace') as f:
                    log = f.read()
            except OSError:
                log = ''
            if run.returncode != 0:
                errors = [l for l in log.splitlines() if l.startswith('!')]
                sys.exit('peer_xelatex: xelatex failed (exit %d) on pass %d%s' % (
                    run.returncode, passes,
                    ': ' + '; '.join(errors[:3]) if errors else ''))
            if not needs_rerun(log) or passes >= MAX_PASSES:
                break
        if os.environ.get('PEER_XELATEX_VERBOSE'):
            print('peer_xelatex: %d xelatex passes' % passes, file=sys.stderr)
        shutil.copyfile(os.path.join(tmp, 'briefing.pdf'), out)
    except OSError as e:
        sys.exit('peer_xelatex: %s' % e)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    main()
