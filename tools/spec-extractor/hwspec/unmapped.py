"""Records of SDK items that the extractor could not map into the spec."""

from dataclasses import dataclass
from typing import List, Optional


@dataclass(frozen=True)
class Unmapped:
    """One item left out of, or only partly described by, the spec."""

    service: str
    version: Optional[str]
    operation: Optional[str]
    model: Optional[str]
    item: str
    reason: str

    def to_json(self) -> dict:
        return {
            "service": self.service,
            "version": self.version,
            "operation": self.operation,
            "model": self.model,
            "item": self.item,
            "reason": self.reason,
        }

    def describe(self) -> str:
        """Format the entry as one line for stderr."""
        where = [self.service]
        if self.version:
            where.append(self.version)
        if self.operation:
            where.append("operation " + self.operation)
        if self.model:
            where.append("model " + self.model)
        return "unmapped: %s: %s: %s" % (" ".join(where), self.item, self.reason)


class UnmappedLog:
    """Collects the unmapped items of one service package."""

    def __init__(self, service: str):
        self.service = service
        self.entries: List[Unmapped] = []

    def add(self, version, item, reason, operation=None, model=None):
        self.entries.append(Unmapped(self.service, version, operation, model, str(item), reason))

    def for_version(self, version):
        """Return a `report(item, reason, operation=None, model=None)` bound to one API version."""

        def report(item, reason, operation=None, model=None):
            self.add(version, item, reason, operation=operation, model=model)

        return report

    def sorted_entries(self) -> List[Unmapped]:
        # Sorting makes the output independent of file-system listing order.
        # None sorts before any string because the key maps it to "".
        return sorted(set(self.entries), key=_sort_key)


def _sort_key(entry: Unmapped):
    return tuple("" if value is None else value for value in (
        entry.service, entry.version, entry.operation, entry.model, entry.item, entry.reason))
