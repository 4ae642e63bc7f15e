"""Row calibration figures, as the reference `calibration.py` computes them: AUROC of
`confidence` for "the row is right", expected calibration error over equal-width bins,
the share right among the most confident rows, and coverage at confidence cuts.
"""

from __future__ import annotations

from typing import Any

CALIBRATION_BINS = 10
TOP_SHARES = (0.5, 0.7, 0.9)
CONFIDENCE_CUTS = (0.5, 0.7, 0.8, 0.9, 0.95)


def auroc(points: list[tuple[float, bool]]) -> float | None:
    """Area under the ROC curve of confidence for "right", ties given their average rank."""
    positives = [confidence for confidence, right in points if right]
    negatives = len(points) - len(positives)
    if not positives or not negatives:
        return None
    ranked = sorted(confidence for confidence, _ in points)
    average_rank: dict[float, float] = {}
    first = 0
    while first < len(ranked):
        last = first
        while last < len(ranked) and ranked[last] == ranked[first]:
            last += 1
        average_rank[ranked[first]] = (first + 1 + last) / 2
        first = last
    rank_sum = sum(average_rank[confidence] for confidence in positives)
    return (rank_sum - len(positives) * (len(positives) + 1) / 2) / (len(positives) * negatives)


def expected_calibration_error(points: list[tuple[float, bool]], bins: int = CALIBRATION_BINS) -> float:
    error = 0.0
    for number in range(bins):
        low, high = number / bins, (number + 1) / bins
        chosen = [(c, right) for c, right in points
                  if low <= c < high or (number == bins - 1 and c == 1.0)]
        if chosen:
            mean_confidence = sum(c for c, _ in chosen) / len(chosen)
            accuracy = sum(right for _, right in chosen) / len(chosen)
            error += len(chosen) / len(points) * abs(mean_confidence - accuracy)
    return error


def calibration_summary(points: list[tuple[float, bool]]) -> dict[str, Any]:
    """calibration.py's figures for one view (rows, or matched speakers)."""
    out: dict[str, Any] = {"n": len(points), "accuracy": None, "auroc": None, "ece": None, "at": {}}
    if not points:
        return out
    out["accuracy"] = round(sum(right for _, right in points) / len(points), 4)
    area = auroc(points)
    out["auroc"] = round(area, 4) if area is not None else None
    out["ece"] = round(expected_calibration_error(points), 4)
    ranked = sorted(points, key=lambda point: -point[0])
    for share in TOP_SHARES:
        top = ranked[:max(1, round(share * len(ranked)))]
        out[f"acc_top{int(share * 100)}"] = round(sum(right for _, right in top) / len(top), 4)
    for cut in CONFIDENCE_CUTS:
        kept = [right for confidence, right in points if confidence >= cut]
        out["at"][str(cut)] = {"coverage": round(len(kept) / len(points), 3),
                               "accuracy": round(sum(kept) / len(kept), 4) if kept else None}
    return out
