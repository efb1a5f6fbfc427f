#!/usr/bin/python3
# test-mnemonics.py UI_DIR PO_DIR: in each menu of the templates (its
# sections are one list on screen), no two items share a mnemonic, in
# English and in each translation. A letter used twice only moves between
# the items; it never activates one.
import ast
import os
import re
import sys
import xml.etree.ElementTree as ET


def read_po(path):
    """msgid -> msgstr of a .po file, translated and not fuzzy entries only."""
    table = {}
    entry = {}
    key = None
    fuzzy = False

    def finish():
        if 'msgid' in entry and entry.get('msgstr') and not fuzzy and 'msgctxt' not in entry:
            table[entry['msgid']] = entry['msgstr']

    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if not line:
            finish()
            entry, key, fuzzy = {}, None, False
        elif line.startswith('#,') and 'fuzzy' in line:
            fuzzy = True
        elif line.startswith('#'):
            continue
        elif line.startswith('"') and key is not None:
            entry[key] += ast.literal_eval(line)
        else:
            word, _, rest = line.partition(' ')
            key = word if word in ('msgctxt', 'msgid', 'msgstr') else None
            if key is not None:
                entry[key] = ast.literal_eval(rest)
    finish()
    return table


def mnemonic(label):
    match = re.search(r'_([^_])', label.replace('__', ''))
    return match.group(1).lower() if match else None


def menus(ui_dir):
    """(file, menu id, [labels]) for each menu and submenu."""
    for name in sorted(os.listdir(ui_dir)):
        if not name.endswith('.ui'):
            continue
        root = ET.parse(os.path.join(ui_dir, name)).getroot()
        for menu in root.iter():
            if menu.tag not in ('menu', 'submenu'):
                continue
            labels = []
            # The items of its sections, not those of its submenus.
            stack = list(menu)
            while stack:
                node = stack.pop(0)
                if node.tag == 'item':
                    for attribute in node.findall('attribute'):
                        if attribute.get('name') == 'label' and attribute.text:
                            labels.append(attribute.text)
                elif node.tag == 'section':
                    stack = list(node) + stack
            yield name, menu.get('id', menu.tag), labels


def main():
    ui_dir, po_dir = sys.argv[1], sys.argv[2]
    languages = [l.strip() for l in open(os.path.join(po_dir, 'LINGUAS'))
                 if l.strip() and not l.startswith('#')]
    tables = {'en': {}}
    for language in languages:
        tables[language] = read_po(os.path.join(po_dir, language + '.po'))

    failures = 0
    checked = 0
    for name, menu_id, labels in menus(ui_dir):
        for language, table in tables.items():
            seen = {}
            for label in labels:
                shown = table.get(label, label)
                letter = mnemonic(shown)
                if letter is None:
                    continue
                checked += 1
                if letter in seen:
                    print(f'not ok: {name}, menu {menu_id}, {language}: “{seen[letter]}” and '
                          f'“{shown}” share the mnemonic {letter}')
                    failures += 1
                seen[letter] = shown
    print(f'{checked} mnemonics checked in {len(tables)} languages')
    if checked == 0:
        print('not ok: no menu found')
        return 1
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
