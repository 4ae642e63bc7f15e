"""Indonesian verb morphology: the form an affix pattern makes of a root ("meN-kan" +
"tutur" -> "menuturkan"), so the rule files can list a verb of saying by its root and the
affixes it takes instead of listing each form. The sounds and affixes are data
(cues.yml `morphology`); this module applies them.

meN- assimilates to the root's first sound (Sneddon, *Indonesian: A Comprehensive Grammar*,
§ 3.1): meng- before vowels, g, h and k; mem- before b, f, v and p; men- before c, d, j, z
and t; meny- before s; me- elsewhere. A voiceless initial that a vowel follows drops
("kata" -> "mengatakan", "papar" -> "memaparkan", "sebut" -> "menyebut"); in a cluster it
stays ("kritik" -> "mengkritik", "prediksi" -> "memprediksi"). A one-syllable root takes
the long nasal ("cek" -> "mengecek", "klaim" -> "mengeklaim"). A prefix that ends in the
consonant the root starts with loses it ("ber" + "renang" -> "berenang"; "di" + "ikuti").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

AFFIX_SEPARATOR = "-"


class MorphologyError(ValueError):
    """An affix pattern or a root the morphology cannot derive (a slip in a rule file)."""


@dataclass(frozen=True)
class Morphology:
    """The sounds and affixes of cues.yml `morphology`."""

    nasal_prefix: str  # the placeholder for meN- in an affix pattern
    nasal_by_initial: dict[str, str]  # the root's first letter -> the nasal form
    plain_nasal: str  # the nasal form before any other letter
    long_nasal: str  # before a one-syllable root
    dropped_initials: frozenset[str]
    vowels: frozenset[str]
    prefixes: frozenset[str]
    suffixes: frozenset[str]  # written with the separator: "-kan"

    def derive(self, root: str, affix: str) -> str:
        """The verb the affix pattern (prefix, then an optional "-suffix") makes of the root."""
        prefix, separator, suffix = affix.partition(AFFIX_SEPARATOR)
        if (prefix != self.nasal_prefix and prefix not in self.prefixes) \
                or (separator and separator + suffix not in self.suffixes) or not root.isalpha():
            raise MorphologyError(f"cannot derive {affix!r} from {root!r}: prefixes are {self.nasal_prefix} and "
                                  f"{', '.join(sorted(self.prefixes))}; suffixes {', '.join(sorted(self.suffixes))}")
        root = root.lower()
        stem = self._nasal(root) if prefix == self.nasal_prefix else self._joined(prefix, root)
        return stem + suffix

    def _nasal(self, root: str) -> str:
        if self._syllables(root) == 1:
            return self.long_nasal + root
        first = root[0]
        nasal = self.nasal_by_initial.get(first, self.plain_nasal)
        if first in self.dropped_initials and len(root) > 1 and root[1] in self.vowels:
            return nasal + root[1:]
        return nasal + root

    def _syllables(self, root: str) -> int:
        """Vowel groups in the root: a close enough count of its syllables ("cek" 1, "kata" 2)."""
        vowels = "".join(sorted(self.vowels))
        return len(re.findall(f"[{re.escape(vowels)}]+", root))

    def _joined(self, prefix: str, root: str) -> str:
        """A prefix that ends in the consonant the root starts with loses it ("be" + "renang");
        vowels stay ("di" + "ikuti")."""
        if prefix and prefix[-1] == root[0] and root[0] not in self.vowels:
            return prefix[:-1] + root
        return prefix + root
