#!/usr/bin/env python3
"""Makes variants of a text for robustness tests of bin/extract.

usage: variants.py wrap WIDTH FILE      re-wrap every paragraph at WIDTH
                                        characters, as a newspaper column
       variants.py chinese FILE         write every number in Chinese
                                        numerals (5.5% -> 百分之五点五)

The line numbers of the chinese variant are those of the input; the wrap
variant keeps a blank line between paragraphs.
"""
import re
import sys

DIGITS = '〇一二三四五六七八九'


def small(n):
    """Chinese numerals for 0 <= n < 10000, in the usual reading."""
    if n == 0:
        return '零'
    out, zero = '', False
    for value, unit in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
        d = n // value % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += '零'
            zero = False
        out += ('' if d == 1 and unit == '十' and not out else DIGITS[d]) + unit
    return out


def integer(n):
    if n >= 100000000:
        high, low = divmod(n, 100000000)
        return integer(high) + '亿' + (('零' if low < 10000000 else '') + integer(low) if low else '')
    if n >= 10000:
        high, low = divmod(n, 10000)
        return small(high) + '万' + (('零' if low < 1000 else '') + small(low) if low else '')
    return small(n)


def number(text):
    whole, _, frac = text.replace(',', '').partition('.')
    out = integer(int(whole))
    if frac:
        out += '点' + ''.join(DIGITS[int(c)] for c in frac)
    return out


def chinese(text):
    text = text.translate({ord(c): ord('0') + i for i, c in enumerate('０１２３４５６７８９')})
    text = text.replace('％', '%').replace('．', '.')
    # Years digit by digit, percentages as 百分之N, other numbers as numerals.
    text = re.sub(r'(?<![0-9.])((?:19|20)[0-9]{2})(?=年)',
                  lambda m: ''.join(DIGITS[int(c)] for c in m.group(1)), text)
    text = re.sub(r'(?<![0-9.])([0-9][0-9,]*(?:\.[0-9]+)?)%',
                  lambda m: '百分之' + number(m.group(1)), text)
    return re.sub(r'(?<![0-9.A-Za-z])([0-9][0-9,]*(?:\.[0-9]+)?)(?![0-9A-Za-z])',
                  lambda m: number(m.group(1)), text)


def wrap(text, width):
    out = []
    for para in text.split('\n'):
        para = para.strip()
        if not para:
            continue
        for i in range(0, len(para), width):
            out.append(para[i:i + width])
        out.append('')
    return '\n'.join(out)


def main():
    args = sys.argv[1:]
    if len(args) == 3 and args[0] == 'wrap':
        sys.stdout.write(wrap(open(args[2], encoding='utf-8').read(), int(args[1])))
    elif len(args) == 2 and args[0] == 'chinese':
        sys.stdout.write(chinese(open(args[1], encoding='utf-8').read()))
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main()
