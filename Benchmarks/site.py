#!/usr/bin/env python3
"""Complete-build benchmark: sitegen against Hugo on the same generated corpus.

    Benchmarks/site.py [--articles 10000 50000] [--runs 2] [--no-hugo]

For each corpus size it generates (once, cached in .build-bench/) the corpus
with ../shared/bench/gen_corpus.py, which writes the same articles as a sitegen
site and as a Hugo site with its taxonomy terms filled in. It builds a release
`sitegen`, then runs the two builds alternately (sitegen, hugo, sitegen, hugo,
...) into fresh folders (a run's output is set aside, not deleted, until the
last run: see set_aside) and prints, per run and as medians, wall time, CPU time
(user + system), peak memory (max RSS), HTML pages written, and sitegen's ratio
to Hugo. Hugo is used when `hugo` is on PATH (apt-get install hugo).

Only the Python standard library is used; times come from wait4()'s rusage.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, ".build-bench")
TRASH = os.path.join(BENCH, "trash")


def set_aside(path):
    """Moves a previous run's output out of the way, to be deleted after the last timed run.

    Deleting it here would slow the next run down, whichever tool it is: on ext4 without a
    journal (this project's machine) the kernel will not reuse an inode deleted in the last
    minute (five, while its inode table block is dirty), and it finds that out again for every
    new file by scanning the deleted ones from the start of the block group. Creating 10,000
    folders with a page each takes five times as long right after 10,000 were deleted.
    """
    if not os.path.lexists(path):
        return
    os.makedirs(TRASH, exist_ok=True)
    os.rename(path, os.path.join(TRASH, f"{len(os.listdir(TRASH))}-{os.path.basename(path)}"))


def empty_trash():
    shutil.rmtree(TRASH, ignore_errors=True)


def run(cmd, cwd=None, quiet=True):
    """Runs a command; returns (wall seconds, cpu seconds, peak RSS in MiB)."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL if quiet else None, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(cmd)} failed ({code}):\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def count_pages(folder):
    pages = files = 0
    for _, _, names in os.walk(folder):
        files += len(names)
        pages += sum(1 for n in names if n.endswith(".html"))
    return pages, files


def corpus(n, gen):
    out = os.path.join(BENCH, f"corpus-{n}")
    if not os.path.isdir(os.path.join(out, "sitegen", "content")) or not os.path.isdir(os.path.join(out, "hugo")):
        print(f"generating {n} articles ...", flush=True)
        subprocess.run([sys.executable, gen, "--articles", str(n), "--out", out, "--seed", "1"], check=True, stdout=subprocess.DEVNULL)
    return out


def incremental(sitegen, base, n, full):
    """A warm build with the cache, then one article edited and the site rebuilt."""
    root = os.path.join(base, "sitegen")
    out = os.path.join(BENCH, f"out-incremental-{n}")
    cache = os.path.join(BENCH, f"cache-incremental-{n}")
    set_aside(out)
    set_aside(cache)
    cmd = [sitegen, "build", "--quiet", "--root", root, "--output", out, "--cache", cache]
    warm = run(cmd)
    same = run(cmd)
    content = os.path.join(root, "content")
    article = os.path.join(content, sorted(f for f in os.listdir(content) if f.endswith(".md"))[n // 2])
    with open(article, encoding="utf-8") as f:
        original = f.read()
    try:
        with open(article, "a", encoding="utf-8") as f:
            f.write("\nIceland said it would follow the talks closely.\n")
        edited = run(cmd)
    finally:
        with open(article, "w", encoding="utf-8") as f:
            f.write(original)
    set_aside(out)
    set_aside(cache)
    for label, (wall, cpu, rss) in [("cold, filling the cache", warm), ("nothing changed", same), ("one article edited", edited)]:
        print(f"{n:>6} articles  sitegen incremental, {label:<24} wall {fmt(wall, 's')}  cpu {fmt(cpu, 's')}  "
              f"= {100 * wall / full[0]:5.1f}% of a clean build's wall time", flush=True)


def fmt(x, unit):
    return f"{x:8.2f} {unit}"


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", type=int, nargs="+", default=[10000])
    p.add_argument("--runs", type=int, default=2, help="runs of each tool per size (alternating)")
    p.add_argument("--no-hugo", action="store_true", help="time sitegen only")
    p.add_argument("--gen", default=os.environ.get("GEN_CORPUS", os.path.join(ROOT, "..", "shared", "bench", "gen_corpus.py")))
    p.add_argument("--skip-build", action="store_true", help="use the existing .build/release/sitegen")
    p.add_argument("--incremental", action="store_true", help="also time a rebuild after editing one article (annotation cache on)")
    args = p.parse_args()

    if not args.skip_build:
        print("building release sitegen ...", flush=True)
        subprocess.run(["swift", "build", "-c", "release", "--product", "sitegen"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    sitegen = os.path.join(ROOT, ".build", "release", "sitegen")
    hugo = None if args.no_hugo else shutil.which("hugo")
    if hugo:
        version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip()
        print(f"hugo: {version}")
    elif not args.no_hugo:
        print("hugo not found: timing sitegen only (apt-get install hugo to compare)")
    print(f"machine: {os.cpu_count()} cores")

    summary = []
    for n in args.articles:
        base = corpus(n, args.gen)
        results = {"sitegen": [], "hugo": []}
        pages = {}
        for r in range(args.runs):
            for tool in (["sitegen", "hugo"] if hugo else ["sitegen"]):
                out = os.path.join(BENCH, f"out-{tool}-{n}")
                set_aside(out)
                cache = os.path.join(BENCH, f".sitegen-cache-{n}")
                set_aside(cache)
                if tool == "sitegen":
                    cmd = [sitegen, "build", "--quiet", "--no-cache", "--root", os.path.join(base, "sitegen"), "--output", out]
                else:
                    cmd = [hugo, "--quiet", "--source", os.path.join(base, "hugo"), "--destination", out]
                wall, cpu, rss = run(cmd)
                pages[tool] = count_pages(out)
                results[tool].append((wall, cpu, rss))
                print(f"{n:>6} articles  {tool:<7} run {r + 1}: wall {fmt(wall, 's')}  cpu {fmt(cpu, 's')}  peak {rss:8.0f} MiB  "
                      f"{pages[tool][0]} pages, {pages[tool][1]} files", flush=True)
                set_aside(out)
        med = {t: tuple(statistics.median(x[i] for x in v) for i in range(3)) for t, v in results.items() if v}
        summary.append((n, med, pages))
        if args.incremental:
            incremental(sitegen, base, n, med["sitegen"])

    print()
    print("median of runs        wall (s)   cpu (s)  peak (MiB)    pages")
    for n, med, pages in summary:
        for tool, (wall, cpu, rss) in med.items():
            print(f"{n:>6} {tool:<14} {wall:9.2f} {cpu:9.2f} {rss:11.0f} {pages[tool][0]:8d}")
        if "hugo" in med:
            s, h = med["sitegen"], med["hugo"]
            print(f"{n:>6} sitegen/hugo   {s[0] / h[0]:9.2f} {s[1] / h[1]:9.2f} {s[2] / h[2]:11.2f}")
    if len(summary) > 1:
        (n0, m0, _), (n1, m1, _) = summary[0], summary[-1]
        for tool in m0:
            if tool in m1:
                print(f"scaling {tool}: {n1 / n0:.1f}x articles -> {m1[tool][0] / m0[tool][0]:.2f}x wall, {m1[tool][1] / m0[tool][1]:.2f}x cpu")


if __name__ == "__main__":
    try:
        main()
    finally:
        empty_trash()
