#!/usr/bin/env python3
# Compares a rendered page (PGM, gzipped or not) with its reviewed golden
# image: the same size, and at most LIMIT of the pixels differing by more
# than a quarter of the grey scale (anti-aliasing and hinting move edges by
# a little; a moved, lost or added line of text changes far more). Prints
# what differs and where; exit 1 when over the limit, 2 on a bad file.
import gzip, sys

LIMIT = 0.001   # fraction of the page's pixels
STEP = 64       # grey levels that count as a difference


def read_pgm(path):
    """The width, height and bytes of a binary PGM (P5, 8 bits)."""
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rb') as f:
        data = f.read()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b'#':
            pos = data.index(b'\n', pos) + 1
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    if fields[0] != b'P5' or int(fields[3]) != 255:
        raise ValueError('%s: not an 8-bit binary PGM' % path)
    w, h = int(fields[1]), int(fields[2])
    pixels = data[pos + 1:pos + 1 + w * h]
    if len(pixels) != w * h:
        raise ValueError('%s: %d pixels, %d expected' % (path, len(pixels), w * h))
    return w, h, pixels


def main():
    if len(sys.argv) != 3:
        print('usage: pgm_compare.py EXPECTED ACTUAL', file=sys.stderr)
        return 2
    try:
        w, h, want = read_pgm(sys.argv[1])
        w2, h2, got = read_pgm(sys.argv[2])
    except (OSError, ValueError) as e:
        print(e, file=sys.stderr)
        return 2
    if (w, h) != (w2, h2):
        print('size %dx%d, expected %dx%d' % (w2, h2, w, h))
        return 1
    bad = [i for i in range(w * h) if abs(want[i] - got[i]) > STEP]
    if len(bad) <= LIMIT * w * h:
        return 0
    ys = [i // w for i in bad]
    xs = [i % w for i in bad]
    print('%d of %d pixels differ (limit %d), in x %d-%d, y %d-%d of %dx%d'
          % (len(bad), w * h, int(LIMIT * w * h), min(xs), max(xs),
             min(ys), max(ys), w, h))
    return 1


sys.exit(main())
