"""Schema migrations, applied in order, each in its own transaction. Never edit an applied
migration: add a new one."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("annotator")


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE bulletins (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            source TEXT,
            language TEXT,
            title TEXT,
            day_number INTEGER,
            published TEXT,
            report_date TEXT,
            text TEXT NOT NULL,
            sections TEXT NOT NULL,
            items TEXT NOT NULL,
            review_status TEXT NOT NULL DEFAULT 'pending',
            reviewers TEXT NOT NULL DEFAULT '[]',
            approved_at TEXT,
            imported_at TEXT NOT NULL
        );
        CREATE INDEX bulletins_order ON bulletins (report_date, day_number, seq);
        CREATE TABLE facts (
            id TEXT PRIMARY KEY,
            bulletin_id TEXT NOT NULL REFERENCES bulletins(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            origin TEXT NOT NULL,
            confidence REAL,
            note TEXT,
            fields TEXT NOT NULL,
            evidence TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX facts_bulletin ON facts (bulletin_id, seq);
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            bulletin_id TEXT,
            fact_id TEXT,
            action TEXT NOT NULL,
            field TEXT,
            before TEXT,
            after TEXT
        );
        CREATE INDEX audit_fact ON audit (fact_id);
        """
    )


def known_names() -> set[str]:
    return {m.name for m in MIGRATIONS._migrations}


def applied_names(db: Database) -> set[str]:
    return {m.name for m in MIGRATIONS.applied(db)}


def pending(db: Database) -> list[str]:
    return [m.name for m in MIGRATIONS.pending(db)]


def apply(db: Database) -> None:
    MIGRATIONS.apply(db)
