"""Emails about questions: the daily report to unit heads (Art. 11.3), a note to the head when an
answer awaits approval, and a note to the asker when the question is answered or declined.

Plain-text Vietnamese emails rendered from ``templates/services/emails/``. Emails to heads carry no
contact details of the asker; the admin link opens the question for those allowed to see it.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

from services import units

logger = logging.getLogger(__name__)


def admin_url(question):
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    return base + reverse("services_question:edit", args=[question.pk])


def public_base_url():
    return getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")


def _send(subject, template, context, recipients):
    if not recipients:
        return 0
    body = render_to_string(template, context)
    return send_mail(subject, body, None, recipients, fail_silently=False)


def unit_report(unit, new_questions, overdue_questions, today):
    """The daily report for one unit; returns the recipients (empty when nobody can receive it)."""
    recipients = units.head_emails(unit, today)
    if not recipients:
        logger.warning("Unit %s has no head with an email and no unit mailbox", unit)
        return []
    context = {
        "unit": unit,
        "today": today,
        "new_questions": [(q, admin_url(q)) for q in new_questions],
        "overdue_questions": [(q, admin_url(q)) for q in overdue_questions],
    }
    subject = f"[Hỏi đáp] {unit}: {len(new_questions)} câu hỏi mới, {len(overdue_questions)} quá hạn – {today:%d/%m/%Y}"
    _send(subject, "services/emails/unit_report.txt", context, recipients)
    return recipients


def answer_awaits_approval(question):
    if question.unit is None:
        return
    recipients = units.head_emails(question.unit)
    _send(
        f"[Hỏi đáp] Trả lời chờ duyệt: {question.receipt_code}",
        "services/emails/awaiting_approval.txt",
        {"question": question, "url": admin_url(question)},
        recipients,
    )


def tell_asker(question):
    """Tell the asker the outcome, if they left an email (the text holds no answer for declined
    spam beyond the stated reason)."""
    if not question.email:
        return
    from services.models import QuestionIndexPage

    index = QuestionIndexPage.objects.live().first()
    lookup_url = ""
    if index is not None:
        parts = index.get_url_parts()
        if parts:
            lookup_url = public_base_url() + parts[2] + index.reverse_subpage("lookup")
    _send(
        f"[Sở Nội vụ tỉnh Hưng Yên] Kết quả xử lý câu hỏi {question.receipt_code}",
        "services/emails/asker_outcome.txt",
        {"question": question, "lookup_url": lookup_url},
        [question.email],
    )


def acknowledge(question, lookup_url):
    """Confirm receipt to the asker, with the receipt code and where to follow the status."""
    if not question.email:
        return
    _send(
        f"[Sở Nội vụ tỉnh Hưng Yên] Đã tiếp nhận câu hỏi {question.receipt_code}",
        "services/emails/acknowledge.txt",
        {"question": question, "lookup_url": lookup_url},
        [question.email],
    )
