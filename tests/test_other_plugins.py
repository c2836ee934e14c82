"""Next to other plugins: jinja2content, sitemap, neighbors, related-posts, series, i18n-subsites and
render-math. The site builds with ``--fatal warnings``, cards render, and ``pelican-spotlight report``
(which loads the same plugins) gives the numbers of the build's ``report.json``.

Each build and each command runs in a subprocess: plugins connect to Pelican's signals for the life of
a process, and jinja2content would otherwise swap the readers of every later test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

POSTS = {
    # jinja2content renders this as a template first: the mention inside `if false` is gone, so a
    # command that read the post without the plugin would count bo-connector too.
    "posts/jinja.md": """\
        Title: Jinja first
        Date: 2026-02-01

        {% if false %}
        Draft thanks to {% mention bo-connector %}.
        {% endif %}
        A Jinja block, then {% mention adrienne-example "Adrienne (\\"A\\")" %} in running text.

        {% spotlight commons-lab %}

        ```
        {% mention commons-lab %}
        ```
        """,
    "posts/math.md": """\
        Title: Math and series
        Date: 2026-02-02
        Series: Learning

        Energy $e = mc^2$, with {% mention commons-lab %}.
        """,
    "posts/self.md": """\
        Title: My own news
        Date: 2026-02-03
        Series: Learning

        Nothing about anyone else.
        """,
}

DATA = Path(__file__).parent / "data"
OTHERS = ["sitemap", "neighbors", "related_posts", "series", "i18n_subsites", "render_math"]


def write_blog(make_site, name: str):
    """The registry and the posts, in a new site folder of the module."""
    site = make_site(name)
    site.write("spotlight.yaml", (DATA / "registry.yaml").read_text(encoding="utf-8"))
    for relpath, text in POSTS.items():
        site.write(relpath, text)
    return site


@pytest.fixture(scope="module")
def plugin_site(make_site):
    return write_blog(make_site, "plugins")


def run_module(cwd: Path, module: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m module args`` from ``cwd``; it must succeed."""
    result = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "COLUMNS": "500"},  # keep Rich from wrapping log lines
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def run(site, plugins: list[str], name: str) -> tuple[dict, dict, Path]:
    """Build with these plugins and ask the command line; return both reports and the output."""
    conf = site.write_conf(
        PLUGINS=plugins,
        SITEMAP={"format": "xml"},
        SPOTLIGHT_TARGET_RATIO=2.0,  # met: no below-target warning under --fatal warnings
        CACHE_PATH=f"cache-{name}",
    ).rename(site.root / f"{name}.py")
    out = site.root / f"output-{name}"
    run_module(site.root, "pelican", "content", "-s", conf.name, "-o", out.name, "--fatal", "warnings")
    command = run_module(
        site.root, "pelican_spotlight", "report", "-s", conf.name, "--format", "json", "--no-cache"
    )
    built = json.loads((out / "spotlight" / "report.json").read_text(encoding="utf-8"))
    return built, json.loads(command.stdout), out


@pytest.mark.parametrize(
    "plugins",
    [["pelican_spotlight", "jinja2content"], ["jinja2content", "pelican_spotlight"]],
    ids=["spotlight-first", "jinja2content-first"],
)
def test_jinja2content_build_and_report_agree(plugin_site, plugins):
    built, command, out = run(plugin_site, plugins, "-".join(plugins))
    assert command == built
    features = {a["source"]: a["features"] for a in built["articles"]}
    assert features == {
        "posts/jinja.md": ["adrienne-example", "commons-lab"],
        "posts/math.md": ["commons-lab"],
        "posts/self.md": [],
    }
    assert (built["totals"]["others"], built["totals"]["self"]) == (2, 1)
    html = (out / "jinja-first.html").read_text(encoding="utf-8")
    assert "A Jinja block" in html and "{% if" not in html and "Draft thanks" not in html
    assert (
        '<div class="spotlight-card spotlight-card--card h-card" role="group" '
        'aria-label="Spotlight: Open Commons Lab">' in html
    )
    assert '/spotlight/adrienne-example/">Adrienne (&#34;A&#34;)</a> in running text' in html
    assert "{% mention commons-lab %}" in html  # in the code block, as written


def test_alongside_sitemap_neighbors_related_series_i18n_and_math(plugin_site):
    built, command, out = run(plugin_site, ["pelican_spotlight", *OTHERS], "others")
    assert command == built
    features = {a["source"]: a["features"] for a in built["articles"]}
    # Without jinja2content the `if false` block is text, so its mention counts.
    assert features["posts/jinja.md"] == ["bo-connector", "adrienne-example", "commons-lab"]
    math = (out / "math-and-series.html").read_text(encoding="utf-8")
    assert "MathJax" in math and "spotlight/commons-lab/" in math
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "spotlight/commons-lab/" in sitemap and "math-and-series.html" in sitemap
    assert (out / "spotlight" / "commons-lab" / "index.html").is_file()


FINALIZING_PLUGIN = '''\
"""Changes articles once the article generator is done, as plugins that add metadata do."""
from pelican import signals


def finalized(generator):
    for article in generator.articles:
        sponsor = article.metadata.get("sponsor")
        if sponsor:
            article.metadata["spotlight"] = sponsor
            article.metadata["about"] = "others"


def register():
    signals.article_generator_finalized.connect(finalized)
'''


@pytest.fixture(scope="module")
def finalizing_site(make_site):
    return write_blog(make_site, "finalizing")


def test_a_plugin_that_changes_articles_when_finalized_counts_the_same_in_report(finalizing_site):
    """The command reads through Pelican's generators: `article_generator_finalized` fires there too,
    with nothing stored (`--no-cache`), with everything stored, and for the one file changed since."""
    site = finalizing_site
    (site.root / "finalizing.py").write_text(FINALIZING_PLUGIN, encoding="utf-8")
    post = site.write(
        "posts/sponsored.md",
        "Title: Sponsored\nDate: 2026-02-04\nSponsor: bo-connector\nAbout: self\n\nThanks.\n",
    )
    conf = site.write_conf(
        PLUGINS=["pelican_spotlight", "finalizing"],
        PLUGIN_PATHS=[str(site.root)],
        SPOTLIGHT_TARGET_RATIO=1.0,
        CACHE_PATH="cache-finalizing",
    ).rename(site.root / "finalizing_conf.py")
    report = ["report", "-s", conf.name, "--format", "json"]

    def build() -> dict:
        run_module(
            site.root, "pelican", "content", "-s", conf.name, "-o", "output-finalizing", "--fatal", "warnings"
        )
        return json.loads((site.root / "output-finalizing/spotlight/report.json").read_text(encoding="utf-8"))

    built = build()
    features = {a["source"]: a["features"] for a in built["articles"]}
    assert features["posts/sponsored.md"] == ["bo-connector"]  # only the plugin's hook says so
    assert json.loads(run_module(site.root, "pelican_spotlight", *report, "--no-cache").stdout) == built
    assert json.loads(run_module(site.root, "pelican_spotlight", *report).stdout) == built

    post.write_text(post.read_text(encoding="utf-8").replace("bo-connector", "commons-lab"), encoding="utf-8")
    stat = post.stat()
    os.utime(post, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    after = json.loads(run_module(site.root, "pelican_spotlight", *report).stdout)  # reads that file alone
    rebuilt = build()
    assert {a["source"]: a["features"] for a in rebuilt["articles"]}["posts/sponsored.md"] == ["commons-lab"]
    assert after == rebuilt
