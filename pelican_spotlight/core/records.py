"""The record of one published post: what every count needs of it, with no Pelican object.

The build and the command line both reduce their articles to these (``content.post_records``,
``cache.make_record``); the report, the roundups, the suggestions and the profile pages read them.
Its own module, below all of those, so they can share it without importing one another.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# What a post or a social post is about, as every count names it: the post's ``About:`` metadata, a
# share log's ``about`` column, the report's keys.
OTHERS, SELF = "others", "self"


@dataclass(frozen=True, slots=True)
class Post:
    """What the report needs of a published article: no Pelican object, so tests stay small.

    ``about`` is the raw ``About:`` metadata value or None; ``features`` the featured slugs in order;
    ``shows_network`` whether the post shows a ``{% network %}`` list (which features no one by itself).
    """

    source: str
    url: str
    date: dt.datetime
    about: str | None = None
    features: tuple[str, ...] = ()
    title: str = ""
    shows_network: bool = False
    slug: str = ""

    @property
    def day(self) -> dt.date:
        return self.date.date() if isinstance(self.date, dt.datetime) else self.date
