"""The consent gate's reasons (rule codes with key=value details) as sentences."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from archive_app.ui import vocabulary


def details_of(detail: str) -> dict[str, str]:
    """``consent=… withdrawn_on=2024-05-01`` as a dict."""
    found: dict[str, str] = {}
    for word in detail.split():
        key, _, value = word.partition("=")
        if key:
            found[key] = value
    return found


def reason_text(reason: Any) -> str:
    """One reason, e.g. "王秀英 withdrew consent on 2024-05-01."."""
    name = reason.person_name or QCoreApplication.translate("ConsentReasons", "Someone")
    facts = details_of(reason.detail or "")
    texts = {
        "no_consent": QCoreApplication.translate("ConsentReasons", "%1 has no consent recorded."),
        "not_yet_given": QCoreApplication.translate(
            "ConsentReasons", "%1 gave consent only from %2 on."
        ),
        "not_covered": QCoreApplication.translate(
            "ConsentReasons", "%1's consent does not cover this item."
        ),
        "withdrawn": QCoreApplication.translate("ConsentReasons", "%1 withdrew consent on %2."),
        "embargoed": QCoreApplication.translate(
            "ConsentReasons", "%1 asked that it stay closed until %2."
        ),
        "renewal_due": QCoreApplication.translate(
            "ConsentReasons",
            "%1 turned 18 on %2 and has not yet renewed the consent given as a child.",
        ),
        "guardian_consent_missing": QCoreApplication.translate(
            "ConsentReasons", "%1 was a child when recorded, and no guardian's consent is recorded."
        ),
        "assent_missing": QCoreApplication.translate(
            "ConsentReasons",
            "%1 was a child when recorded, and the child's own agreement is not recorded.",
        ),
        "nobody_featured": QCoreApplication.translate(
            "ConsentReasons",
            "Nobody is linked to this item yet: link the narrator and record their consent.",
        ),
    }
    if reason.rule == "audience_not_granted":
        granted = [g for g in facts.get("granted", "").split(",") if g and g != "-"]
        if not granted:
            return QCoreApplication.translate(
                "ConsentReasons", "%1's consent opens it to nobody outside the archive."
            ).replace("%1", name)
        names = vocabulary.audience_list(granted)
        return (
            QCoreApplication.translate("ConsentReasons", "%1 agreed only to: %2.")
            .replace("%1", name)
            .replace("%2", names)
        )
    if reason.rule == "passage_closed":
        return (
            QCoreApplication.translate(
                "ConsentReasons", "%1 asked on %2 that a passage of it (%3) be kept private."
            )
            .replace("%1", name)
            .replace("%2", facts.get("asked_on", ""))
            .replace("%3", _stretch(facts))
        )
    text = texts.get(reason.rule)
    if text is None:
        return f"{name}: {reason.rule}"
    second = (
        facts.get("withdrawn_on")
        or facts.get("until")
        or facts.get("adult_from")
        or facts.get("first_consent_date")
        or ""
    )
    return text.replace("%1", name).replace("%2", second)


def clock(seconds: float) -> str:
    """``m:ss`` or ``h:mm:ss``."""
    whole = int(seconds)
    if whole >= 3600:
        return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"
    return f"{whole // 60}:{whole % 60:02d}"


def _stretch(facts: dict[str, str]) -> str:
    try:
        return f"{clock(float(facts['from']))}–{clock(float(facts['to']))}"
    except (KeyError, ValueError):
        return "?"
