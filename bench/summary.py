#!/usr/bin/env python3
"""Writes the summary of one bench/run.sh SIZE into bench/RESULTS.md, between the markers of that
size (added at the top, under the title, the first time). Reads the outputs run.sh kept.
Usage: bench/summary.py SIZE DATABASE CUSTOMERS MARIADB_SETTINGS OUTPUT_DIR RESULTS_MD"""
import datetime, os, platform, re, statistics, subprocess, sys

size, db, customers, mariadb, out, results = sys.argv[1:7]


def read(name):
    path = os.path.join(out, name + ".txt")
    return open(path, encoding="utf-8", errors="replace").read() if os.path.exists(path) else ""


def load(text):
    before = re.search(r"load average before: ([\d.]+)", text)
    after = re.search(r"load average after: ([\d.]+)", text)
    return f"{before.group(1) if before else '?'} → {after.group(1) if after else '?'}"


def p95(values):
    values = sorted(values)
    return values[max(0, int(round(0.95 * len(values))) - 1)]


def ms(v):
    return f"{v / 1000:.1f} s" if v >= 10000 else f"{v:.0f} ms"


rows = []  # (figure, median, p95, runs, target, ratio, load)


def add(figure, values, target="", ratio="", text="", single=False):
    if text.strip() == "skipped":
        rows.append((figure, "skipped (BENCH_SKIP)", "", "", target, ratio, ""))
        return
    if not values:
        rows.append((figure, "not measured (see the raw output)", "", "0", target, ratio, load(text)))
        return
    rows.append((figure, ms(statistics.median(values)), "" if len(values) < 3 else ms(p95(values)), str(len(values)),
                 target, ratio, load(text)))


t = read("generate")
m = re.search(r"Generated ([\d,]+) customers, ([\d,]+) rows in ([\d.]+) s", t)
if t.strip() == "reused":
    rows.append(("generation", "reused database", "", "", "1M < 3 min", "", ""))
else:
    add("generation (%s rows)" % (m.group(2) if m else "?"), [float(m.group(3)) * 1000] if m else [], "1M < 3 min", text=t)
t = read("features")
add("feature rebuild", [float(v) for v in re.findall(r"run \d+: .*? in (\d+) ms", t)], "1M < 30 s", text=t)
t = read("import")
m = re.search(r"Import \d+: \w+, ([\d,]+) rows in ([\d.]+) s", t)
add("import (%s rows, check + write)" % (m.group(1) if m else "?"), [float(m.group(2)) * 1000] if m else [], "", text=t)
t = read("pages")
for name, med, p in re.findall(r"^(.+?): median (\d+) ms, p95 (\d+) ms", t, re.M):
    rows.append(("customer page: " + name, f"{med} ms", f"{p} ms", "30", "< 200 ms", "", load(t)))
t = read("segments")
seg = dict((n, (float(a), float(b))) for n, a, b in re.findall(r"BENCH (.+?): median (\d+) ms, p95 (\d+) ms", t))
count = next((v for k, v in seg.items() if k.startswith("segment count")), None)
hand = next((v for k, v in seg.items() if k.startswith("the same count written by hand")), None)
for name, (med, p) in seg.items():
    ratio = f"{med / hand[0]:.2f}× hand-written" if name.startswith("segment count") and hand and hand[0] else ""
    target = {"segment count": "< 300 ms, ≤ 1.5× by hand", "member page": "< 200 ms"}
    rows.append(("segments: " + name, f"{med:.0f} ms", f"{p:.0f} ms", "30",
                 next((v for k, v in target.items() if name.startswith(k)), ""), ratio, load(t)))
t = read("clustering")
m = re.search(r"end to end (\d+) ms, Weka training (\d+) ms, peak heap (\d+) MB", t)
add("clustering k-means k=8, all customers (peak heap %s MB)" % (m.group(3) if m else "?"),
    [float(m.group(1))] if m else [], "1M < 60 s, < 1 GB heap", text=t)
t = read("export")
add("campaign export, every customer", [float(v) * 1000 for v in re.findall(r"BENCH export run \d+: .*? in ([\d.]+) s", t)],
    "1M < 15 s", text=t)
t = read("load")
m = {k: re.search(r"latency %s (\d+) ms" % k, t) for k in ("p50", "p95", "p99")}
err = sum(int(v) for v in re.findall(r"mix requests answered \d+, errors (\d+)", t))
answered = sum(int(v) for v in re.findall(r"mix requests answered (\d+)", t))
cpu_per_answer = re.search(r"CPU per answer: (FinSeg [\d.]+ ms, MariaDB [\d.]+ ms)", t)
if m["p50"]:
    cost = f"; CPU per answer: {cpu_per_answer.group(1)}" if cpu_per_answer else ""
    rows.append((f"load: 50 users, 2 min after 20 s of warm-up, {answered:,} answers, {err} errors (p99 {m['p99'].group(1)} ms{cost})",
                 f"{m['p50'].group(1)} ms (p50)", f"{m['p95'].group(1)} ms", "", "p95 < 300 ms, 0 errors", "", load(t)))
else:
    rows.append(("load test", "not measured", "", "", "p95 < 300 ms, 0 errors", "", ""))

cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
lines = [
    f"### {int(customers):,} customers (`bench/run.sh {size}`{' with BENCH_REUSE=1' if os.environ.get('BENCH_REUSE') == '1' else ''})",
    "",
    f"- Date: {datetime.datetime.now().strftime('%Y-%m-%d %H:%M')}; database `{db}`, {int(customers):,} customers (seed 42, anchor 2026-06-30).",
    f"- Machine: {os.cpu_count()} cores ({cpu}), {mem:.0f} GB, {platform.system()} {platform.release()}; {java}.",
    f"- MariaDB: {mariadb}.",
    "- The machine is shared with other engineers' builds: the load average (1 min, before → after) stands beside each figure.",
    "",
    "| figure | median | p95 | runs | target | ratio | load average |",
    "|---|---|---|---|---|---|---|",
] + ["| " + " | ".join(r) + " |" for r in rows]
start, end = f"<!-- run.sh {size} start -->", f"<!-- run.sh {size} end -->"
block = start + "\n" + "\n".join(lines) + "\n" + end
text = open(results, encoding="utf-8").read()
if start in text:
    text = text[:text.index(start)] + block + text[text.index(end) + len(end):]
else:
    head = "## Summary (bench/run.sh)"
    if head not in text:
        title_end = text.index("\n") + 1
        text = text[:title_end] + "\n" + head + "\n\n" + "Written by `bench/run.sh SIZE`; the sections after it are the single benchmarks of each issue, with their analysis.\n\n" + text[title_end:]
    at = text.index(head) + len(head)
    at = text.index("\n\n", text.index("Written by", at)) + 2
    text = text[:at] + block + "\n\n" + text[at:]
open(results, "w", encoding="utf-8").write(text)
print("\n".join(lines))
