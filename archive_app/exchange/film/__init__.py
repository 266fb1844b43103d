"""Story films: one MP4 per story, words burned in, for phones, WeChat and TVs."""

from archive_app.exchange.film.export import FilmOptions, export_films, render_film
from archive_app.exchange.film.fonts import NoSubtitleFont, find_cjk_font

__all__ = ["FilmOptions", "NoSubtitleFont", "export_films", "find_cjk_font", "render_film"]
