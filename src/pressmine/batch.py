"""Extraction over many inputs: find the files, spread them over worker processes,
write one result per input as it finishes, in input order, in constant memory.

Workers receive paths, not texts: each reads, decodes and extracts its own chunk of
files and sends back finished JSON lines, so the parent only finds files and writes.
Nothing is lost: an input that fails becomes an error result naming its reason.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import hashlib
import json
import os
import pickle
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from itertools import chain, islice

from .reader import MAX_CHARS, Input, InputError, read

DEFAULT_GLOBS = ("*.txt", "*.text", "*.htm", "*.html")
CHUNK_SIZE = 16
# A worker is replaced after this many chunks. Its resident memory creeps up with the
# documents it has parsed, even with the freed heap trimmed after each chunk, so a fresh
# worker keeps a long run flat. Sampled over 1,000 files with --jobs 2, the peak of the
# last 500 against the first 500: 1.03 after 32 chunks a worker, 0.98 after 8. A forked
# worker costs a fork; a spawned one reloads the model.
WORKER_CHUNKS = 8
# Where fork is safe (Linux), workers are forked from the parent once it has loaded the
# model, as spaCy's own nlp.pipe(n_process=...) does: they start at once, sharing its
# memory, instead of each importing spaCy and loading the model for about 3 s. macOS
# (fork unsafe with system libraries) and Windows (no fork) spawn them.
FORK = sys.platform.startswith("linux")


class StartFailed(Exception):
    """The pipeline could not be loaded; str() is the one-line reason."""


@dataclass(frozen=True)
class Task:
    """One input: a path, or why it cannot be read before anyone tries."""

    path: str
    problem: str | None = None
    # Standard input is read by the parent (workers do not share it).
    given: Input | None = None


@dataclass(frozen=True)
class Result:
    """What one input gave: a JSON line, a record or an error line."""

    path: str
    line: str
    error: str | None = None


@dataclass(frozen=True)
class Settings:
    """What every worker needs to extract: sent once, to the pool initializer."""

    model: str | None = None
    reference: dt.date | None = None
    emit_text: bool = False
    # How each input is read (see reader.read).
    input_format: str = "auto"
    max_chars: int = MAX_CHARS
    truncate: bool = False

    def read(self, path: str) -> Input:
        return read(
            path, max_chars=self.max_chars, truncate=self.truncate, input_format=self.input_format
        )


@dataclass
class Summary:
    files: int = 0
    records: int = 0
    errors: int = 0
    skipped: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def exit_code(self) -> int:
        return 130 if self.interrupted else 1 if self.errors else 0


def is_single(inputs: Sequence[str]) -> bool:
    """One file (or standard input): the case where `--format json` prints one object."""
    return len(inputs) == 1 and not os.path.isdir(inputs[0])


# --- Finding inputs -----------------------------------------------------------------


def discover(inputs: Iterable[str], globs: Sequence[str] = DEFAULT_GLOBS) -> Iterator[Task]:
    """Tasks for the inputs as given: folders are walked, files and '-' pass as they are
    (a missing file fails when read, so that it is reported like any other failure)."""
    for arg in inputs:
        if arg != "-" and os.path.isdir(arg):
            found = False
            for task in _walk(arg, globs, frozenset()):
                found = True
                yield task
            if not found:
                yield Task(arg, f"is a directory with no files matching {', '.join(globs)}")
        else:
            yield Task(arg)


def _walk(folder: str, globs: Sequence[str], ancestors: frozenset) -> Iterator[Task]:
    """Files under `folder` matching a glob, sorted by name, depth first, lazily.

    Hidden names are skipped. `ancestors` holds the (device, inode) of the folders
    above, so a symbolic link back up the tree is not followed round for ever.
    """
    try:
        ancestors = ancestors | {_identity(folder)}
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield Task(folder, f"cannot list folder: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if _identity(entry.path) not in ancestors:
                yield from _walk(entry.path, globs, ancestors)
        elif _matches(entry.name, globs) and (entry.is_file() or entry.is_symlink()):
            # A dangling link is kept: reading it reports it rather than losing it.
            yield Task(entry.path)


def _identity(path: str) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


def _matches(name: str, globs: Sequence[str]) -> bool:
    name = name.lower()
    return any(fnmatch.fnmatchcase(name, g.lower()) for g in globs)


def from_feed(items: Iterable[Input | InputError]) -> Iterator[Task]:
    """Tasks for releases already read, such as the lines of a JSONL feed."""
    for item in items:
        if isinstance(item, InputError):
            yield Task(item.path or "-", str(item))
        else:
            yield Task(item.path, given=item)


def _pending(tasks: Iterable[Task], done: dict[str, str], summary: Summary, settings: Settings):
    """Tasks still to do: read standard input here, and skip what `--resume` found done
    (a file is hashed only when its path is in the output already)."""
    for task in tasks:
        if task.path == "-" and task.problem is None and task.given is None:
            try:
                task = Task("-", given=settings.read("-"))
            except InputError as exc:
                task = Task("-", str(exc))
        if task.path in done and task.problem is None and done[task.path] == _sha256(task):
            summary.skipped += 1
            continue
        yield task


def _sha256(task: Task) -> str | None:
    if task.given is not None:
        return hashlib.sha256(task.given.data).hexdigest()
    digest = hashlib.sha256()
    try:
        with open(task.path, "rb") as fh:
            while block := fh.read(1 << 20):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


# --- Resume ---------------------------------------------------------------------------


def resume_from(path: str) -> dict[str, str]:
    """{path: sha256} of the records already in a JSONL output, which is repaired in place.

    Kept: complete lines holding a record. Dropped: error lines (their inputs are tried
    again) and a line cut short by a kill. The file is rewritten only when something
    is dropped, through a temporary file, so it is valid JSONL at every moment.
    """
    done: dict[str, str] = {}
    if not os.path.exists(path):
        return done
    kept = path + ".resume-tmp"
    dropped = False
    with open(path, "rb") as src, open(kept, "wb") as dst:
        for raw in src:
            record = _record_in(raw)
            if record is None:
                dropped = True
                continue
            done[record["source"]["path"]] = record["source"]["sha256"]
            dst.write(raw)
    if dropped:
        os.replace(kept, path)
    else:
        os.remove(kept)
    return done


def _record_in(raw: bytes) -> dict | None:
    if not raw.endswith(b"\n"):
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    source = data.get("source") if isinstance(data, dict) else None
    if not isinstance(source, dict) or "error" in data or "sha256" not in source:
        return None
    return data


# --- Extraction, in a worker or in the parent -------------------------------------------

# A worker's pipeline, loaded once by the pool initializer (or by the parent with --jobs 1).
_worker: dict = {}


def setup(settings: Settings) -> None:
    from .pipeline import ModelNotFound, load

    _worker.clear()
    try:
        nlp = load(settings.model)
    except ModelNotFound as exc:
        raise StartFailed(str(exc)) from None
    except Exception as exc:
        raise StartFailed(f"cannot load the spaCy pipeline: {_one_line(exc)}") from None
    _worker.update(nlp=nlp, settings=settings)
    _release_memory()  # the load's temporaries, before workers are forked with the heap


def run_chunk(tasks: list[Task]) -> list[Result]:
    results = process_chunk(_worker["nlp"], tasks, _worker["settings"])
    _release_memory()
    return results


def _release_memory() -> None:
    """Hand the heap that Python and spaCy have freed back to the system.

    glibc keeps freed memory for reuse, so a process's resident size climbs to the
    largest a chunk ever needed and stays there (about 380 MB after 300 releases, where
    trimming after each chunk keeps 200 MB). A trim takes some 8 ms a chunk. Elsewhere
    (macOS, musl) there is no malloc_trim and nothing is done.
    """
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _glibc():
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


_LIBC = _glibc()


def process_chunk(nlp, tasks: Sequence[Task], settings: Settings) -> list[Result]:
    """One result per task, in order. The chunk goes through nlp.pipe together; if that
    breaks, the documents not yet done are retried one by one so only the culprit fails."""
    results: list[Result | None] = [None] * len(tasks)
    readable = []
    for i, task in enumerate(tasks):
        if task.problem is not None:
            results[i] = failure(task.path, task.problem)
            continue
        try:
            readable.append((i, task.given if task.given is not None else settings.read(task.path)))
        except InputError as exc:
            results[i] = failure(task.path, str(exc))
    try:
        _extract(nlp, readable, results, settings)
    except Exception:
        for i, item in readable:
            if results[i] is None:
                try:
                    _extract(nlp, [(i, item)], results, settings)
                except Exception as exc:
                    results[i] = failure(item.path, f"extraction failed: {_one_line(exc)}")
    return results


def _extract(nlp, readable: list[tuple[int, Input]], results: list, settings: Settings) -> None:
    from .pipeline import extract_texts, make_source

    items = (
        (
            item.text,
            make_source(item.path, item.data, item.text, item.encoding, item.id),
            item.warnings,
            item.hints,
        )
        for _, item in readable
    )
    records = extract_texts(nlp, items, settings.reference)
    for (i, item), record in zip(readable, records, strict=True):
        if settings.emit_text:
            record.text = item.text
        data = record.model_dump(mode="json")
        if not settings.emit_text:
            data.pop("text")
        results[i] = Result(item.path, json.dumps(data, ensure_ascii=False))


def failure(path: str, reason: str) -> Result:
    line = json.dumps({"source": {"path": path}, "error": reason}, ensure_ascii=False)
    return Result(path, line, reason)


def _one_line(exc: BaseException) -> str:
    return " ".join(f"{type(exc).__name__}: {exc}".split())[:300]


# --- Running ------------------------------------------------------------------------------


def run(
    inputs: Sequence[str],
    settings: Settings,
    write: Callable[[Result], None],
    *,
    globs: Sequence[str] = DEFAULT_GLOBS,
    jobs: int = 1,
    chunk_size: int = CHUNK_SIZE,
    ordered: bool = True,
    done: dict[str, str] | None = None,
    feed: Iterable[Task] | None = None,
) -> Summary:
    """Extract every input, calling `write` with each result as it is ready.

    Returns the counts; Ctrl-C stops the run cleanly (summary.interrupted). Progress
    goes to stderr when it is a terminal, a one-line summary always. `feed`, when given,
    replaces the inputs' files (the releases of a JSONL feed).
    """
    from .report import Reporter

    start = time.monotonic()
    summary = Summary()
    reporter = Reporter()
    try:
        if reporter.live() and feed is None:
            reporter.total = sum(1 for _ in discover(inputs, globs))
        found = feed if feed is not None else discover(inputs, globs)
        tasks = _pending(found, done or {}, summary, settings)
        # Look ahead a little: a pool pays only when there is more than one chunk of work.
        head = list(islice(tasks, jobs * chunk_size + 1))
        workers = min(jobs, -(-len(head) // chunk_size))
        chunks = _chunks(chain(head, tasks), chunk_size, workers)
        with _results(chunks, settings, workers, ordered) as results, reporter:
            for chunk in results:
                for result in chunk:
                    write(result)
                    summary.files += 1
                    if result.error is None:
                        summary.records += 1
                    else:
                        summary.errors += 1
                        reporter.error(result.path, result.error)
                    reporter.advance(summary)
    except KeyboardInterrupt:
        summary.interrupted = True
    summary.seconds = time.monotonic() - start
    reporter.finish(summary)
    return summary


def _chunks(tasks: Iterable[Task], size: int, workers: int = 1) -> Iterator[list[Task]]:
    """Chunks of `size` tasks. With several workers the last ones shrink, each to a share
    of what is left (guided scheduling), so that the workers finish together instead of
    one running a whole last chunk while the others wait. Reading ahead a few chunks of
    tasks (paths, not texts) is what tells the end is near."""
    it = iter(tasks)
    ahead = 2 * workers * size if workers > 1 else size
    window: deque[Task] = deque()
    while True:
        window.extend(islice(it, ahead - len(window)))
        if not window:
            return
        n = size if len(window) >= ahead else -(-len(window) // (2 * workers))
        yield [window.popleft() for _ in range(min(n, size, len(window)))]


@contextmanager
def _results(chunks: Iterator[list[Task]], settings: Settings, workers: int, ordered: bool):
    """Results of the chunks: in this process for one worker, else from worker processes."""
    if workers <= 1:
        yield _in_process(chunks, settings)
        return
    if FORK:
        setup(settings)  # a model that cannot load fails here, before any worker starts
    pool = _Pool(workers, settings)
    # A kill (SIGTERM) stops the run like Ctrl-C, rather than leaving the workers orphaned.
    previous_term = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        yield pool.results(chunks, ordered)
    finally:
        pool.close()
        signal.signal(signal.SIGTERM, previous_term)


def _in_process(chunks: Iterator[list[Task]], settings: Settings) -> Iterator[list[Result]]:
    for i, chunk in enumerate(chunks):
        if i == 0:  # the model loads only when there is work (--resume may leave none)
            setup(settings)
        yield run_chunk(chunk)


# --- Worker processes -----------------------------------------------------------------


def _serve(conn, settings: Settings) -> None:
    """A worker: extract each chunk the parent sends, until told to stop (None)."""
    # Ctrl-C and kills are the parent's to handle: it stops the workers (SIGTERM, at
    # its default: exit at once) and keeps the output valid.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    failed = None
    if "nlp" not in _worker:  # spawned, not forked from a parent that has the model
        try:
            setup(settings)
        except StartFailed as exc:
            failed = exc  # the parent raises it when the first chunk comes back
    while (tasks := conn.recv()) is not None:
        conn.send(failed or run_chunk(tasks))


class _Worker:
    def __init__(self, context, settings: Settings):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, settings), daemon=True)
        self.process.start()
        child.close()
        self.chunks = 0  # chunks sent to it, for replacing it after WORKER_CHUNKS
        self.job: tuple[int, int, list[Task]] | None = None  # (chunk, first task, tasks)

    def send(self, job: tuple[int, int, list[Task]]) -> None:
        self.job = job
        self.chunks += 1
        # A worker that died since its last job is found out by its sentinel, as one
        # that dies with the job is, and the job is redone the same way.
        with suppress(OSError):
            self.conn.send(job[2])

    def stop(self, now: bool = False) -> None:
        if now:
            self.process.terminate()
        else:
            with suppress(OSError):  # it may have died since its last job
                self.conn.send(None)
        self.process.join()
        self.conn.close()


class _Pool:
    """Worker processes, each with a pipe of its own, fed one chunk at a time.

    Unlike multiprocessing.Pool, a worker that dies (killed, out of memory, a crash in
    native code) loses nothing and stops nothing: its chunk is redone one document at
    a time in fresh workers, so that only the document that kills a worker fails, with
    an error line. At most 2 x workers chunks are in flight or waiting for their turn
    in the output, so memory stays constant however many files there are.
    """

    def __init__(self, size: int, settings: Settings):
        import multiprocessing

        self._context = multiprocessing.get_context("fork" if FORK else "spawn")
        self._settings = settings
        self._size = size
        self._workers: list[_Worker] = []

    def _start(self) -> _Worker:
        # Workers start with Ctrl-C ignored (the parent's disposition is inherited, and
        # set again by _serve): the parent catches it and stops them, so no worker
        # prints a traceback.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            worker = _Worker(self._context, self._settings)
        finally:
            signal.signal(signal.SIGINT, previous)
        self._workers.append(worker)
        return worker

    def results(self, chunks: Iterator[list[Task]], ordered: bool) -> Iterator[list[Result]]:
        from multiprocessing.connection import wait

        parts: dict[int, list[Result | None]] = {}  # chunk number -> its results so far
        redo: deque[tuple[int, int, list[Task]]] = deque()  # one-document jobs after a death
        numbered = enumerate(chunks)
        exhausted = False
        emitted = 0  # in ordered mode, the next chunk to give out
        while True:
            for worker in [w for w in self._workers if w.job is None]:
                # Replaced when it has done its share, or when it died between two jobs.
                if worker.chunks >= WORKER_CHUNKS or not worker.process.is_alive():
                    self._workers.remove(worker)
                    worker.stop()
            while len([w for w in self._workers if w.job is not None]) < self._size:
                if redo:
                    job = redo.popleft()
                elif not exhausted and len(parts) < 2 * self._size:
                    number, chunk = next(numbered, (None, None))
                    if chunk is None:
                        exhausted = True
                        continue
                    parts[number] = [None] * len(chunk)
                    job = (number, 0, chunk)
                else:
                    break
                idle = [w for w in self._workers if w.job is None]
                (idle[0] if idle else self._start()).send(job)
            busy = [w for w in self._workers if w.job is not None]
            if not busy:
                return
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy])
            for worker in busy:
                if worker.conn not in ready and worker.process.sentinel not in ready:
                    continue
                number, first, tasks = worker.job
                worker.job = None
                try:
                    results = worker.conn.recv()
                except (EOFError, OSError, pickle.UnpicklingError):
                    results = None  # the worker died with the job
                if isinstance(results, StartFailed):
                    raise results
                if results is None:
                    self._workers.remove(worker)
                    worker.stop(now=True)
                    if len(tasks) > 1:
                        redo.extend((number, first + k, [t]) for k, t in enumerate(tasks))
                        continue
                    code = worker.process.exitcode
                    why = f"signal {-code}" if code and code < 0 else f"exit code {code}"
                    results = [failure(tasks[0].path, f"the worker process died ({why})")]
                parts[number][first : first + len(results)] = results
            while True:
                if ordered:
                    done = emitted if None not in parts.get(emitted, [None]) else None
                else:
                    done = next((n for n, p in parts.items() if None not in p), None)
                if done is None:
                    break
                emitted += ordered  # the next in turn; unordered output keeps no turn
                yield parts.pop(done)

    def close(self) -> None:
        """Stop every worker: at once if a job is still running (Ctrl-C, an error)."""
        for worker in self._workers:
            worker.stop(now=worker.job is not None)
        self._workers.clear()
