"""``ResponsibleUnitMixin``: every page and public snippet records the unit responsible for it.

Art. 11.1–11.4: heads of units answer for the content their staff provide and approve it before
the editorial board publishes it; Art. 11.2: units review and replace their own documents. Pages and
snippets of every section inherit this mixin so reports, approvals and reviews can be routed per
unit.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class ResponsibleUnitMixin(models.Model):
    responsible_unit = models.ForeignKey(
        "contacts.Unit",
        verbose_name=_("Đơn vị chịu trách nhiệm"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Mặc định là đơn vị của người soạn."),
    )

    responsible_unit_panel = FieldPanel("responsible_unit")

    class Meta:
        abstract = True
