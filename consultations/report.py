"""The summary report of one consultation (báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý).

``build_report(page)`` counts the comments per Điều and per moderation state and groups the
approved comments (the ones the drafting unit answers) by Điều, in the order of the draft. It does
two queries whatever the number of comments.
"""

from dataclasses import dataclass, field

from django.db.models import Count

from consultations.models import Comment, Moderation, ResponseKind


@dataclass
class ReportRow:
    number: int | None  # None: comments on the whole draft
    label: str
    counts: dict = field(default_factory=dict)  # moderation state → number of comments
    comments: list = field(default_factory=list)  # approved comments, oldest first
    in_draft: bool = True

    @property
    def total(self):
        return sum(self.counts.values())

    @property
    def anchor(self):
        return f"dieu-{self.number}" if self.number else "toan-bo-du-thao"

    def count(self, state):
        return self.counts.get(state, 0)

    @property
    def approved(self):
        return self.count(Moderation.APPROVED)

    @property
    def pending(self):
        return self.count(Moderation.PENDING)

    @property
    def rejected(self):
        return self.count(Moderation.REJECTED)

    @property
    def spam(self):
        return self.count(Moderation.SPAM)

    @property
    def answered(self):
        return sum(1 for comment in self.comments if comment.response_kind)


@dataclass
class Report:
    page: object
    rows: list
    totals: dict

    @property
    def total(self):
        return sum(self.totals.values())

    @property
    def rows_with_comments(self):
        return [row for row in self.rows if row.comments]

    def response_counts(self):
        counts = dict.fromkeys(ResponseKind, 0)
        unanswered = 0
        for row in self.rows:
            for comment in row.comments:
                if comment.response_kind:
                    counts[ResponseKind(comment.response_kind)] += 1
                else:
                    unanswered += 1
        return [(kind.label, n) for kind, n in counts.items()] + [("Chưa trả lời", unanswered)]


def build_report(page, public=False):
    """The report of ``page``; ``public=True`` keeps only what a public page may show."""
    rows = {None: ReportRow(None, "Góp ý chung cho toàn bộ dự thảo")}
    for number, label, _value in page.articles:
        rows[number] = ReportRow(number, label)

    totals = dict.fromkeys(Moderation.values, 0)
    counts = (
        Comment.objects.filter(consultation=page)
        .order_by()
        .values_list("article_number", "status")
        .annotate(n=Count("pk"))
    )
    for number, status, n in counts:
        row = rows.get(number)
        if row is None:
            row = rows[number] = ReportRow(
                number, f"Điều {number} (không còn trong dự thảo)", in_draft=False
            )
        row.counts[status] = n
        totals[status] += n

    approved = Comment.objects.filter(consultation=page, status=Moderation.APPROVED).order_by(
        "submitted_at", "pk"
    )
    if public:
        approved = approved.only(
            "pk",
            "article_number",
            "receipt_code",
            "full_name",
            "organisation",
            "text",
            "submitted_at",
            "response_kind",
            "response_text",
            "consultation_id",
        )
    for comment in approved:
        rows[comment.article_number].comments.append(comment)

    ordered = [rows.pop(None)]
    in_draft = [row for row in rows.values() if row.in_draft]
    orphans = sorted((row for row in rows.values() if not row.in_draft), key=lambda r: r.number)
    return Report(page=page, rows=ordered + in_draft + orphans, totals=totals)
