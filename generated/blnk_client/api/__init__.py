# Generated: made by openapi-python-client's own template (an empty package); edit nothing but pipeline/generate.py.
"""Contains methods for accessing the API"""
