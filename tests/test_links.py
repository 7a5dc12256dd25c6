"""Symbolic links out of the input folders are not followed unless --follow-links (issue 16 #5);
control characters in a file name cannot forge a line of kg's output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.cli import main
from kg.inputs.ingest import discover
from kg.model import Skipped


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    (outside / "folder").mkdir(parents=True)
    (outside / "secret.txt").write_text("Secret\n\nThe password is swordfish.\n")
    (outside / "folder" / "more.txt").write_text("More\n\nAlso secret.\n")
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("A\n\nNorth Korea supplied Russia with shells.\n")
    (corpus / "sub" / "b.txt").write_text("B\n\nRussia deployed troops to Kursk.\n")
    os.symlink(outside / "secret.txt", corpus / "notes.txt")
    os.symlink(outside / "folder", corpus / "linked")
    os.symlink(corpus / "sub" / "b.txt", corpus / "inside.txt")  # stays in the tree
    return corpus


def _found(paths, **kw) -> tuple[list[str], list[Skipped]]:
    skipped: list[Skipped] = []
    files = [Path(p).name for p in discover(paths, on_skip=skipped.append, **kw)]
    return files, skipped


def test_links_out_of_the_tree_are_skipped_with_a_warning(tree: Path) -> None:
    files, skipped = _found([tree])
    assert "notes.txt" not in files and "more.txt" not in files
    assert "a.txt" in files and "inside.txt" in files  # a link within the tree is read (once)
    assert "b.txt" not in files
    reasons = {Path(s.path).name: s.reason for s in skipped}
    assert set(reasons) == {"notes.txt", "linked"}
    assert all("--follow-links" in r for r in reasons.values())


def test_follow_links_reads_them(tree: Path) -> None:
    files, skipped = _found([tree], follow_links=True)
    assert {"notes.txt", "more.txt", "a.txt", "inside.txt"} <= set(files)
    assert skipped == []


def test_a_link_given_on_the_command_line_is_read(tree: Path) -> None:
    files, skipped = _found([tree / "notes.txt"])
    assert files == ["notes.txt"] and skipped == []


def test_control_characters_in_a_file_name_are_escaped(tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "x\x1b[2K\rkg: all good.txt").write_bytes(b"\x00\x01binary")
    main(["build", str(corpus), "--out", str(tmp_path / "o"), "-q", "--no-png"])
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\r" not in err and "\\x1b" in err
