"""One anonymous rating per browser: a random token in a long-lived cookie, stored only as a keyed
hash (``Rating.voter``), and a unique constraint per rated item as the server-side check."""

import hashlib
import hmac
import secrets

from django.conf import settings
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.utils.translation import gettext as _

from portal import ratelimit
from services.forms import RatingForm
from services.models import ProcedurePage, Question, Rating

COOKIE_NAME = "portal_rating_id"
COOKIE_AGE = 2 * 365 * 24 * 3600
RATE_SCOPE = "rating"


def voter_hash(token):
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"rating:{token}".encode(), hashlib.sha256).hexdigest()


def browser_token(request):
    token = request.COOKIES.get(COOKIE_NAME, "")
    return token if 20 <= len(token) <= 100 and token.isascii() else ""


def _target_filter(target):
    if isinstance(target, ProcedurePage):
        return {"procedure": target}
    if isinstance(target, Question):
        return {"question": target}
    raise TypeError(target)


def has_rated(request, target):
    token = browser_token(request)
    return (
        bool(token)
        and Rating.objects.filter(voter=voter_hash(token), **_target_filter(target)).exists()
    )


def rating_context(request, target, form=None):
    summary = Rating.objects.filter(**_target_filter(target)).values_list("score", flat=True)
    scores = list(summary)
    return {
        "rating_form": form or RatingForm(),
        "rating_done": has_rated(request, target),
        "rating_count": len(scores),
        "rating_average": (sum(scores) / len(scores)) if scores else None,
    }


def handle_rating(request, target, back_url, render):
    """POST a 1–5 score for ``target``, then redirect to ``back_url`` with a message.

    ``render(form)`` re-renders the rated page: a missing or bad score shows the error (400); a
    second rating from the same browser is refused (409) and changes nothing; too many ratings from
    one address are refused (429).
    """
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])

    def rerender(form, status, message=None):
        if message:
            messages.error(request, message)
        response = render(form)
        response.status_code = status
        return response

    form = RatingForm(request.POST)
    if not form.is_valid():
        return rerender(form, 400)
    token = browser_token(request)
    if token and has_rated(request, target):
        return rerender(RatingForm(), 409, _("Trình duyệt này đã gửi đánh giá cho nội dung này."))
    if ratelimit.is_limited(request, RATE_SCOPE):
        return rerender(
            RatingForm(), 429, _("Bạn đã gửi quá nhiều đánh giá. Vui lòng thử lại sau.")
        )
    new_token = token or secrets.token_urlsafe(32)
    try:
        with transaction.atomic():
            Rating.objects.create(
                score=form.cleaned_data["score"],
                voter=voter_hash(new_token),
                **_target_filter(target),
            )
    except IntegrityError:
        return rerender(RatingForm(), 409, _("Trình duyệt này đã gửi đánh giá cho nội dung này."))
    ratelimit.record(request, RATE_SCOPE)
    messages.success(request, _("Cảm ơn bạn đã đánh giá."))
    response = HttpResponseRedirect(back_url + "#danh-gia")
    response.set_cookie(
        COOKIE_NAME,
        new_token,
        max_age=COOKIE_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response
