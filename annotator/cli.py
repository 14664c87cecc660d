"""The `annotator` command: parse arguments, call ops, print. No SQL here; Qt only in `gui`."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from annotator import __version__
from annotator.errors import AnnotatorError
from annotator.paths import default_reviewer, default_store_path

if TYPE_CHECKING:
    from annotator.store import Store


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="annotator",
        description="Bulletin Annotator: review facts extracted from war-news bulletins and "
                    "export gold datasets. With no command, opens the window.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--store", type=Path, default=None,
                   help="the SQLite store (default: $ANNOTATOR_STORE, else annotator.db in "
                        "your data folder)")
    p.add_argument("--reviewer", default=None,
                   help="your name in the audit trail (default: $ANNOTATOR_REVIEWER or $USER)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("gui", help="open the window (the default)",
                   description="Open the review window on the store.")

    imp = sub.add_parser("import", help="import bulletins (files, folders, JSONL)",
                         description="Import .txt, .md, .html and .jsonl bulletins; folders are "
                                     "searched recursively. Prints a summary; bad files are "
                                     "reported and the rest imported.")
    imp.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    imp.add_argument("--encoding", help="decode files with this encoding (e.g. cp1252) "
                                        "instead of detecting UTF-8/UTF-16")
    imp.add_argument("--jobs", type=_jobs, default=None, metavar="N",
                     help="worker processes extracting in parallel (default: one per core this "
                          "process may use, at most 8); Ctrl+C stops the import, keeping "
                          "what it stored")

    ref = sub.add_parser("refresh", help="re-extract the bulletins nobody has reviewed yet",
                         description="Give every bulletin nobody has started reviewing the "
                                     "current extractor's suggestions in place of an older "
                                     "version's. Bulletins with a reviewed fact, and approved "
                                     "ones, are left as they are.")
    ref.add_argument("--jobs", type=_jobs, default=None, metavar="N",
                     help="worker processes extracting in parallel (default: one per core this "
                          "process may use, at most 8); Ctrl+C stops it, keeping what it "
                          "stored")

    ext = sub.add_parser("extract", help="print the facts suggested for one file",
                         description="Parse and extract one bulletin without touching any "
                                     "store; --json prints it in the v1 dataset format.")
    ext.add_argument("file", type=Path, metavar="FILE")
    ext.add_argument("--json", action="store_true", help="print the v1 JSON record")
    ext.add_argument("--encoding", help="decode the file with this encoding")

    exp = sub.add_parser("export", help="write the v1 JSONL dataset",
                         description="Write one v1 record per bulletin to OUT.jsonl.")
    exp.add_argument("out", type=Path, metavar="OUT.jsonl")
    exp.add_argument("--status", choices=["approved", "all"], default="approved",
                     help="approved: approved bulletins with their approved facts (default); "
                          "all: every bulletin and fact with its status")

    ev = sub.add_parser("eval", help="score the extractor against a gold folder",
                        description="Run the extractor on every v1 record (*.json, *.jsonl) in "
                                    "GOLD_DIR and print precision, recall and F1 per kind and "
                                    "per field, and how well the confidence tells right "
                                    "suggestions from wrong (Brier score, AUROC, reliability).")
    ev.add_argument("gold", type=Path, metavar="GOLD_DIR")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    return p


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{n} worker processes cannot run; give 1 or more")
    return n


def _store(args: argparse.Namespace, write: bool = True, create: bool = True) -> Store:
    from annotator.store import open_store

    return open_store(args.store or default_store_path(), write=write, create=create)


@contextmanager
def _ctrl_c() -> Iterator[Callable[[], bool]]:
    """Inside, Ctrl+C does not raise: the returned function tells whether it was pressed, so
    a long command can stop between two commits."""
    import signal

    interrupted: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: interrupted.append(signum))
    try:
        yield lambda: bool(interrupted)
    finally:
        signal.signal(signal.SIGINT, previous)


def _cmd_import(args: argparse.Namespace) -> int:
    from annotator.ops.importing import ImportProgress, import_paths
    from annotator.ops.parallel import default_jobs

    store = _store(args)
    live = sys.stderr.isatty()

    def show(p: ImportProgress) -> None:
        print(f"\r{p.files_done} of {p.files} files read, {p.imported} bulletins imported",
              end="", file=sys.stderr, flush=True)

    try:
        with _ctrl_c() as stop:
            report = import_paths(store, args.paths, actor=args.reviewer,
                                  encoding=args.encoding, jobs=args.jobs or default_jobs(),
                                  progress=show if live else None, stop=stop)
    finally:
        if live:
            print(file=sys.stderr)
    for err in report.failures:
        print(f"error: {err}", file=sys.stderr)
    print(report.summary())
    if report.stopped:
        return 130  # the shell's code for a command stopped by Ctrl+C
    return 1 if report.failures and not (report.imported or report.duplicates) else (
        2 if report.failures else 0)


def _cmd_refresh(args: argparse.Namespace) -> int:
    from annotator.ops.parallel import default_jobs
    from annotator.ops.refreshing import refresh

    with _ctrl_c() as stop:
        report = refresh(_store(args, create=False), actor=args.reviewer,
                         jobs=args.jobs or default_jobs(), stop=stop)
    for failure in report.failures:
        print(f"error: {failure}", file=sys.stderr)
    print(report.summary())
    return 130 if report.stopped else (2 if report.failures else 0)


def _cmd_extract(args: argparse.Namespace) -> int:
    from annotator.export.jsonl import line, record
    from annotator.extract import extract
    from annotator.ingest import looks_like_bulletin, read_path
    from annotator.models import Review

    loaded = list(read_path(args.file, args.encoding))
    errors = [ld.error for ld in loaded if ld.error]
    for err in errors:
        print(f"error: {err}", file=sys.stderr)
    good = [ld.bulletin for ld in loaded if ld.bulletin]
    for b in good:
        if problem := looks_like_bulletin(b):
            print(f"warning: {args.file}: {problem}", file=sys.stderr)
        facts = extract(b)
        if args.json:
            sys.stdout.write(line(record(b, facts, Review())))
        else:
            print(f"{b.source}: day {b.day_number}, published {b.published}, "
                  f"language {b.language}, {len(b.sections)} sections, {len(b.items)} items")
            for kind, n in sorted(Counter(f.kind for f in facts).items()):  # type: ignore[attr-defined]
                print(f"  {kind}: {n}")
    return 1 if errors and not good else 0


def _cmd_export(args: argparse.Namespace) -> int:
    from annotator.ops.exporting import export_jsonl

    n_b, n_f = export_jsonl(_store(args, write=False), args.out, status=args.status)
    print(f"wrote {n_b} bulletins and {n_f} facts to {args.out}")
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from annotator.quality.evaluate import evaluate_dir, format_report

    report = evaluate_dir(args.gold)
    print(json.dumps(report.as_dict(), indent=1) if args.json else format_report(report))
    return 0


def _cmd_gui(args: argparse.Namespace) -> int:
    from annotator.gui.app import run

    return run(args.store or default_store_path(), args.reviewer)


COMMANDS = {"import": _cmd_import, "refresh": _cmd_refresh, "extract": _cmd_extract,
            "export": _cmd_export, "eval": _cmd_eval, "gui": _cmd_gui, None: _cmd_gui}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    args.reviewer = args.reviewer or default_reviewer()
    try:
        return COMMANDS[args.command](args)
    except AnnotatorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:  # Ctrl+C: every command leaves the store and files whole
        print(f"\n{args.command or 'gui'}: stopped by Ctrl+C", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
