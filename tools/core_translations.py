#!/usr/bin/env python3
"""Gathers the core's messages into one translation file under the context "mlwb::core".

The core translates with the free functions core::tr()/trf(), which always ask Qt for the
context "mlwb::core"; lupdate, though, files each message under the class or namespace it
was found in. This script takes what lupdate extracted from core/ (any context), puts every
message under "mlwb::core", keeps the translations already made (matched by source text) and
marks new messages unfinished. Called by tools/update_translations.sh.

usage: core_translations.py EXTRACTED.ts TARGET.ts
"""
import os
import sys
import xml.etree.ElementTree as ET

CONTEXT = "mlwb::core"


def main(extracted_path, target_path):
    extracted = ET.parse(extracted_path).getroot()
    known = {}
    language = "ko_KR"
    if os.path.exists(target_path):
        old = ET.parse(target_path).getroot()
        language = old.get("language", language)
        for message in old.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished" and translation.text:
                known[message.findtext("source")] = translation.text

    base = os.path.dirname(os.path.abspath(extracted_path))
    target_dir = os.path.dirname(os.path.abspath(target_path))
    messages = {}  # source -> locations, in order of first appearance
    for message in extracted.iter("message"):
        source = message.findtext("source")
        locations = messages.setdefault(source, [])
        for location in message.findall("location"):
            path = os.path.normpath(os.path.join(base, location.get("filename")))
            locations.append((os.path.relpath(path, target_dir), location.get("line")))

    root = ET.Element("TS", {"version": "2.1", "language": language})
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    unfinished = 0
    for source, locations in messages.items():
        message = ET.SubElement(context, "message")
        for filename, line in locations:
            ET.SubElement(message, "location", {"filename": filename, "line": line})
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in known:
            translation.text = known[source]
        else:
            translation.set("type", "unfinished")
            unfinished += 1
    ET.indent(root, space="    ")
    with open(target_path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(root, encoding="unicode"))
        out.write("\n")
    print(f"{target_path}: {len(messages)} core messages, {unfinished} unfinished")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
