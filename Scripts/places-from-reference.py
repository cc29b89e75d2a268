#!/usr/bin/env python3
"""Rebuild the places section of the default configuration from a places reference file.

    python3 Scripts/places-from-reference.py ../shared/reference/koper-places.json \
        Sources/Nominations/Resources/default-config.yaml

Replaces everything between '# BEGIN PLACES' and '# END PLACES' in the YAML file. The rest
of the configuration (clusters, signs, rules, weights) is edited by hand.
Forms: nominative, genitive and locative come from the reference; accusative and
instrumental are added by regular declension. Italian names are kept where the reference has
one, without its notes in brackets.
"""
import json
import re
import sys


def clean_it(value):
    if not value:
        return []
    value = re.sub(r"\s*\(.*?\)", "", value).strip()
    return [v.strip() for v in value.split("/") if v.strip()]


def split_alts(form):
    # "Kampela (or Kampla)" -> ["Kampela", "Kampla"]; "Za gradom (undeclined)" -> ["Za gradom"]
    out = []
    m = re.match(r"^(.*?)\s*\((?:or )?(.*?)\)\s*$", form)
    if m:
        out.append(m.group(1).strip())
        if not m.group(2).startswith("undeclined"):
            out.append(m.group(2).strip())
    else:
        out.append(form.strip())
    return [o for o in out if o]


def extra_forms(nom, number):
    """accusative / instrumental / dative of the last word by regular declension"""
    words = nom.split(" ")
    if len(words) > 1 and words[-2].lower() == "pri":
        return []
    last = words[-1]
    head = " ".join(words[:-1])
    forms = []
    low = last.lower()
    if number == "sg":
        if low.endswith("a"):
            forms += [last[:-1] + "o", last[:-1] + "i"]          # acc/instr, dat
        elif low.endswith("e") or low.endswith("o"):
            forms += [last[:-1] + "em", last[:-1] + "u"]          # neuter instr, dat
        else:
            soft = low[-1] in "cčjšžž"
            forms += [last + ("em" if soft else "om"), last + "u"]
    elif number == "pl":
        if low.endswith("i"):
            forms += [last[:-1] + "e", last[:-1] + "i", last[:-1] + "om"]
        elif low.endswith("e"):
            forms += [last[:-1] + "ami", last[:-1] + "am"]
    return [(head + " " + f).strip() for f in forms]


def yaml_list(items):
    return "[" + ", ".join(json.dumps(i, ensure_ascii=False) for i in items) + "]"


def unique(seq):
    seen, out = set(), []
    for s in seq:
        if s and s not in seen:
            seen.add(s)
            out.append(s)
    return out


def main():
    ref = json.load(open(sys.argv[1], encoding="utf-8"))
    lines = ["places:"]
    for s in ref["settlements"] + ref["koper_parts_and_hamlets"]:
        forms = s.get("forms", {})
        names = [s["name"]]
        for key in ("nom", "gen", "loc"):
            if forms.get(key):
                names += split_alts(forms[key])
        names += extra_forms(s["name"], forms.get("number", "sg"))
        names += [a for a in s.get("aliases", []) if a not in ("Dol",)]
        uncertain = s.get("certainty") == "uncertain"
        entry = {"name": s["name"], "cluster": s["cluster"]}
        parts = [f"name: {json.dumps(s['name'], ensure_ascii=False)}", f"cluster: {s['cluster']}"]
        if uncertain:
            parts.append("uncertain: true")
            parts.append("alternatives: " + yaml_list(s.get("alternatives", [])))
        ks = s.get("ks")
        if ks:
            parts.append(f"ks: {json.dumps(ks, ensure_ascii=False)}")
        parts.append("forms: " + yaml_list(unique(names)))
        it = clean_it(s.get("name_it"))
        it = [i for i in it if i.lower() != s["name"].lower()]
        if it:
            parts.append("italian: " + yaml_list(it))
        lines.append("  - {" + ", ".join(parts) + "}")
    lines.append("local_communities:")
    for k in ref["local_communities"]:
        parts = [f"name: {json.dumps(k['name'], ensure_ascii=False)}", f"cluster: {k['cluster']}"]
        if k.get("mixed"):
            parts.append("mixed: true")
        it = clean_it(k.get("name_it"))
        if it:
            parts.append("italian: " + yaml_list(it))
        lines.append("  - {" + ", ".join(parts) + "}")
    lines.append("areas:")
    for a in ref["area_terms"]:
        terms = [t.strip() for t in re.sub(r"\s*\(.*?\)", "", a["term"]).split("/")]
        f = a.get("forms", {})
        forms = terms + [f.get("gen", ""), f.get("loc", "")] + clean_it(a.get("it"))
        cluster = a["cluster"] if a["cluster"] else "null"
        lines.append("  - {cluster: " + cluster + ", forms: " + yaml_list(unique(forms)) + "}")
    lines.append("outside:")
    for o in ref["outside_municipality"]:
        f = o.get("forms", {})
        forms = [o["name"], f.get("gen", ""), f.get("loc", "")] + clean_it(o.get("name_it"))
        lines.append("  - {name: " + json.dumps(o["name"], ensure_ascii=False) + ", forms: " +
                     yaml_list(unique(forms)) + "}")
    block = "\n".join(lines)
    path = sys.argv[2]
    text = open(path, encoding="utf-8").read()
    start, end = text.index("# BEGIN PLACES"), text.index("# END PLACES")
    text = text[:start] + "# BEGIN PLACES (generated by Scripts/places-from-reference.py)\n" + block + "\n" + text[end:]
    open(path, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main()
