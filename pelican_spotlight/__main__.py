"""``python -m pelican_spotlight`` is the same as the ``pelican-spotlight`` command."""

import sys

from pelican_spotlight.cli.main import main

sys.exit(main())
