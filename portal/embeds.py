"""An embed finder that needs no network: builds the player iframe for YouTube and Vimeo URLs.

Used in tests and in development (the sandboxed machines have no Internet access); production
keeps Wagtail's oEmbed finders unless WAGTAILEMBEDS_FINDERS says otherwise.
"""

import re
from urllib.parse import parse_qs, urlparse

from wagtail.embeds.finders.base import EmbedFinder

_YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"}
_VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}


def _player_url(url):
    parsed = urlparse(url)
    host = parsed.netloc.lower()
    if host in _YOUTUBE_HOSTS:
        if host == "youtu.be":
            video_id = parsed.path.strip("/")
        else:
            video_id = parse_qs(parsed.query).get("v", [""])[0] or parsed.path.rsplit("/", 1)[-1]
        if re.fullmatch(r"[\w-]{6,20}", video_id or ""):
            return f"https://www.youtube-nocookie.com/embed/{video_id}", "YouTube"
    if host in _VIMEO_HOSTS:
        video_id = parsed.path.strip("/").rsplit("/", 1)[-1]
        if video_id.isdigit():
            return f"https://player.vimeo.com/video/{video_id}", "Vimeo"
    return None, None


class OfflineEmbedFinder(EmbedFinder):
    def accept(self, url):
        return _player_url(url)[0] is not None

    def find_embed(self, url, max_width=None, max_height=None):
        player, provider = _player_url(url)
        html = (
            f'<iframe src="{player}" width="640" height="360" title="Video {provider}" '
            'loading="lazy" allowfullscreen></iframe>'
        )
        return {
            "title": f"Video {provider}",
            "author_name": "",
            "provider_name": provider,
            "type": "video",
            "thumbnail_url": None,
            "width": 640,
            "height": 360,
            "html": html,
        }
