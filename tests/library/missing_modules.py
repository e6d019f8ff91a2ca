# pyco-only
# Third-party modules pyco lacks: the ModuleNotFoundError also says what pyco offers instead.
try:
    import aiohttp
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
try:
    import requests
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
try:
    import gevent
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
try:
    import greenlet
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
try:
    import faker
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
try:
    import nest_asyncio
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
try:
    import bs4
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
try:
    import flask
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
try:
    import aiomultiprocess
except ModuleNotFoundError as e:
    print(type(e).__name__, e.name, e)
try:
    from flask import Flask
except ImportError as e:
    print(type(e).__name__, e.name)
