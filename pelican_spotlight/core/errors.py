"""The package's own exception types, so callers can tell our failures from Pelican's."""


class SpotlightError(Exception):
    """Base class of every error the plugin raises on purpose."""


class SettingsError(SpotlightError):
    """A ``SPOTLIGHT_*`` setting has a wrong type or value; the message names the setting."""


class RegistryError(SpotlightError):
    """The registry cannot be read at all (not a single bad entry, which is only logged)."""


class PrivateInputError(SpotlightError):
    """Pelican would publish one of the plugin's private inputs (a social archive, the registry)."""
