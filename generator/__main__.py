"""python -m generator: the same CLI as the claim-timeline command."""

from .cli import main

raise SystemExit(main())
