"""The tuning / held-out split of the multilingual corpus: by document, the same in every language.

A document (`A_RES_78_10-2323443`, the file name without its language letter) is in the tuning
half when its job number is even, in the held-out half when it is odd. The rules and tables were
written and learned looking at the tuning half only; the held-out half is scored apart.
"""
import re


def half_of(key):
    m = re.search(r"-(\d+)[A-Z]?(?:\.xml)?$", key)
    if not m:
        return "tune"
    return "tune" if int(m.group(1)) % 2 == 0 else "held-out"
