"""Cue readers: one module per family of cue kinds, each kind a test and a reader
(`CueKind`), tried in the order `scan.CUE_READERS` states."""
