"""A small per-client rate limit on the shared cache, for citizens' submissions.

Fixed window: the first hit starts a window of ``seconds``; more than ``count`` hits inside it are
refused. With REDIS_URL set, the limit holds across every worker process.
"""

from django.conf import settings
from django.core.cache import cache


def client_ip(request):
    """The client's address; behind a trusted proxy, the first X-Forwarded-For entry."""
    if getattr(settings, "PORTAL_TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def limit_for(scope):
    """``(count, seconds)`` for a scope: ``PORTAL_RATE_LIMITS[scope]`` or ``PORTAL_RATE_LIMIT``."""
    default = getattr(settings, "PORTAL_RATE_LIMIT", {"count": 5, "seconds": 600})
    conf = getattr(settings, "PORTAL_RATE_LIMITS", {}).get(scope, default)
    return int(conf["count"]), int(conf["seconds"])


def _key(request, scope):
    return f"ratelimit:{scope}:{client_ip(request)}"


def is_limited(request, scope):
    """True when this client has already used up its submissions for ``scope``."""
    count, _seconds = limit_for(scope)
    return (cache.get(_key(request, scope)) or 0) >= count


def record(request, scope):
    """Count one accepted submission for this client."""
    _count, seconds = limit_for(scope)
    key = _key(request, scope)
    if cache.add(key, 1, timeout=seconds):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=seconds)
