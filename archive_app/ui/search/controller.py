"""Search as you type. Each keystroke starts a search on a worker thread (the newest text wins;
stale answers are dropped); the index catches up on the background writer after every write, and
is rebuilt there when it is missing or outdated. The search modules are imported only when search
starts."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

from archive_app.core.edits import Changes
from archive_app.ui.background import Background
from archive_app.ui.search.results import SearchPane, hit_target
from archive_app.ui.wording import explain

if TYPE_CHECKING:
    from archive_app.core.search.service import SearchService
    from archive_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

RESULT_LIMIT = 50


class SearchController(QObject):
    """Connects the window's search field to core's search service and the results pane."""

    #: (query, seconds from keystroke to results shown): for the benchmark and the status bar
    shown = Signal(str, float)
    #: how far a rebuild of the index has come (0..1), from the writer thread
    progressed = Signal(float)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.workers = Background(1, "search", self)
        self.progressed.connect(self._say_progress, Qt.ConnectionType.QueuedConnection)
        self._ticket = 0
        self._busy = False
        self._pending: tuple[int, str, dict[str, str]] | None = None
        self._asked_at: dict[int, float] = {}
        self._previous_pane: Any = None
        self.query = ""
        self.pane = SearchPane(window.lists)
        window.lists.add_pane("search", self.pane)
        self.pane.hit_opened.connect(self.open_hit)
        self.query = ""
        self.pane.filters_changed.connect(lambda _f: self.run(self.query))
        self.pane.save_requested.connect(self.save_current)
        window.search_field.textChanged.connect(self.run)
        window.search_field.returnPressed.connect(lambda: self.run(window.search_field.text()))
        window.section_handlers["saved_search"] = self._saved
        self.last_error: str | None = None
        #: the index has been opened and searched once (set from the search worker)
        self.warmed = False
        self._shown_ticket = 0

    # -- the service --------------------------------------------------------------------------

    def service(self) -> SearchService:
        """The archive's search service (made on first use, on whichever thread asks)."""
        return self.session.search()

    def prepare(self) -> None:
        """Bring the index up to date on the writer (rebuilding it if it must), then warm it."""
        if self.session.read_only:
            self.workers.submit(self._warm)
            return
        if not self.session.search_follows_writes:
            # once per open archive, however many windows it has had
            self.session.search_follows_writes = True
            session = self.session
            session.add_after_write(lambda _archive: session.search().catch_up())

        def catch_up(_archive: Any) -> Changes:
            service = self.service()
            if service.needs_rebuild():
                service.rebuild(progress=lambda fraction, _m: self._progress(fraction))
            else:
                service.catch_up()
            return Changes()

        self.session.write(catch_up, lambda _c: self.workers.submit(self._warm))

    def _warm(self) -> None:
        """Open the index ahead of the first keystroke (on the search worker)."""
        try:
            self.service().prepare()
        except Exception:
            log.exception("search could not be prepared")
        self.warmed = True

    def _progress(self, fraction: float) -> None:
        # Called on the writer thread: a queued signal carries it to the status bar.
        try:
            self.progressed.emit(fraction)
        except RuntimeError:  # the window went (family mode took the screen): the rebuild goes on
            log.debug("search progress after its window closed")

    def _say_progress(self, fraction: float) -> None:
        self.window.say(self.tr("Preparing search… %1%").replace("%1", str(int(fraction * 100))))

    # -- searching ----------------------------------------------------------------------------

    def run(self, text: str) -> None:
        self.query = text.strip()
        lists = self.window.lists
        if not self.query:
            # results of a search no longer asked for are not kept to be chosen again
            self.pane.model.set_hits([])
            if lists.currentWidget() is self.pane:
                lists.setCurrentWidget(self._previous_pane or lists.pane("interview"))
                self.window.sidebar.select_again()
            self.pane.clear_filters()
            return
        if lists.currentWidget() is not self.pane:
            self._previous_pane = lists.currentWidget()
            self.window.sidebar.select_none()  # search results are no section of the sidebar
            lists.setCurrentWidget(self.pane)
        self._ticket += 1
        self._asked_at[self._ticket] = time.perf_counter()
        job = (self._ticket, self.query, dict(self.pane.filters))
        if self._busy:
            self._pending = job  # only the newest text is worth searching next
            return
        self._start(job)

    def _start(self, job: tuple[int, str, dict[str, str]]) -> None:
        self._busy = True
        ticket, query, filters = job

        def search() -> Any:
            return self.service().search(query, limit=RESULT_LIMIT, filters=filters)

        self.workers.submit(
            search,
            lambda result: self._answered(ticket, query, result, None),
            lambda error: self._answered(ticket, query, None, error),
        )

    def _answered(self, ticket: int, query: str, result: Any, error: Any) -> None:
        self._busy = False
        if self._pending is not None:
            job, self._pending = self._pending, None
            self._start(job)
        if ticket <= self._shown_ticket:
            return  # newer results are already shown
        # An answer for text the person has typed on from is still worth showing while the
        # newest search runs: results follow the typing.
        self._shown_ticket = ticket
        if error is not None:
            self.last_error = self._explain(error)
            self.pane.summary.setText(self.last_error)
            return
        page = self.window.details.current_view()
        self.pane.show_result(query, result)
        # the page of a hit opened before stays only if the new results still hold it
        if self.window.lists.currentWidget() is self.pane:
            shown = (page.kind, page.record_id) if page is not None and page.record_id else None
            if not self.pane.choose(shown):
                self.window.details.clear()
        self.window.say(self.tr("%n result(s)", "", result.total))
        asked = self._asked_at.pop(ticket, None)
        self._asked_at = {k: v for k, v in self._asked_at.items() if k > ticket}
        if asked is not None:
            self.shown.emit(query, time.perf_counter() - asked)

    def _explain(self, error: Any) -> str:
        """Search's own refusals in the person's words; anything else as the app says it."""
        from archive_app.core.errors import InvalidValue
        from archive_app.core.search.query import QueryTooComplex

        if isinstance(error, QueryTooComplex):
            return self.tr("This search is too long or nested too deeply. Please shorten it.")
        if isinstance(error, InvalidValue) and error.field in ("from", "to"):
            return self.tr("“%1” is not a date. Write it as 2019, 2019-06 or 2019-06-01.").replace(
                "%1", str(error.value)
            )
        return str(explain(error))

    @property
    def idle(self) -> bool:
        return not self._busy and self._pending is None

    # -- results ------------------------------------------------------------------------------

    def open_hit(self, hit: Any) -> None:
        window = self.window
        target = hit_target(hit)
        if hit.kind in ("segment", "section") and hit.interview_id:
            window.open_interview_at(hit.interview_id, float(hit.start_s or 0.0))
        elif target is not None:
            window.open_record(*target)
        self.pane.choose(target)
        window.lists.setCurrentWidget(self.pane)  # keep the results beside the page
        window.sidebar.select_none(remember=False)  # still the results, not a section
        window.say(self.pane.summary.text().split("\n")[0])

    def save_current(self) -> None:
        if not self.query:
            return
        settings = self.window.settings
        saved = settings.saved_searches(self.session.root)
        if self.query not in saved:
            saved.append(self.query)
            settings.set_saved_searches(self.session.root, saved)
        self.window.sidebar.set_saved_searches(saved)
        self.window.say(self.tr("Saved “%1” in the sidebar.").replace("%1", self.query))

    def _saved(self, text: str) -> None:
        self.window.search_field.setText(text)

    def close(self) -> None:
        self.workers.wait()
