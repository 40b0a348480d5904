"""The blnk-client pipeline: pull -> overlay -> generate -> check.

Each stage is a module named after what it does; `python -m pipeline STAGE` runs one, and the
noxfile runs them as sessions.
"""
