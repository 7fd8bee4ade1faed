#!/usr/bin/env python3
"""Builds roads.csv (one point per named road, with its kecamatan) from the OpenStreetMap road shapefile
and the kecamatan boundary shapefile. Standard library only: reads the .shp/.dbf formats directly.

usage: make-roads.py ROADS_BASENAME KECAMATAN_BASENAME > roads.csv
"""
import csv, math, struct, sys
from collections import defaultdict


def read_dbf(path):
    d = open(path, 'rb').read()
    nrec, hlen, rlen = struct.unpack('<IHH', d[4:12])
    fields, off = [], 32
    while d[off] != 0x0d:
        fields.append((d[off:off + 11].split(b'\0')[0].decode(), d[off + 16]))
        off += 32
    rows = []
    for i in range(nrec):
        rec, pos, row = d[hlen + i * rlen + 1: hlen + (i + 1) * rlen], 0, {}
        for name, length in fields:
            row[name] = rec[pos:pos + length].decode('latin-1').strip()
            pos += length
        rows.append(row)
    return rows


def read_shp(path):
    d = open(path, 'rb').read()
    off, shapes = 100, []
    while off < len(d):
        _, clen = struct.unpack('>ii', d[off:off + 8])
        body = d[off + 8: off + 8 + clen * 2]
        off += 8 + clen * 2
        if struct.unpack('<i', body[:4])[0] == 0:
            shapes.append([])
            continue
        nparts, npts = struct.unpack('<ii', body[36:44])
        parts = list(struct.unpack('<%di' % nparts, body[44:44 + 4 * nparts])) + [npts]
        pts = [struct.unpack('<dd', body[44 + 4 * nparts + 16 * k: 60 + 4 * nparts + 16 * k]) for k in range(npts)]
        shapes.append([pts[parts[j]:parts[j + 1]] for j in range(nparts)])
    return shapes


def inside(pt, rings):
    x, y, hit = pt[0], pt[1], False
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                hit = not hit
    return hit


def length(line):
    return sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(line, line[1:]))


def display_name(name):
    keep = ('jalan', 'jl', 'tol', 'gang', 'gg', 'jembatan', 'flyover', 'fly over', 'underpass', 'lingkar',
            'outer', 'inner', 'terowongan', 'bundaran', 'simpang')
    return name if name.lower().startswith(keep) else 'Jalan ' + name


def main(roads, kecamatan):
    rows, shapes = read_dbf(roads + '.dbf'), read_shp(roads + '.shp')
    kec = list(zip(read_dbf(kecamatan + '.dbf'), read_shp(kecamatan + '.shp')))
    kec_field = next(k for k in kec[0][0] if k.upper() in ('KEC_NAME', 'KECAMATAN', 'NAMA_KEC'))
    by_name = defaultdict(list)
    for row, parts in zip(rows, shapes):
        name = ' '.join(row['NAME'].split())
        if not name or '?' in name or not parts or row['TYPE'] in ('footway', 'path', 'cycleway', 'steps'):
            continue
        by_name[name].extend(parts)
    out = csv.writer(sys.stdout, lineterminator='\n')
    out.writerow(['name', 'kind', 'latitude', 'longitude', 'kecamatan'])
    for name in sorted(by_name):
        line = max(by_name[name], key=length)
        mid = line[len(line) // 2]
        where = next((r[kec_field].title() for r, rings in kec if inside(mid, rings)), '')
        out.writerow([display_name(name), 'road', '%.6f' % mid[1], '%.6f' % mid[0], where])


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
