"""The sample blog: a small site that shows the whole practice of collective promotion."""

AUTHOR = "Sam Organizer"
SITENAME = "Organizing Notes"
SITESUBTITLE = "Spotlighting the people and groups moving social change forward"
SITEURL = ""
PATH = "content"
THEME = "../theme"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
ARTICLE_PATHS = ["posts"]
STATIC_PATHS = ["images"]
PLUGINS = ["pelican_spotlight"]
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_DOMAIN = "https://notes.example"
DEFAULT_PAGINATION = 10
RELATIVE_URLS = True
CACHE_CONTENT = False

SPOTLIGHT_REGISTRY = "spotlight.yaml"
SPOTLIGHT_AUTOLINK = True
MENUITEMS = [("Changemakers", "spotlight/")]
