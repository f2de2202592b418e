#!/usr/bin/env python3
"""Hoists the string-list literals of the extractor's rules into constants (Recognition/RuleWords.swift).

A rule written as `["a", "an"].contains(tokens[k].lower)` allocates the array, fills it with its
strings and frees it again every time it runs (for every token it looks at): about a twentieth of
the extraction time went into such lists. This script rewrites each such literal followed by
`.contains` into `RuleWords.<name>.contains`, where `<name>` is made from the list's first entries,
and regenerates RuleWords.swift with every list still referenced. Entries keep their order.

Run it after writing new rules (or after taking another branch's version of a rule file in a merge):

    python3 scripts/hoist_rule_words.py

It is idempotent: lists already hoisted keep their names; lists no longer referenced are dropped.

The constants are `WordSet`s over one vocabulary, `RuleWords.vocabulary`, which the script also writes:
every word of the hoisted lists, of the `static let name: WordSet = [...]` literals elsewhere in the
rules and of the `WordID("...")` literals (the named punctuation marks). A token carries the number of its lowercase form in it (`Token.word`), so a rule tests
`RuleWords.<name>.contains(tokens[k].word)` with one bit instead of comparing strings.
"""
import os
import re
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Sources', 'SummitryExtraction')
TARGET = os.path.join(ROOT, 'Recognition', 'RuleWords.swift')
SKIP = {os.path.join('Lexicon', 'Lexicons+Lookup.swift')}  # its one list is of characters
STRING = r'"(?:[^"\\]|\\.)*"'
LITERAL = re.compile(r'\[(' + STRING + r'(?:,\s*' + STRING + r')*)\]\.contains')
DECLARATION = re.compile(r'static let (\w+): (?:\[String\]|WordSet) = \[(.*?)\]\n', re.S)
SET = re.compile(r'static let \w+: WordSet = \[(.*?)\]\n', re.S)
WORD = re.compile(r'WordID\((' + STRING + r')\)')
# A mark numbered in place: `static let stop = WordID(index: 11)  // WordID(".")`; the script writes the number.
NUMBERED = re.compile(r'(WordID\(index: )-?\d+(\)\s*// WordID\((' + STRING + r')\))')
USE = re.compile(r'RuleWords\.(\w+)')
KEYWORDS = {  # Swift keywords a one-word list's name would be
    'as', 'break', 'case', 'catch', 'class', 'continue', 'default', 'defer', 'do', 'else', 'enum', 'extension',
    'false', 'for', 'func', 'guard', 'if', 'import', 'in', 'init', 'inout', 'internal', 'is', 'let', 'nil',
    'operator', 'private', 'protocol', 'public', 'repeat', 'return', 'self', 'static', 'struct', 'subscript',
    'super', 'switch', 'throw', 'throws', 'true', 'try', 'var', 'where', 'while', 'any', 'some', 'open',
}
PUNCTUATION = {
    ',': 'Comma', ';': 'Semicolon', ':': 'Colon', '.': 'Stop', "'s": 'PossessiveS', "'": 'Apostrophe',
    '\\u{2019}': 'RightQuote', '-': 'Hyphen', '\\u{2013}': 'EnDash', '\\u{2014}': 'EmDash', '!': 'Bang',
    '?': 'Question', '/': 'Slash', '(': 'OpenParen', ')': 'CloseParen', '\\u{2026}': 'Ellipsis', '\\"': 'Quote',
}


def wrapped(entries):
    """The entries (Swift string literals) as rows of at most 120 characters, each entry followed by a comma."""
    rows, row = [], '       '
    for e in entries:
        if len(row) + len(e) + 2 > 120:
            rows.append(row)
            row = '       '
        row += ' ' + e + ','
    rows.append(row)
    return rows


def piece(raw):
    """A name part for one entry (its letters, umlauts spelled out; punctuation by name)."""
    if raw in PUNCTUATION:
        return PUNCTUATION[raw]
    t = re.sub(r'\\u\{[0-9A-Fa-f]+\}', '', raw)
    for a, b in (('ä', 'ae'), ('ö', 'oe'), ('ü', 'ue'), ('ß', 'ss'), ('Ä', 'Ae'), ('Ö', 'Oe'), ('Ü', 'Ue')):
        t = t.replace(a, b)
    t = ''.join(c for c in unicodedata.normalize('NFKD', t) if c.isascii() and c.isalnum())
    return (t[0].upper() + t[1:]) if t else 'Mark'


def decode(literal):
    """The string a Swift literal (with its quotes) stands for, in NFC."""
    body = literal[1:-1]
    body = re.sub(r'\\u\{([0-9A-Fa-f]+)\}', lambda m: chr(int(m.group(1), 16)), body)
    body = re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t', 'r': '\r', '0': '\0'}.get(m.group(1), m.group(1)), body)
    return unicodedata.normalize('NFC', body)


def main():
    names = {}  # entries joined by ", " -> name
    if os.path.exists(TARGET):
        for name, body in DECLARATION.findall(open(TARGET).read()):
            if name == 'vocabulary':
                continue
            names[', '.join(re.findall(STRING, body))] = name

    def name_for(entries):
        key = ', '.join(entries)
        if key not in names:
            parts = [piece(e[1:-1]) for e in entries[:3]]
            base = parts[0][0].lower() + parts[0][1:] + ''.join(parts[1:]) + ('Etc' if len(entries) > 3 else '')
            if base in KEYWORDS:
                base += 'Word'
            name, n = base, 2
            while name in names.values():
                name, n = f'{base}{n}', n + 1
            names[key] = name
        return names[key]

    used = set()
    vocabulary = {}  # NFC string -> the literal first seen
    for folder, _, files in os.walk(ROOT):
        for f in sorted(files):
            path = os.path.join(folder, f)
            if not f.endswith('.swift') or os.path.relpath(path, ROOT) in SKIP or path == os.path.abspath(TARGET):
                continue
            text = open(path).read()
            new = LITERAL.sub(lambda m: 'RuleWords.' + name_for(re.findall(STRING, m.group(1))) + '.contains', text)
            used.update(USE.findall(new))
            for body in SET.findall(new):
                for e in re.findall(STRING, body):
                    vocabulary.setdefault(decode(e), e)
            for e in WORD.findall(new):
                vocabulary.setdefault(decode(e), e)
            if new != text:
                open(path, 'w').write(new)
    lines = [
        '/// The word and punctuation lists the rules compare tokens with, held as constants.',
        '///',
        '/// A list written as an array literal inside a rule is allocated, filled with its strings and freed',
        '/// again every time the rule runs, for every token it looks at; held here, each list is built once.',
        '/// Each constant is named after its first entries and keeps the entries in the order the rule gave',
        '/// them. Generated by `scripts/hoist_rule_words.py` from the rules\' literals: write new rules with',
        '/// literals and run the script.',
        '///',
        '/// The lists are ``WordSet``s: a token is tested by its ``Token/word``, the number of its lowercase',
        '/// form in ``vocabulary``, which holds every word of these lists and of the `WordSet` literals',
        '/// elsewhere in the rules.',
        'enum RuleWords {',
    ]
    for key, name in names.items():
        if name in used:
            for e in re.findall(STRING, key):
                vocabulary.setdefault(decode(e), e)
    lines.append('    /// Every word and mark of the rules\' word sets, sorted by UTF-8 bytes.')
    lines.append('    static let vocabulary: [String] = [')
    lines.extend(wrapped([vocabulary[k] for k in sorted(vocabulary, key=lambda w: w.encode())]))
    lines.append('    ]')
    for key, name in sorted(names.items(), key=lambda kv: kv[1]):
        if name not in used:
            continue
        head = f'    static let {name}: WordSet = ['
        if len(head) + len(key) + 1 <= 120:
            lines.append(head + key + ']')
            continue
        lines.append(head)
        lines.extend(wrapped(re.findall(STRING, key)))
        lines.append('    ]')
    lines.append('}')
    open(TARGET, 'w').write('\n'.join(lines) + '\n')
    # The marks numbered in place get their numbers in the vocabulary as written.
    order = {k: i for i, k in enumerate(sorted(vocabulary, key=lambda w: w.encode()))}
    for folder, _, files in os.walk(ROOT):
        for f in sorted(files):
            path = os.path.join(folder, f)
            if not f.endswith('.swift') or path == os.path.abspath(TARGET):
                continue
            text = open(path).read()
            new = NUMBERED.sub(lambda m: m.group(1) + str(order[decode(m.group(3))]) + m.group(2), text)
            if new != text:
                open(path, 'w').write(new)


if __name__ == '__main__':
    main()
