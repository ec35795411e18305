# tests/domain_export/clients/read_ris.py — RIS parsed strictly, record by record.
"""Parses a RIS file the way importers do and prints its records: "TAG value" per line, a
blank line after each record. Checks the format on the way and exits 1 naming the line when a
line is not "TG  - value" ending in CR LF, a record does not start with TY or is not closed by
ER. Used by the domain export tests."""
import re
import sys

TAG_LINE = re.compile(r"^([A-Z][A-Z0-9])  - (.*)$")


def fail(number, message):
    print(f"line {number}: {message}", file=sys.stderr)
    sys.exit(1)


def main(path):
    with open(path, "rb") as f:
        data = f.read().decode("utf-8")
    lines = data.split("\r\n")
    if lines[-1] != "":
        fail(len(lines), "the file does not end with CR LF")
    in_record = False
    for number, line in enumerate(lines[:-1], start=1):
        if "\n" in line or "\r" in line:
            fail(number, "a line ends with a bare LF or CR")
        if line == "" and not in_record:
            continue
        match = TAG_LINE.match(line)
        if not match:
            fail(number, f"not a RIS tag line: {line!r}")
        tag, value = match.groups()
        if not in_record and tag != "TY":
            fail(number, f"a record starts with {tag}, not TY")
        if tag == "ER":
            if value != "":
                fail(number, "ER carries a value")
            print()
            in_record = False
            continue
        in_record = True
        print(tag, value)
    if in_record:
        fail(len(lines), "the last record is not closed by ER")


if __name__ == "__main__":
    main(sys.argv[1])
