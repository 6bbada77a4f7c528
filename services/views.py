"""Public views of the questions section (/hoi-dap/), served by ``QuestionIndexPage`` routes.

Nothing here ever puts the asker's name, email or phone into a response: public pages use only the
``safe_*`` texts of answered, published questions; the lookup shows the status and the answer.
"""

from django.db.models import Q
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _

from contacts.models import Unit, UnitKind
from portal import ratelimit
from portal.pagination import paginate
from portal.text import nfc, squash_spaces
from services import notifications
from services.forms import LookupForm, QuestionFilterForm, QuestionForm
from services.lifecycle import record_receipt
from services.models import Question, QuestionStatus
from services.privacy import normalize_phone
from services.ratings import handle_rating, rating_context

ASK_SCOPE = "question"
LOOKUP_SCOPE = "question_lookup"
SESSION_RECEIPT = "services_receipt"
MAX_QUERY_LENGTH = 200


def _render(request, page, template, context=None, status=200):
    base = page.get_context(request)
    base.update(context or {})
    response = TemplateResponse(request, template, base, status=status)
    return response


def _crumb(request, page, title, name, *args):
    return [(title, page.url_for(name, *args, request=request))]


# -- list of published answers -----------------------------------------------------------------------
def question_list(request, page):
    form = QuestionFilterForm(request.GET or None)
    questions = (
        Question.objects.published()
        .select_related("field", "answering_unit")
        .order_by("-answered_at", "-id")
    )
    query = ""
    if form.is_bound and form.is_valid():
        if form.cleaned_data["linh_vuc"]:
            questions = questions.filter(field=form.cleaned_data["linh_vuc"])
        query = squash_spaces(nfc(form.cleaned_data["q"]))[:MAX_QUERY_LENGTH]
        if query:
            questions = questions.filter(
                Q(public_title__icontains=query)
                | Q(public_body__icontains=query)
                | Q(answer__icontains=query)
            )
    return _render(
        request,
        page,
        "services/question_index_page.html",
        {"filter_form": form, "query": query, "questions": paginate(request, questions, 10)},
    )


# -- asking -------------------------------------------------------------------------------------------
def _route_unit(page, field):
    """Field → unit (editors' table); else the page's default unit; else the department office."""
    if field.responsible_unit_id:
        return field.responsible_unit
    if page.responsible_unit_id:
        return page.responsible_unit
    return Unit.objects.filter(kind=UnitKind.OFFICE).order_by("sort_order").first()


def ask(request, page):
    context = {"breadcrumb_extra": _crumb(request, page, _("Gửi câu hỏi"), "ask")}
    if request.method == "POST":
        form = QuestionForm(request.POST)
        if ratelimit.is_limited(request, ASK_SCOPE):
            context.update(form=form, limited=True)
            return _render(request, page, "services/question_ask.html", context, status=429)
        if not form.is_valid():
            context["form"] = form
            return _render(request, page, "services/question_ask.html", context, status=400)
        question = form.save(commit=False)
        if form.is_spam:
            question.unit = None  # held for a moderator: no unit sees or is told of it
            question.held_as_spam = True
            question.spam_reasons = ", ".join(form.spam_reasons)[:255]
        else:
            question.unit = _route_unit(page, question.field)
        question.status = QuestionStatus.RECEIVED
        question.received_at = timezone.now()
        question.consent_text = str(form.consent_purpose)
        question.consent_at = question.received_at
        question.save()
        record_receipt(question)
        ratelimit.record(request, ASK_SCOPE)
        request.session[SESSION_RECEIPT] = question.pk
        notifications.acknowledge(
            question, request.build_absolute_uri(page.url_for("lookup", request=request))
        )
        return HttpResponseRedirect(page.url_for("receipt", request=request))
    context["form"] = QuestionForm()
    return _render(request, page, "services/question_ask.html", context)


def receipt(request, page):
    """The receipt shown once after asking (the code lives in the session, not in the URL)."""
    pk = request.session.get(SESSION_RECEIPT)
    question = (
        Question.objects.filter(pk=pk).select_related("field", "unit").first() if pk else None
    )
    if question is None:
        return HttpResponseRedirect(page.url_for("ask", request=request))
    context = {
        "question": question,
        "breadcrumb_extra": _crumb(request, page, _("Đã tiếp nhận"), "receipt"),
    }
    response = _render(request, page, "services/question_receipt.html", context)
    response["Cache-Control"] = "no-store"
    return response


# -- status lookup ------------------------------------------------------------------------------------
def _matches(question, contact):
    if "@" in contact:
        return bool(question.email) and constant_time_compare(
            question.email.lower(), contact.lower()
        )
    phone = normalize_phone(contact)
    return bool(question.phone and phone) and constant_time_compare(question.phone, phone)


def find_question(code, contact):
    """The question with this receipt code AND this email or phone, else None — the same None
    for an unknown code and for a known code with the wrong contact."""
    if not code or not contact:
        return None
    question = (
        Question.objects.filter(receipt_code=code)
        .select_related("field", "unit", "answering_unit")
        .first()
    )
    if question is None or not _matches(question, contact):
        return None
    return question


def lookup(request, page):
    context = {"breadcrumb_extra": _crumb(request, page, _("Tra cứu"), "lookup")}
    if request.method != "POST":
        context["form"] = LookupForm()
        return _render(request, page, "services/question_lookup.html", context)
    form = LookupForm(request.POST)
    context["form"] = form
    if ratelimit.is_limited(request, LOOKUP_SCOPE):
        context["limited"] = True
        return _render(request, page, "services/question_lookup.html", context, status=429)
    if not form.is_valid():
        return _render(request, page, "services/question_lookup.html", context, status=400)
    question = find_question(form.cleaned_data["code"], form.cleaned_data["contact"])
    if question is None:
        ratelimit.record(request, LOOKUP_SCOPE)  # only failures count towards the limit
        context["not_found"] = True
        return _render(request, page, "services/question_lookup.html", context, status=404)
    context.update(
        {
            "form": LookupForm(),
            "result": question,
            "public_url": page.url_for("detail", question.pk, request=request)
            if question.status == QuestionStatus.ANSWERED and question.is_public
            else "",
        }
    )
    response = _render(request, page, "services/question_lookup.html", context)
    response["Cache-Control"] = "no-store"
    return response


# -- one published answer -------------------------------------------------------------------------------
def _published(pk):
    question = (
        Question.objects.published().select_related("field", "answering_unit").filter(pk=pk).first()
    )
    if question is None:
        raise Http404(_("Không có câu hỏi này hoặc câu hỏi chưa được công bố."))
    return question


def question_detail(request, page, pk, rating_form=None, status=200):
    question = _published(pk)
    context = {
        "question": question,
        "breadcrumb_extra": [
            (question.safe_public_title, page.url_for("detail", pk, request=request))
        ],
        "rate_url": page.url_for("rate", pk, request=request),
    }
    context.update(rating_context(request, question, rating_form))
    return _render(request, page, "services/question_detail.html", context, status=status)


def rate_question(request, page, pk):
    question = _published(pk)
    return handle_rating(
        request,
        question,
        page.url_for("detail", pk, request=request),
        lambda form: question_detail(request, page, pk, rating_form=form),
    )
