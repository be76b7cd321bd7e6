"""The local web app (``newsprism web``): browse stories, compare outlets, analyse pasted texts.

Needs the ``web`` extra (``pip install 'newsprism[web]'``): FastAPI, uvicorn, python-multipart.
See docs/WEB.md for the routes and the security notes.
"""

from __future__ import annotations

from newsprism.web.app import create_app
from newsprism.web.uploads import MAX_BODY_BYTES, MAX_FILES

__all__ = ["MAX_BODY_BYTES", "MAX_FILES", "create_app"]
