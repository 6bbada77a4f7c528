"""A procedure's legal basis links to the documents in the portal's own register."""

import pytest

from tests.legal_docs.factories import in_force_document, make_register
from tests.services import factories

pytestmark = pytest.mark.django_db


def test_legal_basis_links_to_the_register_document(client, home_page, tdkt_field):
    register = make_register(home_page)
    law = in_force_document(
        register,
        number="06/2022/QH15",
        title="Luật Thi đua, khen thưởng",
        type_slug="luat",
        body_slug="quoc-hoi",
    )
    index = factories.procedure_index(home_page)
    procedure = factories.procedure(
        index,
        tdkt_field,
        legal_basis=[
            {
                "type": "document",
                "value": {
                    "number": "06/2022/QH15",
                    "title": "Luật Thi đua, khen thưởng",
                    "page": law.pk,
                    "url": "",
                },
            },
            {
                "type": "document",
                "value": {
                    "number": "98/2023/NĐ-CP",
                    "title": "Nghị định quy định chi tiết thi hành Luật Thi đua, khen thưởng",
                    "page": None,
                    "url": "",
                },
            },
        ],
    )
    html = client.get(procedure.url).content.decode()
    assert f'<a href="{law.url}">06/2022/QH15</a>' in html
    assert "98/2023/NĐ-CP – Nghị định quy định chi tiết" in html


def test_the_chooser_offers_only_legal_documents():
    from services.models import ProcedurePage

    block = ProcedurePage._meta.get_field("legal_basis").stream_block.child_blocks["document"]
    target = block.child_blocks["page"].target_model
    assert target._meta.label == "legal_docs.LegalDocumentPage"
