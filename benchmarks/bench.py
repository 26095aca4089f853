"""Throughput, memory and cold start of `pressmine extract`, against bare spaCy.

Run on demand (not a test; timings on a shared machine are noisy, so read the ratios):

    .venv/bin/python benchmarks/bench.py --n 200 --rss 500,5000

Every run is a separate process timed from start to exit (imports, model load, reading
the files and writing included), on the same N .txt files of the corpus: each
publisher's files sorted by name, interleaved, repeated when N is larger than the corpus.
"bare spaCy" loads the same model and runs nlp.pipe over the same texts with the same
batch size in one process, and again with spaCy's own n_process=2 (what two processes gain
on this machine at all: they slow each other down through shared caches and memory), and
a pure-Python loop in one process and in two (what the machine gives two processes of any
kind: on a shared machine, well under two cores).
Peak RSS is the largest sum of resident memory over a run's
processes (a parent and its workers), sampled from /proc every 50 ms (Linux); peak PSS
the same with each shared page counted once in all (workers forked from a parent that
has loaded the model share it, and RSS would count it once per process).
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

BATCH_SIZE = 16  # pressmine's default --chunk-size, the batch size of its nlp.pipe

BARE_SPACY = """
import sys, spacy
from pathlib import Path
nlp = spacy.load(sys.argv[1])
paths = Path(sys.argv[2]).read_text().splitlines()
texts = (Path(p).read_text(encoding="utf-8", errors="replace") for p in paths)
for _ in nlp.pipe(texts, batch_size=int(sys.argv[3]), n_process=int(sys.argv[4])):
    pass
"""

# The machine's own ceiling: the same pure-Python loop, run twice in one process and once
# in each of two processes at the same time. Two free cores give 2.0; a shared machine less.
CPU_LOOPS = """
import sys, multiprocessing as mp
def loop(_):
    s = 0
    for i in range(50_000_000):
        s += i * i
if sys.argv[1] == "1":
    loop(0); loop(0)
else:
    with mp.get_context("fork").Pool(2) as pool:
        pool.map(loop, [0, 1])
"""


def pick(corpus: Path, n: int) -> list[Path]:
    publishers = sorted(d for d in corpus.iterdir() if d.is_dir())
    lists = [sorted(d.glob("*.txt")) for d in publishers]
    interleaved = [p for group in itertools.zip_longest(*lists) for p in group if p]
    return list(itertools.islice(itertools.cycle(interleaved), n))


def folder_of(files: list[Path], where: Path) -> Path:
    """A folder of links to the files, numbered so that a repeated file is a new input."""
    folder = where / f"n{len(files)}"
    folder.mkdir()
    for i, path in enumerate(files):
        (folder / f"{i:05d}_{path.name}").symlink_to(path)
    return folder


def _tree_rss(root: int) -> tuple[int, int]:
    """Resident memory (kB) of a process and its descendants: RSS, and PSS, which counts
    a page shared by forked workers once in all, not once per process."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    parents[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        kids = [p for p, pp in parents.items() if pp == pid and p not in tree]
        tree.update(kids)
        frontier.extend(kids)
    rss = pss = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as fh:
                fields = dict(x.split(":", 1) for x in fh if x.startswith(("Rss:", "Pss:")))
        except OSError:
            continue
        rss += int(fields.get("Rss", "0 kB").split()[0])
        pss += int(fields.get("Pss", "0 kB").split()[0])
    return rss, pss


@dataclass
class Run:
    seconds: float  # wall clock, from start to exit
    rss_mb: float  # peak resident memory of the process tree
    pss_mb: float  # the same with shared pages divided among their processes
    cpu: float  # CPU seconds of the run's processes
    others: float  # CPU cores kept busy by other processes meanwhile (a noisy machine)


def _busy_seconds() -> float:
    """CPU seconds spent by the whole machine since boot (all processes)."""
    with open("/proc/stat") as fh:
        ticks = [int(x) for x in fh.readline().split()[1:]]
    idle = ticks[3] + ticks[4]
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str]) -> Run:
    """Run a command, which must succeed (exit 0), and measure it."""
    busy, cpu = _busy_seconds(), _children_cpu()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0, 0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[:] = map(max, peak, _tree_rss(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err.decode()[-2000:]}")
    cpu = _children_cpu() - cpu
    others = max(0.0, _busy_seconds() - busy - cpu) / seconds
    return Run(seconds, peak[0] / 1024, peak[1] / 1024, cpu, others)


def default_model() -> str:
    import spacy

    from pressmine.pipeline import DEFAULT_MODELS

    return next(m for m in DEFAULT_MODELS if spacy.util.is_package(m))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=200, help="files for the throughput runs")
    ap.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    ap.add_argument("--model", help="spaCy pipeline (default: pressmine's default)")
    ap.add_argument("--repeat", type=int, default=1, help="best of this many timed runs")
    ap.add_argument("--rss", default="", help="comma-separated N for the memory runs")
    ap.add_argument("--rss-jobs", type=int, default=2, help="--jobs of the memory runs")
    args = ap.parse_args()
    model = args.model or default_model()
    exe = shutil.which("pressmine", path=str(Path(sys.executable).parent)) or "pressmine"
    py = sys.executable

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files = pick(args.corpus, args.n)
        folder = folder_of(files, tmp)
        listing = tmp / "files.txt"
        listing.write_text("\n".join(str(p) for p in sorted(folder.iterdir())))
        words = sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in files)
        out = str(tmp / "out.jsonl")
        batch = str(BATCH_SIZE)

        def pressmine(target, jobs):
            return [exe, "extract", str(target), "--jobs", str(jobs), "--model", model, "-o", out]

        commands = {
            "bare spaCy nlp.pipe": [py, "-c", BARE_SPACY, model, str(listing), batch, "1"],
            # spaCy's own two processes: what two cores give on this machine at all.
            "bare spaCy n_process=2": [py, "-c", BARE_SPACY, model, str(listing), batch, "2"],
            "pressmine --jobs 1": pressmine(folder, 1),
            "pressmine --jobs 2": pressmine(folder, 2),
            "machine: loop x2, 1 proc": [py, "-c", CPU_LOOPS, "1"],
            "machine: loop, 2 procs": [py, "-c", CPU_LOOPS, "2"],
            "cold: spacy.load": [py, "-c", f"import spacy; spacy.load({model!r})"],
            "cold: pressmine, 1 file": [exe, "extract", str(files[0]), "--model", model, "-o", out],
        }
        # Repeats go round all the commands, so that a busy spell hits one round, not
        # every repeat of one command; the fastest of each is kept.
        best: dict[str, Run] = {}
        rounds: list[dict[str, float]] = []  # seconds of each command, round by round
        for _ in range(args.repeat):
            rounds.append({})
            for name, cmd in commands.items():
                run = timed(cmd)
                rounds[-1][name] = run.seconds
                if name not in best or run.seconds < best[name].seconds:
                    best[name] = run
        for n in [int(x) for x in args.rss.split(",") if x]:
            target = folder_of(pick(args.corpus, n), tmp)
            best[f"memory: {n} files, -j{args.rss_jobs}"] = timed(pressmine(target, args.rss_jobs))

    print(f"{args.n} files ({words:,} words) from {args.corpus}, model {model}, "
          f"batch {BATCH_SIZE}, {os.cpu_count()} CPUs, best of {args.repeat}")  # fmt: skip
    print(f"{'run':<26}{'seconds':>8}{'docs/s':>8}{'words/s':>9}{'CPU s':>8}"
          f"{'others':>8}{'peak RSS MB':>13}{'peak PSS MB':>13}")  # fmt: skip
    for name, run in best.items():
        n = int(name.split()[1]) if name.startswith("memory") else args.n
        rate = "" if name.startswith(("cold", "machine")) else f"{n / run.seconds:>8.2f}"
        wrate = f"{words / run.seconds:>9.0f}" if name in commands and rate else ""
        print(f"{name:<26}{run.seconds:>8.2f}{rate:>8}{wrate:>9}{run.cpu:>8.1f}"
              f"{run.others:>8.2f}{run.rss_mb:>13.0f}{run.pss_mb:>13.0f}")  # fmt: skip
    print("(others: CPU cores that other processes kept busy during the run, on average)")

    def ratio(num: str, den: str) -> str:
        """num/den of the best runs, and the same ratio within each round (the two runs of
        a round meet the same neighbours): its median and range, the steadier figure."""
        each = sorted(r[num] / r[den] for r in rounds)
        return (f"{best[num].seconds / best[den].seconds:.2f}  (rounds: median "
                f"{statistics.median(each):.2f}, {each[0]:.2f}-{each[-1]:.2f})")  # fmt: skip

    print("ratios: best runs (rounds: median, range)   target")
    print(f"  pressmine -j1 / bare spaCy throughput  "
          f"{ratio('bare spaCy nlp.pipe', 'pressmine --jobs 1')}  >= 0.75")  # fmt: skip
    print(f"  pressmine -j2 / -j1 throughput         "
          f"{ratio('pressmine --jobs 1', 'pressmine --jobs 2')}  >= 1.7")  # fmt: skip
    print(f"  bare spaCy n_process=2 / n_process=1   "
          f"{ratio('bare spaCy nlp.pipe', 'bare spaCy n_process=2')}  (machine)")  # fmt: skip
    print(f"  machine: a Python loop, 2 procs / 1    "
          f"{ratio('machine: loop x2, 1 proc', 'machine: loop, 2 procs')}  (ideal 2)")  # fmt: skip
    print(f"  cold start pressmine / spacy.load      "
          f"{ratio('cold: pressmine, 1 file', 'cold: spacy.load')}  <= 1.5")  # fmt: skip
    memory = [run for name, run in best.items() if name.startswith("memory")]
    if len(memory) >= 2:
        print(f"  peak RSS, last / first memory run      "
              f"{memory[-1].rss_mb / memory[0].rss_mb:.2f}  (<= 1.10)")  # fmt: skip
        print(f"  peak PSS, last / first memory run      "
              f"{memory[-1].pss_mb / memory[0].pss_mb:.2f}  (<= 1.10)")  # fmt: skip


if __name__ == "__main__":
    main()
