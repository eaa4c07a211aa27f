#!/usr/bin/env python3
"""Class and method sizes of the main sources (issue 24): classes over 600 lines, methods over 80.

Usage: tools/code-size.py [src/main/java] [--all]
Lines are physical lines (as wc -l) of the file and of a method from its signature to its closing
brace. Methods are found by brace matching with strings, text blocks, chars and comments skipped;
a brace opens a method when the text before it ends in `name(...)` (optionally `throws …`) and is
no control statement, lambda or anonymous class.
"""
import os, re, sys

CLASS_LIMIT, METHOD_LIMIT = 600, 80
CONTROL = {"if", "for", "while", "switch", "catch", "synchronized", "try", "do", "else", "return", "new"}
SIG = re.compile(r"([A-Za-z_$][\w$]*)\s*\((?:[^()]|\([^()]*\))*\)\s*(?:throws\s+[\w$.,\s<>]+)?\s*$", re.S)


def strip(src):
    """Source with comments, strings and chars blanked (newlines kept)."""
    out, i, n = [], 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i)); i = j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2); j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", src[i:j])); i = j
        elif src.startswith('"""', i):
            j = src.find('"""', i + 3); j = n if j < 0 else j + 3
            out.append('""' + re.sub(r"[^\n]", " ", src[i + 2:j - 2]) + '""'); i = j
        elif c in "\"'":
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == "\\" else 1
            out.append(c + " " * (j - i - 1) + c); i = j + 1
        else:
            out.append(c); i += 1
    return "".join(out)


def methods(path):
    src = strip(open(path, encoding="utf-8").read())
    stack, found, last = [], [], 0
    for i, c in enumerate(src):
        if c == "{":
            head = src[last:i]
            m = SIG.search(head)
            is_method = (m and m.group(1) not in CONTROL and "->" not in head
                         and not re.search(r"\b(record|class|interface|enum)\s", head)
                         and not re.search(r"\bnew\s", head) and "=" not in head.split("(")[0])
            if is_method:
                start = src.count("\n", 0, last + len(head) - len(head.lstrip())) + 1
                stack.append((m.group(1), start))
            else:
                stack.append(None)
            last = i + 1
        elif c == "}":
            top = stack.pop() if stack else None
            if top:
                end = src.count("\n", 0, i) + 1
                found.append((top[0], top[1], end - top[1] + 1))
            last = i + 1
        elif c == ";":
            last = i + 1
    return found


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    root = args[0] if args else "src/main/java"
    big_classes, big_methods = [], []
    for d, _, files in os.walk(root):
        for f in files:
            if not f.endswith(".java"):
                continue
            p = os.path.join(d, f)
            n = sum(1 for _ in open(p, encoding="utf-8"))
            cls = os.path.relpath(p, root)[:-5].replace(os.sep, ".")
            if n > CLASS_LIMIT:
                big_classes.append((n, cls))
            for name, start, length in methods(p):
                if length > METHOD_LIMIT:
                    big_methods.append((length, f"{cls}.{name} (line {start})"))
    print(f"classes over {CLASS_LIMIT} lines: {len(big_classes)}")
    for n, c in sorted(big_classes, reverse=True):
        print(f"  {n:5d}  {c}")
    print(f"methods over {METHOD_LIMIT} lines: {len(big_methods)}")
    for n, m in sorted(big_methods, reverse=True):
        print(f"  {n:5d}  {m}")


if __name__ == "__main__":
    main()
