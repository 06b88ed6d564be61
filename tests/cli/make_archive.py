#!/usr/bin/env python3
"""Write a compressed file or an archive for the CLI cases (tests/cli/cases/archive_*), so
no binary or big file is committed. Usage: make_archive.py KIND OUT

Every output is the same for the same KIND (no time stamps), so the cases are exact."""
import bz2
import gzip
import io
import subprocess
import sys
import tarfile
import zipfile

CSV = (b"id,comment\n1,The price is too high\n2,Great service and fast delivery\n"
       b"3,Long wait on hold\n")
JSONL = (b'{"id":"a","text":"I called twice and was put on hold"}\n'
         b'{"id":"b","text":"billing error on my invoice"}\n')
TXT = b"slow app\nhelpful agent\n"
# enough rows that a cut in the middle leaves records before it (libarchive decompresses
# in 64 KiB blocks: the block the cut falls in is lost)
MANY = b"id,comment\n" + b"".join(
    b"%d,comment %d: the price is too high and the wait on hold was long\n" % (i, i)
    for i in range(1, 20001))


def zinfo(name, flag_bits=0):
    zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.flag_bits |= flag_bits
    return zi


def tinfo(name, data=b"", **kw):
    ti = tarfile.TarInfo(name)
    ti.size = len(data)
    ti.mtime = 0
    for k, v in kw.items():
        setattr(ti, k, v)
    return ti


def write_zip(out, members):
    with zipfile.ZipFile(out, "w") as z:
        for name, data, *ct in members:
            zi = zinfo(name)
            if ct:
                zi.compress_type = ct[0]
            z.writestr(zi, data)


def mark_encrypted(path, name):
    """Set the 'encrypted' flag of one zip member (Python cannot encrypt; the flag is what
    a reader sees first)."""
    b = bytearray(open(path, "rb").read())
    for sig, flag_at, name_len_at, header in ((b"PK\x03\x04", 6, 26, 30),
                                               (b"PK\x01\x02", 8, 28, 46)):
        i = b.find(sig)
        while i >= 0:
            n = int.from_bytes(b[i + name_len_at:i + name_len_at + 2], "little")
            if b[i + header:i + header + n] == name:
                b[i + flag_at] |= 1
            i = b.find(sig, i + 1)
    open(path, "wb").write(b)


def main(kind, out):
    if kind == "csv.gz":
        open(out, "wb").write(gzip.compress(CSV, mtime=0))
    elif kind == "jsonl.gz":
        open(out, "wb").write(gzip.compress(JSONL, mtime=0))
    elif kind == "csv.bz2":
        open(out, "wb").write(bz2.compress(CSV))
    elif kind == "members.zip":
        write_zip(out, [("data/", b""), ("data/a.csv", CSV), ("b.jsonl", JSONL),
                        ("header_only.csv", b"id,comment\n"), ("notes.txt", TXT)])
    elif kind == "links.tar.gz":
        with tarfile.open(out, "w:gz", format=tarfile.GNU_FORMAT) as t:
            t.addfile(tinfo("x/", type=tarfile.DIRTYPE))
            t.addfile(tinfo("x/a.csv", CSV), io.BytesIO(CSV))
            t.addfile(tinfo("link.csv", type=tarfile.SYMTYPE, linkname="x/a.csv"))
            t.addfile(tinfo("null", type=tarfile.CHRTYPE, devmajor=1, devminor=3))
            t.addfile(tinfo("../../etc/x", TXT), io.BytesIO(TXT))
    elif kind == "cut.csv.gz":
        data = gzip.compress(MANY, mtime=0)
        open(out, "wb").write(data[:len(data) // 2])
    elif kind == "cut.csv.zst":
        data = subprocess.run(["zstd", "-q", "-c", "--no-check"], input=MANY, check=True,
                              stdout=subprocess.PIPE).stdout
        open(out, "wb").write(data[:len(data) // 2])
    elif kind == "bomb.zip":
        # 100 MB of spaces in a few hundred bytes (bzip2), between two ordinary members
        # (zeros would be refused sooner, as not text)
        write_zip(out, [("a.csv", CSV), ("bomb.txt", b" " * (100 << 20), zipfile.ZIP_BZIP2),
                        ("c.txt", TXT)])
    elif kind == "binary_member.zip":
        # an image and a UTF-16 export between two ordinary members: refused as not text
        png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x02\0\0\0"
        write_zip(out, [("a.csv", CSV), ("logo.png", png),
                        ("export.csv", "\ufeffid,comment\n1,slow\n".encode("utf-16-le")),
                        ("c.txt", TXT)])
    elif kind == "spaces.txt.gz":  # (zeros would pass for an empty tar archive)
        open(out, "wb").write(gzip.compress(b"comment " + b" " * (4 << 20), mtime=0))
    elif kind == "encrypted.zip":
        write_zip(out, [("a.csv", CSV), ("secret.csv", CSV), ("notes.txt", TXT)])
        mark_encrypted(out, b"secret.csv")
    elif kind == "corrupt.zip":
        write_zip(out, [("a.csv", CSV)])
        b = bytearray(open(out, "rb").read())
        b[26:28] = b"\xff\xff"  # the first member's name length: past the end of the file
        open(out, "wb").write(b)
    else:
        sys.exit("make_archive.py: unknown kind " + kind)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
