"""Consent in the app: badges in the lists, a panel on interview and photo pages, a person's
consent records, the record/withdraw dialogs and the consent-due list.

:func:`attach_consent` adds all of it to a main window once the window is up.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from archive_app.ui.changes import Change

log = logging.getLogger(__name__)

#: kinds of change after which consent answers and the due list may differ
_CONSENT_KINDS = {"consent", "person", "interview", "photo", "document"}


def attach_consent(window: Any) -> None:
    """Give ``window`` its consent badges, panels, menu and due list."""
    from archive_app.ui.background import Background
    from archive_app.ui.consent.due_list import ConsentDuePane, DueLists, collect_due_apart
    from archive_app.ui.consent.panel import ConsentPanel, PersonConsents
    from archive_app.ui.detail.base import section_title

    badges = getattr(window, "badges", None)
    if badges is not None:
        title = window.lists.pane("interview").model.columns[-1].title

        def redraw_badges() -> None:
            pane = window.lists.panes.get("interview")
            if pane is not None:
                pane.model.column_changed(title)

        badges.updated.connect(redraw_badges)
        window.change_hooks.append(badges.apply)
        badges.refresh()

    due = ConsentDuePane(window.session, window.lists)
    due.open_record.connect(window.open_record)
    window.lists.add_pane("consent_due", due)
    workers = Background(1, "consent-due", window)
    window.consent_due = due
    window.consent_due_workers = workers

    def filled(lists: DueLists) -> None:
        due.fill(lists)
        window.sidebar.set_consent_due(due.total)
        if window.lists.currentWidget() is due:
            window.say(
                QCoreApplication.translate("Consent", "Things to do about consent: %1").replace(
                    "%1", str(due.total)
                )
            )

    def count_due() -> None:
        # the queries take a while on a big archive: off the GUI thread
        session = window.session
        workers.submit(
            lambda: collect_due_apart(session),
            filled,
            lambda error: log.error("consent due list could not be read", exc_info=error),
        )

    def show_due(_target: str) -> None:
        count_due()
        window.lists.setCurrentWidget(due)
        window.sidebar.select("consent_due")

    window.section_handlers["consent_due"] = show_due

    def follow(change: Change) -> None:
        if change.kinds() & _CONSENT_KINDS:
            count_due()

    window.change_hooks.append(follow)
    count_due()

    def add_panels(view: Any) -> None:
        if view.kind in ("interview", "photo"):
            panel = ConsentPanel(window.session, view.consent_area)
            view.consent_area.layout().addWidget(panel)
            view.consent_panel = panel
            view.presented.connect(lambda item_id, v=view, p=panel: p.show_item(v.kind, item_id))
            if view.record_id:
                panel.show_item(view.kind, view.record_id)
        elif view.kind == "person":
            consents = PersonConsents(window.session, view.body)
            position = view.layout_.count() - 1  # before the stretch at the end
            view.layout_.insertWidget(
                position, section_title(QCoreApplication.translate("Consent", "Consent"), view.body)
            )
            view.layout_.insertWidget(position + 1, consents)
            view.consent_panel = consents
            view.presented.connect(consents.show_person)
            if view.record_id:
                consents.show_person(view.record_id)

    window.view_hooks.append(add_panels)
    for view in window.details.views.values():
        add_panels(view)

    def record_for_current() -> None:
        view = window.details.current_view()
        panel = getattr(view, "consent_panel", None)
        if panel is None:
            window.show_problem(
                QCoreApplication.translate(
                    "Consent",
                    "Open an interview, a photo or a person first, then record their consent.",
                )
            )
            return
        panel.record()

    record = QAction(QCoreApplication.translate("Consent", "Record Consent…"), window)
    record.setObjectName("recordConsentAction")
    record.triggered.connect(record_for_current)
    record.setEnabled(not window.session.read_only)
    show = QAction(QCoreApplication.translate("Consent", "Consent Due"), window)
    show.setObjectName("consentDueAction")
    show.triggered.connect(lambda: show_due(""))
    window.consent_menu.addAction(record)
    window.consent_menu.addAction(show)
