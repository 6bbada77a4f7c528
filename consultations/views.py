"""Request handling behind the routes of the consultation pages.

``submit_comment`` checks, in this order: the clock (Asia/Ho_Chi_Minh, the server's, never a value
from the form), the per-IP rate limit, then the form. Whatever is refused stores nothing and
answers with a Vietnamese message and a 4xx status; an accepted comment is stored once, pending,
in NFC, and its receipt code is shown (and mailed when an email was given).
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone

from consultations.forms import CommentForm, DeletionRequestForm
from consultations.models import Comment, DeletionRequest, DeletionState, Phase
from portal import ratelimit
from portal.templatetags.portal_tags import vn_date

logger = logging.getLogger(__name__)

COMMENT_SCOPE = "consultation-comment"
DELETION_SCOPE = "consultation-deletion"


def _render_page(request, page, form, status, error=""):
    response = page.render(
        request,
        context_overrides={"form": form, "form_error": error},
    )
    response.status_code = status
    return response


def submit_comment(request, page):
    if request.method != "POST":
        return page.redirect_to_form()
    now = timezone.now()
    phase = page.phase_at(now)
    form = CommentForm(request.POST, page=page)
    if phase != Phase.OPEN:
        if phase == Phase.UPCOMING:
            message = (
                f"Dự thảo này chưa mở lấy ý kiến (bắt đầu từ {vn_date(page.opens_at, True)}). "
                "Góp ý của bạn chưa được lưu."
            )
        else:
            message = (
                f"Đã hết thời gian lấy ý kiến dự thảo này (hạn cuối {vn_date(page.closes_at, True)}"
                "). Góp ý của bạn không được lưu."
            )
        return _render_page(request, page, form, 403, message)
    if ratelimit.is_limited(request, COMMENT_SCOPE):
        count, seconds = ratelimit.limit_for(COMMENT_SCOPE)
        message = (
            f"Bạn đã gửi {count} góp ý trong {seconds // 60} phút gần đây. Vui lòng thử lại sau; "
            "góp ý này chưa được lưu."
        )
        return _render_page(request, page, form, 429, message)
    if not form.is_valid():
        return _render_page(
            request, page, form, 400, "Góp ý chưa được gửi. Vui lòng sửa các mục được đánh dấu."
        )
    comment = form.save(consultation=page, submitted_at=now)
    ratelimit.record(request, COMMENT_SCOPE)
    if comment.email:
        transaction.on_commit(lambda: send_acknowledgement(comment, page))
    # the receipt needs none of the draft page's context (structure, comments, form)
    return TemplateResponse(
        request,
        "consultations/comment_received.html",
        {"page": page, "self": page, "comment": comment},
    )


def send_acknowledgement(comment, page):
    """The acknowledgement email; a mail failure is logged and never loses the stored comment."""
    context = {"comment": comment, "page": page, "site_name": settings.WAGTAIL_SITE_NAME}
    body = render_to_string("consultations/email/acknowledgement.txt", context)
    subject = f"Đã nhận góp ý {comment.receipt_code} – {page.title}"[:200]
    try:
        send_mail(subject, body, None, [comment.email])
    except Exception:  # noqa: BLE001 - any transport error; the comment is already stored
        logger.exception("acknowledgement email for %s failed", comment.receipt_code)


DELETION_ANSWER = (
    "Yêu cầu đã được tiếp nhận. Nếu mã góp ý và thông tin liên hệ khớp với dữ liệu đã lưu, người "
    "kiểm duyệt sẽ xoá họ tên, thư điện tử, số điện thoại và địa chỉ của bạn; nội dung góp ý được "
    "giữ lại không kèm thông tin cá nhân."
)


def deletion_request(request, index_page):
    """Queue a deletion request when code and contact match; the same answer in every case."""
    status = 200
    answer = ""
    error = ""
    if request.method == "POST":
        form = DeletionRequestForm(request.POST)
        if ratelimit.is_limited(request, DELETION_SCOPE):
            status = 429
            error = "Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau."
        elif form.is_valid():
            ratelimit.record(request, DELETION_SCOPE)
            comment = (
                Comment.objects.filter(receipt_code=form.cleaned_data["receipt_code"])
                .only("pk", "email", "phone", "anonymised_at")
                .first()
            )
            if comment is not None and comment.matches_contact(form.cleaned_data["contact"]):
                already = comment.deletion_requests.filter(status=DeletionState.PENDING).exists()
                if not already:
                    DeletionRequest.objects.create(comment=comment)
            answer = DELETION_ANSWER
            form = DeletionRequestForm()
        else:
            status = 400
            error = "Yêu cầu chưa được gửi. Vui lòng sửa các mục được đánh dấu."
    else:
        form = DeletionRequestForm()
    response = index_page.render(
        request,
        template="consultations/deletion_request.html",
        context_overrides={
            "form": form,
            "answer": answer,
            "form_error": error,
            "deletion_crumbs": [("Yêu cầu xoá dữ liệu cá nhân", request.path)],
        },
    )
    response.status_code = status
    return response
