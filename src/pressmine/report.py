"""What a run tells the person at the terminal, on stderr (stdout carries only results):
a progress bar when stderr is a terminal, each failure in one line, a one-line summary."""

from __future__ import annotations

import sys
import time

from rich.console import Console
from rich.markup import escape


class Reporter:
    def __init__(self):
        # soft_wrap: a message stays on one line, whatever the terminal width.
        self.console = Console(stderr=True, highlight=False, soft_wrap=True)
        # The number of inputs, set for a progress bar (see live()).
        self.total: int | None = None
        self._progress = None
        self._start = time.monotonic()

    @staticmethod
    def live() -> bool:
        """Whether a progress bar is wanted: only for a person watching a terminal."""
        return sys.stderr.isatty()

    def __enter__(self) -> Reporter:
        if self.total is not None:
            # Imported here: a run that shows no bar does not pay for it.
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(
                TextColumn("extracting"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.1f} docs/s"),
                TextColumn("{task.fields[errors]} errors"),
                TimeRemainingColumn(),
                console=self.console,
                transient=True,
            )
            self._task = self._progress.add_task("", total=self.total, rate=0.0, errors=0)
            self._progress.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def error(self, path: str, reason: str) -> None:
        # Through the bar's console while it runs, so the message prints above it.
        console = self._progress.console if self._progress is not None else self.console
        console.print(f"[red]pressmine: error:[/] {escape(path)}: {escape(reason)}")

    def advance(self, summary) -> None:
        if self._progress is not None:
            elapsed = time.monotonic() - self._start
            self._progress.update(
                self._task,
                completed=summary.files + summary.skipped,
                rate=summary.files / elapsed if elapsed else 0.0,
                errors=summary.errors,
            )

    def finish(self, summary) -> None:
        if summary.interrupted:
            self.console.print(
                f"pressmine: interrupted after {summary.files} files "
                f"({summary.records} records, {summary.errors} errors); the output so far is valid"
            )
            return
        skipped = f", {summary.skipped} skipped (already done)" if summary.skipped else ""
        rate = summary.files / summary.seconds if summary.seconds else 0.0
        self.console.print(
            f"pressmine: {summary.files} files, {summary.records} records, "
            f"{summary.errors} errors{skipped} in {summary.seconds:.1f} s ({rate:.1f} files/s)"
        )
