#!/usr/bin/env python3
"""The commands the project's READMEs tell people to paste, and a check that none of them is dead.

usage:
  .ci/readme-commands.py main            README's main-job command (the first block under "Two commands")
  .ci/readme-commands.py test            README's test command (the second block there)
  .ci/readme-commands.py list            every command of every checked file, as "file:line: command"
  .ci/readme-commands.py check [FILE...] check the commands of FILE (default: the checked files); exit 1 and
                                         one line per problem, naming the file and line, when one is dead

A command is a line of a fenced sh/bash block (comments stripped, backslash continuations joined) or an inline
code span that starts with "dotnet ". "check" asks, for each:
  - a project given to dotnet (run --project P; test/build/pack/publish P) exists;
  - every argument that names a path in the repository (tools/..., runtime/..., ../shared/...) exists, except the
    values of output options (-o, --out, --output, --results-directory, --artifacts) and paths that git ignores
    (bin/, results/: what an earlier step of the same recipe builds);
  - a command that is a script path names an executable file;
  - a conformance runner subcommand is one that the runner's Program.cs handles.
Paths are taken relative to the repository root, where README tells people to run them.
"""
import os
import re
import shlex
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
CHECKED_FILES = ["README.md", "models/README.md", "docs/benchmarks.md"]
MAIN_SECTION = "## Two commands on a fresh machine"
REPO_PREFIXES = ("tools/", "runtime/", "generator/", "generated/", "tests/", "build/", "models/", "docs/",
                 ".ci/", "../shared/", "./tools/", "./runtime/", "./generator/")
OUTPUT_OPTIONS = {"-o", "--out", "--output", "--results-directory", "--artifacts"}
SHELL_FENCES = {"sh", "bash", "shell", "console"}


class Command:
    def __init__(self, file, line, text, section):
        self.file, self.line, self.text, self.section = file, line, text, section

    def __str__(self):
        return f"{self.file}:{self.line}: {self.text}"


def strip_comment(line):
    """Drops a trailing '# ...' comment that is outside quotes."""
    quote = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1].isspace()):
            return line[:i].rstrip()
    return line.rstrip()


def commands_of(path, text):
    """Every command in one markdown file, with its 1-based line and the section heading above it."""
    found = []
    section = ""
    fence = None  # the language of the open fence, or None outside one
    pending, pending_line = "", 0
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if fence is None and stripped.startswith("#") and not stripped.startswith("#!"):
            section = stripped
        if stripped.startswith("```"):
            if fence is None:
                fence = stripped[3:].strip().lower()
            else:
                fence = None
            continue
        if fence is not None:
            if fence not in SHELL_FENCES:
                continue
            line = strip_comment(raw)
            if not line.strip():
                continue
            if not pending:
                pending_line = number
            if line.endswith("\\"):
                pending += line[:-1] + " "
                continue
            found.append(Command(path, pending_line, (pending + line).strip(), section))
            pending = ""
            continue
        for match in re.finditer(r"`(dotnet [^`]+)`", raw):
            found.append(Command(path, number, match.group(1).strip(), section))
    return found


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


def main_job_blocks():
    """The first two commands under README's "Two commands" section: the main job and the test command."""
    in_section = [c for c in commands_of("README.md", read("README.md")) if c.section == MAIN_SECTION]
    if len(in_section) != 2:
        raise SystemExit(f"README.md: expected exactly two commands under '{MAIN_SECTION}', found {len(in_section)}"
                         + "".join(f"\n  {c}" for c in in_section))
    return in_section


def conformance_subcommands():
    source = read("tools/AwsCodegen.Conformance/Program.cs")
    return set(re.findall(r'case\s+"([a-z0-9-]+)"\s*:', source))


def built_by_a_step(path, root):
    """True for a path that git ignores (a build or run product such as bin/ or results/), which need not exist yet."""
    import subprocess
    try:
        # Both spellings: a directory pattern such as "results/" matches a path that does not exist yet only with
        # its trailing slash.
        return any(subprocess.run(["git", "-C", root, "check-ignore", "-q", "--no-index", candidate],
                                  capture_output=True).returncode == 0
                   for candidate in (path, path.rstrip("/") + "/"))
    except OSError:
        return False


def problems_of(command, root):
    try:
        words = shlex.split(command.text)
    except ValueError as e:
        return [f"cannot be split as a shell command ({e})"]
    if not words:
        return []
    problems = []

    def exists(p):
        return os.path.exists(os.path.join(root, p))

    first = words[0]
    if "/" in first and not first.startswith("/"):
        script = os.path.join(root, first)
        if not os.path.isfile(script):
            problems.append(f"{first} does not exist")
        elif not os.access(script, os.X_OK):
            problems.append(f"{first} is not executable")

    project = None
    if first == "dotnet" and len(words) > 1:
        verb = words[1]
        args = words[2:]
        if verb == "run":
            if "--project" in args and args.index("--project") + 1 < len(args):
                project = args[args.index("--project") + 1]
            else:
                problems.append("dotnet run without --project depends on the current directory")
        elif verb in ("test", "build", "pack", "publish", "restore", "clean"):
            positional = [a for a in args if not a.startswith("-")]
            if positional and not args[args.index(positional[0]) - 1] in OUTPUT_OPTIONS | {"-c", "-f", "-r"}:
                project = positional[0]
        if project is not None:
            full = os.path.join(root, project)
            if not os.path.exists(full):
                problems.append(f"project {project} does not exist")
            elif os.path.isdir(full) and not any(n.endswith((".csproj", ".sln", ".slnx")) for n in os.listdir(full)):
                problems.append(f"{project} holds no project file")
        if project is not None and project.rstrip("/").endswith("AwsCodegen.Conformance") and "--" in args:
            rest = args[args.index("--") + 1:]
            known = conformance_subcommands()
            if rest and rest[0] not in known:
                problems.append(f"the conformance runner has no command '{rest[0]}' (it has: {', '.join(sorted(known))})")

    previous = None
    for word in words[1:]:
        value = word.split("=", 1)[1] if word.startswith("-") and "=" in word else word
        if previous not in OUTPUT_OPTIONS and value.startswith(REPO_PREFIXES) and value != project:
            if any(ch in value for ch in "*?<> "):
                pass  # a pattern or a placeholder, not a path
            elif built_by_a_step(value, root):
                pass  # bin/, results/...: written by an earlier step of the same recipe, git-ignored
            elif not exists(value):
                problems.append(f"{value} does not exist")
        previous = word
    return problems


def main(argv):
    if len(argv) < 2 or argv[1] not in ("main", "test", "list", "check"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    verb = argv[1]
    if verb == "main":
        print(main_job_blocks()[0].text)
        return 0
    if verb == "test":
        print(main_job_blocks()[1].text)
        return 0

    files = argv[2:] or CHECKED_FILES
    commands = []
    for path in files:
        full = path if os.path.isabs(path) else os.path.join(ROOT, path)
        with open(full, encoding="utf-8") as f:
            commands += commands_of(path, f.read())
    if verb == "list":
        for c in commands:
            print(c)
        return 0

    bad = 0
    if not argv[2:]:
        main_job_blocks()  # the structure .ci/run relies on
    for c in commands:
        for problem in problems_of(c, ROOT):
            print(f"{c.file}:{c.line}: {problem}: {c.text}")
            bad += 1
    print(f"{len(commands)} commands checked, {bad} problems", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
