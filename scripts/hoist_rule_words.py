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

Each set is written with its row: `static let name = WordSet(row: n, [...])` (a set declared in a rule file as
`static let name: WordSet = [...]` is rewritten so). Its bits are row n of `RuleWords.membership`, its words row n of
`RuleWords.rowWords`, both written into Recognition/RuleWordRows.swift. Made of constants only, a set is laid out in
the binary by the compiler: reading one costs no lazy initialisation (a `swift_once` call per read). A debug build
checks each set against its row when it is first read: run the script after changing any set or word.
"""
import os
import re
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Sources', 'SummitryExtraction')
TARGET = os.path.join(ROOT, 'Recognition', 'RuleWords.swift')
# The sets' bits and words, row by row (generated with TARGET).
ROWS = os.path.join(ROOT, 'Recognition', 'RuleWordRows.swift')
SKIP = {os.path.join('Lexicon', 'Lexicons+Lookup.swift')}  # its one list is of characters
STRING = r'"(?:[^"\\]|\\.)*"'
LITERAL = re.compile(r'\[(' + STRING + r'(?:,\s*' + STRING + r')*)\]\.contains')
DECLARATION = re.compile(r'static let (\w+)(?:: (?:\[String\]|WordSet) = \[(.*?)\]| = WordSet\(row: -?\d+, \[(.*?)\]\))\n', re.S)
# A set declared in a rule file: `static let name: WordSet = [...]` as written, or `static let name = WordSet(row: n, [...])`
# as this script rewrites it (n: the set's row of bits in `RuleWords.membership`).
SET = re.compile(r'(static let (\w+))(?:: WordSet = \[(.*?)\]| = WordSet\(row: -?\d+, \[(.*?)\]\))\n', re.S)
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
        for name, body, rowBody in DECLARATION.findall(open(TARGET).read()):
            if name == 'vocabulary':
                continue
            names[', '.join(re.findall(STRING, body or rowBody))] = name

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
    declared = []  # the entries of each set declared in a rule file, in the order of the files and the sets
    for path in swift_files():
        if os.path.relpath(path, ROOT) in SKIP or path in (os.path.abspath(TARGET), os.path.abspath(ROWS)):
            continue
        if True:
            text = open(path).read()
            new = LITERAL.sub(lambda m: 'RuleWords.' + name_for(re.findall(STRING, m.group(1))) + '.contains', text)
            used.update(USE.findall(new))
            for _, _, body, rowBody in SET.findall(new):
                declared.append(re.findall(STRING, uncommented(body or rowBody)))
                for e in declared[-1]:
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
    order = {k: i for i, k in enumerate(sorted(vocabulary, key=lambda w: w.encode()))}
    # The rows of `membership`: the sets here by name, then the sets declared in the rule files.
    rows = []
    for key, name in sorted(names.items(), key=lambda kv: kv[1]):
        if name not in used:
            continue
        head = f'    static let {name} = WordSet(row: {len(rows)}, ['
        rows.append(re.findall(STRING, key))
        if len(head) + len(key) + 2 <= 120:
            lines.append(head + key + '])')
            continue
        lines.append(head)
        lines.extend(wrapped(re.findall(STRING, key)))
        lines.append('    ])')
    first_declared = len(rows)
    rows.extend(declared)
    row_length = (len(order) + 63) // 64
    lines.append('}')
    open(TARGET, 'w').write('\n'.join(lines) + '\n')
    lines = [
        '/// The bits and words of the rules\' ``WordSet``s, a row per set: the sets of ``RuleWords`` by name, then those',
        '/// declared in the rule files (`WordSet(row: n, [...])`, in the order of their files\' paths). Generated by',
        '/// `scripts/hoist_rule_words.py` with RuleWords.swift: run it after changing any set.',
        'extension RuleWords {',
    ]
    lines.append('    /// The number of bits of a row of ``membership``, in 64-bit words (one bit per word of ``vocabulary``).')
    lines.append(f'    static let membershipRowLength = {row_length}')
    lines.append('    /// The bits of each ``WordSet`` of the rules, a row of ``membershipRowLength`` words per set (bit `k` of a row')
    lines.append('    /// is set if ``vocabulary``[k] is in the set): the sets of RuleWords.swift, then those of the rule files.')
    lines.append('    static let membership: [UInt64] = [')
    for entries in rows:
        bits = [0] * row_length
        for e in entries:
            k = order[decode(e)]
            bits[k >> 6] |= 1 << (k & 63)
        lines.extend(wrapped([hex(b) if b else '0' for b in bits]))
    lines.append('    ]')
    lines.append('    /// The words of each row of ``membership``, as the sets were written (``WordSet/words``).')
    lines.append('    static let rowWords: [[String]] = [')
    for entries in rows:
        row_text = '        [' + ', '.join(entries) + '],'
        if len(row_text) <= 120:
            lines.append(row_text)
            continue
        lines.append('        [')
        lines.extend('    ' + r for r in wrapped(entries))
        lines.append('        ],')
    lines.append('    ]')
    lines.append('}')
    open(ROWS, 'w').write('\n'.join(lines) + '\n')
    # The marks numbered in place get their numbers in the vocabulary as written; the sets declared in the
    # rule files, their rows (in the order they were read above).
    row = [first_declared]

    def numbered_set(m):
        body = m.group(3) if m.group(3) is not None else m.group(4)
        text = f'{m.group(1)} = WordSet(row: {row[0]}, [{body}])\n'
        row[0] += 1
        return text

    for path in swift_files():
        if path in (os.path.abspath(TARGET), os.path.abspath(ROWS)):
            continue
        text = open(path).read()
        new = NUMBERED.sub(lambda m: m.group(1) + str(order[decode(m.group(3))]) + m.group(2), text)
        if os.path.relpath(path, ROOT) not in SKIP:
            new = SET.sub(numbered_set, new)
        if new != text:
            open(path, 'w').write(new)
    assert row[0] == len(rows), 'the sets declared in the rule files changed while they were numbered'


def uncommented(body):
    """A set's body without its comments (whose quoted examples are no words of the set)."""
    return re.sub(r'(' + STRING + r')|//[^\n]*', lambda m: m.group(1) or '', body)


def swift_files():
    """The Swift files of the module, in a fixed order (by path)."""
    found = []
    for folder, _, files in os.walk(ROOT):
        found.extend(os.path.join(folder, f) for f in files if f.endswith('.swift'))
    return sorted(os.path.abspath(p) for p in found)


if __name__ == '__main__':
    main()
