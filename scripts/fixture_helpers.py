"""Helpers the fixture generators share (gen-tampered-fixtures.py, gen-hostile-corpus.py)."""
import copy


def copy_with(doc, mutate):
    """A deep copy of doc, changed by mutate (which edits it in place)."""
    d = copy.deepcopy(doc)
    mutate(d)
    return d


def setp(d, path, value):
    """Sets d[path[0]][path[1]]…[path[-1]] = value."""
    cur = d
    for k in path[:-1]:
        cur = cur[k]
    cur[path[-1]] = value
