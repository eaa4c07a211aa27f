#!/usr/bin/env python3
"""Generate a large synthetic .jrcase package (folder and ZIP) for the import benchmark.

usage: make_package.py OUT_DIR TOTAL_MB FILES
Writes OUT_DIR/pkg/ (manifest.json + files/) and OUT_DIR/pkg.jrcase (ZIP, stored: evidence
files such as JPEG, MP4 and PDF do not compress, so stored entries are the realistic case).
"""
import hashlib, json, os, sys, zipfile

out, total_mb, nfiles = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
pkg = os.path.join(out, "pkg")
os.makedirs(os.path.join(pkg, "files"), exist_ok=True)
size = total_mb * 1024 * 1024 // nfiles
evidence = []
chunk = 4 * 1024 * 1024
for i in range(nfiles):
    name = f"files/e{i:03d}.bin"
    h = hashlib.sha256()
    with open(os.path.join(pkg, name), "wb") as f:
        left = size
        while left > 0:
            b = os.urandom(min(chunk, left))
            h.update(b)
            f.write(b)
            left -= len(b)
    evidence.append({"id": f"e{i}", "type": "视听资料", "title": f"执法记录仪视频 {i}",
                     "file": name, "sha256": h.hexdigest(), "proves": ["v1"]})
manifest = {"format": "jrw-dossier", "version": 1,
            "case": {"caseNumber": "基准〔2026〕1号", "title": "导入基准测试案卷"},
            "parties": [{"id": "p1", "kind": "unit", "name": "基准测试单位"}],
            "violations": [{"id": "v1", "partyId": "p1", "facts": "基准"}],
            "documents": [], "evidence": evidence}
with open(os.path.join(pkg, "manifest.json"), "w", encoding="utf-8") as f:
    json.dump(manifest, f, ensure_ascii=False, indent=1)
with zipfile.ZipFile(os.path.join(out, "pkg.jrcase"), "w", zipfile.ZIP_STORED, allowZip64=True) as z:
    z.write(os.path.join(pkg, "manifest.json"), "manifest.json")
    for e in evidence:
        z.write(os.path.join(pkg, e["file"]), e["file"])
print(f"{nfiles} files x {size} bytes = {nfiles * size / 2**20:.0f} MiB")
