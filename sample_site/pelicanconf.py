"""The sample blog: a small site that shows the whole practice of collective promotion."""

from pelican_spotlight import THEME_PATH

AUTHOR = "Sam Rivera"
SITENAME = "Organizing Notes"
SITESUBTITLE = "Spotlighting the people and groups moving social change forward"
# The published address: feeds and share links need it. With RELATIVE_URLS below, pages still link to
# each other relatively, so the built folder works from disk and from `make serve` too.
SITEURL = "https://notes.example"
PATH = "content"
# The demo theme installs with the plugin, so this folder also works when copied out to start a blog.
THEME = THEME_PATH
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_DATE_FORMAT = "%-d %B %Y"
ARTICLE_PATHS = ["posts"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]
# i18n_subsites (the pelican-i18n-subsites package) builds the French subsite under output/fr/ from the
# posts in content/posts/fr/ (Lang: fr, the English post's Slug): the plugin's pages there are in
# French, and count the French posts (docs/translations.md).
PLUGINS = ["pelican_spotlight", "i18n_subsites"]
# Every file's language from its folder: without a Lang, a post takes the language of the site being
# built, and the English posts would count in the French subsite too.
EXTRA_PATH_METADATA = {"posts": {"lang": "en"}, "pages": {"lang": "en"}, "posts/fr": {"lang": "fr"}}
# Posts and pages not translated stay out of the subsite (rather than written there as drafts).
I18N_UNTRANSLATED_ARTICLES = "remove"
I18N_UNTRANSLATED_PAGES = "remove"
I18N_SUBSITES = {
    "fr": {
        "SITENAME": "Notes d’organisation",
        "SITESUBTITLE": (
            "Mettre à l’honneur les personnes et les collectifs qui font avancer le changement social"
        ),
        "DEFAULT_DATE_FORMAT": "%-d %B %Y",
    },
}
FEED_ALL_ATOM = "feeds/all.atom.xml"
DEFAULT_PAGINATION = 10
RELATIVE_URLS = True
CACHE_CONTENT = False

SPOTLIGHT_REGISTRY = "spotlight.yaml"
SPOTLIGHT_AUTOLINK = True

# The demo theme's navigation (theme/templates/base.html) links Home, the changemaker directory,
# the ratio report and the roundups itself, with {{ SITEURL }} so RELATIVE_URLS works on every
# page, then the pages. MENUITEMS stays empty: the simple theme prints its links unchanged, so a
# relative link there would break on every page below the top level.
MENUITEMS = ()
# SPOTLIGHT_MENU's pages (its default is ["index"]) reach any theme's menu as pages or MENUITEMS; the
# demo theme links the plugin's pages that are not in it, so [] keeps all three in the theme's order.
SPOTLIGHT_MENU = []
DISPLAY_PAGES_ON_MENU = True
DISPLAY_CATEGORIES_ON_MENU = False

# Posts elsewhere (content/social/: a share log and a Mastodon archive) count in the report's
# channels; share links under each spotlight post open this Mastodon instance's composer.
SPOTLIGHT_MASTODON_INSTANCE = "social.example"
