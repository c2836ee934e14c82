"""A realistic multi-month site for the report, roundup and command-line tests.

Counted (published, default language): 3 about others, 2 about self → 1.5 : 1, below the 3 : 1 target.
Not counted: a draft, a hidden post and a French translation, which all feature someone.
"""

from __future__ import annotations

REGISTRY = """
changemakers:
  - name: Adrienne Example
    circle: focus
    why: [learn, connect]
    url: https://adrienne.example
    feed: https://adrienne.example/feed.xml
    since: 2024-03-01
  - name: Open Commons Lab
    slug: commons-lab
    kind: organization
    circle: focus
    why: contribute
    url: https://commons.example
    feed: https://commons.example/feed.xml
  - name: Bo Connector
    why: [connect]
    url: https://bo.example
    since: 2026-11-01
  - name: Quiet Person
    circle: focus
    why: [learn]
  - name: Feedless Org
    kind: organization
    url: https://feedless.example
"""

POSTS = {
    "posts/2026-09-self.md": """
        Title: My own news
        Date: 2026-09-10 09:00
        Slug: my-own-news

        All about me.
        """,
    "posts/2026-10-adrienne.md": """
        Title: Learning from Adrienne
        Date: 2026-10-05 10:00
        Slug: learning-from-adrienne

        Thanks to {% mention adrienne-example %}.
        """,
    "posts/2026-10-adrienne-fr.md": """
        Title: Apprendre d'Adrienne
        Date: 2026-10-06 10:00
        Slug: learning-from-adrienne
        Lang: fr

        Merci {% mention adrienne-example %} et {% mention commons-lab %}.
        """,
    "posts/2026-10-commons.md": """
        Title: A lab for shared tools
        Date: 2026-10-20 10:00
        Slug: shared-tools
        Spotlight: commons-lab

        A lab worth knowing.
        """,
    "posts/2026-11-bo.md": """
        Title: Meet Bo
        Date: 2026-11-02 10:00
        Slug: meet-bo

        {% spotlight bo-connector %}
        """,
    "posts/2026-11-about-self.md": """
        Title: My talk, with thanks
        Date: 2026-11-15 10:00
        Slug: my-talk
        About: SELF

        My talk went well; thanks to {% mention adrienne-example %}.
        """,
    "posts/2026-11-draft.md": """
        Title: Draft
        Date: 2026-11-20 10:00
        Slug: a-draft
        Status: draft

        {% mention commons-lab %}
        """,
    "posts/2026-11-hidden.md": """
        Title: Hidden
        Date: 2026-11-21 10:00
        Slug: hidden
        Status: hidden

        {% mention quiet-person %}
        """,
}


def write_network_site(site) -> None:
    """Write the registry and posts above into a ``tests/conftest.py`` Site."""
    site.write("spotlight.yaml", REGISTRY)
    for path, text in POSTS.items():
        site.write(path, text)
