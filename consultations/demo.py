"""Demo content for the consultation section (load_demo step 50).

* ``/lay-y-kien/`` with four drafts, all dated relative to today: the department's own regulation
  on running the site (the seed text, split into its 6 Chương and 17 Điều) OPEN for comment; one
  UPCOMING draft; two CLOSED drafts, one of them with its result published.
* Comments in every moderation state (at least 40 in each), on several Điều and on whole drafts,
  with the drafting unit's responses on the published one.

Idempotent: pages are found by slug, comments are only added to a draft that has none.
"""

import datetime
import random
from pathlib import Path

from django.utils import timezone

from consultations.models import (
    Comment,
    ConsultationIndexPage,
    DraftConsultationPage,
    DraftKind,
    Moderation,
    ResponseKind,
)
from consultations.models.comments import new_receipt_code
from contacts.models import Unit
from portal.text import fold

SEED_TEXT = Path(__file__).parent / "demo_data" / "quy_che_trang_thong_tin.txt"

SLUG = "lay-y-kien"
OPEN_SLUG = "du-thao-quy-che-trang-thong-tin-dien-tu"
UPCOMING_SLUG = "du-thao-quy-dinh-thi-dua-khen-thuong"
CLOSED_SLUG = "du-thao-ke-hoach-tuyen-dung-cong-chuc-2027"
RESULT_SLUG = "du-thao-quy-dinh-van-thu-luu-tru"

UPCOMING_TEXT = """QUY ĐỊNH
Về công tác thi đua, khen thưởng trên địa bàn tỉnh Hưng Yên

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy định này quy định về đối tượng, nguyên tắc, hình thức, tiêu chuẩn thi đua, khen thưởng; thẩm quyền quyết định, trình tự, thủ tục xét khen thưởng trên địa bàn tỉnh Hưng Yên.

Điều 2. Đối tượng áp dụng
1. Cơ quan, tổ chức, đơn vị thuộc tỉnh; cán bộ, công chức, viên chức và người lao động.
2. Hộ gia đình, cá nhân người Việt Nam và người nước ngoài có thành tích đóng góp cho tỉnh.

Chương II **HÌNH THỨC VÀ TIÊU CHUẨN KHEN THƯỞNG**

Điều 3. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh
1. Tặng cho cá nhân hoàn thành xuất sắc nhiệm vụ hai năm liên tục.
2. Tặng cho tập thể hoàn thành xuất sắc nhiệm vụ, nội bộ đoàn kết.

Điều 4. Danh hiệu Chiến sĩ thi đua cấp tỉnh
Xét tặng cho cá nhân có ba lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở và có sáng kiến được công nhận.

Điều 5. Hiệu lực thi hành
Quy định này có hiệu lực kể từ ngày ký ban hành.
"""

CLOSED_TEXT = """KẾ HOẠCH
Tuyển dụng công chức tỉnh Hưng Yên năm 2027

Điều 1. Mục đích, yêu cầu
1. Tuyển chọn người có phẩm chất, trình độ, năng lực đáp ứng yêu cầu vị trí việc làm còn thiếu.
2. Bảo đảm công khai, minh bạch, khách quan và đúng pháp luật.

Điều 2. Chỉ tiêu tuyển dụng
Tổng chỉ tiêu: 120 công chức, phân bổ theo vị trí việc làm tại Phụ lục kèm theo.

Điều 3. Điều kiện đăng ký dự tuyển
1. Có quốc tịch Việt Nam, đủ 18 tuổi trở lên.
2. Có văn bằng, chứng chỉ phù hợp với vị trí việc làm.
3. Đủ sức khỏe để thực hiện nhiệm vụ.

Điều 4. Hình thức, nội dung thi tuyển
1. Vòng 1: thi trắc nghiệm trên máy vi tính.
2. Vòng 2: thi môn nghiệp vụ chuyên ngành bằng hình thức phỏng vấn hoặc viết.
"""

RESULT_TEXT = """QUY ĐỊNH
Quản lý công tác văn thư, lưu trữ tại các cơ quan, tổ chức trên địa bàn tỉnh Hưng Yên

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy định này quy định về soạn thảo, ban hành, quản lý văn bản; lập hồ sơ và nộp lưu hồ sơ, tài liệu vào Lưu trữ cơ quan.

Điều 2. Giải thích từ ngữ
1. Văn bản điện tử là văn bản dưới dạng thông điệp dữ liệu được tạo lập hoặc được số hóa từ văn bản giấy.
2. Hồ sơ là tập hợp các văn bản, tài liệu có liên quan với nhau về một vấn đề, một sự việc.

Chương II
QUẢN LÝ VĂN BẢN VÀ HỒ SƠ

Điều 3. Quản lý văn bản đi, văn bản đến
1. Văn bản đi, văn bản đến phải được đăng ký vào hệ thống quản lý văn bản điện tử.
2. Văn bản đến phải được trình, chuyển giao trong ngày.

Điều 4. Lập hồ sơ và nộp lưu hồ sơ
1. Cá nhân được giao giải quyết công việc có trách nhiệm lập hồ sơ.
2. Hồ sơ được nộp lưu vào Lưu trữ cơ quan trong thời hạn một năm kể từ ngày công việc kết thúc.

Điều 5. Số hóa tài liệu lưu trữ
Tài liệu có giá trị bảo quản vĩnh viễn được ưu tiên số hóa theo kế hoạch hằng năm.
"""

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Thanh", "Ngọc", "Hữu", "Phương"]
GIVEN = ["An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam"]
GIVEN += ["Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Uyên", "Việt", "Yến"]
ORGANISATIONS = [
    "UBND xã Tân Tiến",
    "Trường THPT Hưng Yên",
    "Hội Luật gia tỉnh Hưng Yên",
    "Công ty TNHH Phố Hiến Số",
    "UBND phường Sơn Nam",
    "Trung tâm Y tế huyện Kim Động",
]
STREETS = ["Nguyễn Văn Linh", "Bãi Sậy", "Phạm Ngũ Lão", "Điện Biên", "Tô Hiệu", "Lê Văn Lương"]
WARDS = ["Hiến Nam", "An Tảo", "Lam Sơn", "Minh Khai", "Quang Trung", "Hồng Châu"]
MAIL_DOMAINS = ["gmail.com", "yahoo.com.vn", "outlook.com", "hotmail.com"]

GOOD_TEXTS = [
    "Đề nghị bổ sung quy định về thời hạn cập nhật thông tin để bảo đảm tính kịp thời.",
    "Nên làm rõ trách nhiệm của từng phòng, ban khi cung cấp thông tin chậm so với quy định.",
    "Đề nghị quy định cụ thể việc công khai số điện thoại đường dây nóng của Sở trên Trang thông tin.",
    "Cần bổ sung nội dung bảo đảm an toàn thông tin, sao lưu dữ liệu định kỳ.",
    "Đề nghị thay cụm từ “Trang tin” bằng “Trang thông tin” cho thống nhất trong toàn văn bản.",
    "Nên quy định thời hạn trả lời ý kiến của người dân là 05 ngày làm việc.",
    "Đề nghị bổ sung việc đăng tải văn bản bằng định dạng có thể tìm kiếm được (không chỉ ảnh quét).",
    "Khoản này trùng ý với khoản 2, đề nghị gộp lại cho gọn.",
    "Nên bổ sung quy định về phiên bản tiếng Anh đối với thông tin giới thiệu và danh bạ.",
    "Đề nghị nêu rõ chế độ nhuận bút áp dụng theo văn bản nào.",
    "Cần quy định việc bảo vệ dữ liệu cá nhân của người gửi góp ý, hỏi đáp trên Trang thông tin.",
    "Đề nghị bổ sung hình thức khen thưởng đối với cộng tác viên có nhiều tin, bài chất lượng.",
    "Tôi thống nhất với nội dung dự thảo, đề nghị sớm ban hành.",
    "Đề nghị bổ sung yêu cầu bảo đảm tiếp cận cho người khuyết tật (cỡ chữ, độ tương phản).",
    "Nên giao Văn phòng Sở làm đầu mối tổng hợp, báo cáo định kỳ 6 tháng.",
]
REJECTED_TEXTS = [
    "Đề nghị Sở giải quyết sớm hồ sơ nâng lương của tôi đã nộp từ tháng trước.",
    "Đường vào thôn tôi xuống cấp, đề nghị tỉnh sửa chữa.",
    "Cho hỏi lịch thi tuyển viên chức giáo dục năm nay?",
    "Trang web tải chậm quá!!!",
    "Góp ý trùng lặp, đã gửi ở trên.",
]
REJECT_REASONS = [
    "Nội dung không liên quan đến dự thảo; đề nghị gửi qua mục Hỏi đáp.",
    "Góp ý trùng lặp với góp ý đã gửi trước đó.",
    "Phản ánh, kiến nghị cá nhân; đã chuyển bộ phận tiếp công dân.",
]
SPAM_TEXTS = [
    "Vay tiền nhanh không cần thế chấp, giải ngân trong 5 phút, liên hệ ngay!",
    "Mua bán tài khoản mạng xã hội giá rẻ, uy tín số 1.",
    "Khuyến mãi cực lớn, nhấp vào đường link để nhận quà.",
    "Dịch vụ làm bằng cấp, chứng chỉ các loại nhanh chóng.",
]
RESPONSES = [
    (ResponseKind.ACCEPTED, "Tiếp thu, đã chỉnh sửa tại dự thảo hoàn thiện."),
    (
        ResponseKind.EXPLAINED,
        "Nội dung này đã được quy định tại văn bản cấp trên nên không nhắc lại.",
    ),
    (
        ResponseKind.NOT_ACCEPTED,
        "Không tiếp thu vì vượt thẩm quyền ban hành của cơ quan soạn thảo.",
    ),
    (ResponseKind.ACCEPTED, "Tiếp thu, bổ sung một khoản mới quy định cụ thể nội dung này."),
]


def _unit(ctx, slug):
    units = ctx.data.get("units") or {}
    return units.get(slug) or Unit.objects.filter(slug=slug).first()


def _at(ctx, days_from_today, hour=8, minute=0):
    """An aware datetime ``days_from_today`` (negative: past) at ``hour:minute`` local time."""
    day = ctx.today + datetime.timedelta(days=days_from_today)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def build_consultations(ctx):
    """Lấy ý kiến dự thảo: dự thảo Quy chế (đang mở), sắp mở, đã kết thúc, góp ý mẫu"""
    index = _index_page(ctx)
    office = _unit(ctx, "van-phong")

    open_draft = ctx.page(
        index,
        DraftConsultationPage,
        OPEN_SLUG,
        title="Dự thảo Quy chế quản lý, vận hành và cung cấp thông tin trên Trang thông tin điện "
        "tử của Sở Nội vụ",
        summary="Văn phòng Sở lấy ý kiến cán bộ, công chức, viên chức và Nhân dân đối với dự thảo "
        "Quy chế quản lý, vận hành và cung cấp thông tin trên Trang thông tin điện tử của Sở Nội "
        "vụ tỉnh Hưng Yên, gồm 6 chương, 17 điều.",
        search_description="Dự thảo Quy chế quản lý, vận hành Trang thông tin điện tử Sở Nội vụ.",
        kind=DraftKind.OTHER,
        drafting_unit=office,
        responsible_unit=office,
        opens_at=_at(ctx, -10, 8),
        closes_at=_at(ctx, 20, 17),
        contact_email="vanphong.snv@hungyen.gov.vn",
        draft_text_paste=SEED_TEXT.read_text(encoding="utf-8"),
        files=_files(ctx, "Dự thảo Quy chế Trang thông tin điện tử", SEED_TEXT.read_text()),
    )
    upcoming = ctx.page(
        index,
        DraftConsultationPage,
        UPCOMING_SLUG,
        title="Dự thảo Quyết định ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn "
        "tỉnh Hưng Yên",
        summary="Ban Thi đua – Khen thưởng chuẩn bị lấy ý kiến dự thảo Quy định thay thế Quyết "
        "định số 15/2019/QĐ-UBND, phù hợp Luật Thi đua, khen thưởng năm 2022.",
        kind=DraftKind.COMMITTEE,
        drafting_unit=_unit(ctx, "ban-thi-dua-khen-thuong"),
        responsible_unit=_unit(ctx, "ban-thi-dua-khen-thuong"),
        opens_at=_at(ctx, 5, 8),
        closes_at=_at(ctx, 40, 17),
        draft_text_paste=UPCOMING_TEXT,
    )
    closed = ctx.page(
        index,
        DraftConsultationPage,
        CLOSED_SLUG,
        title="Dự thảo Kế hoạch tuyển dụng công chức tỉnh Hưng Yên năm 2027",
        summary="Phòng Công chức – Viên chức lấy ý kiến về chỉ tiêu, điều kiện và hình thức tuyển "
        "dụng công chức năm 2027.",
        kind=DraftKind.OTHER,
        drafting_unit=_unit(ctx, "phong-cong-chuc-vien-chuc"),
        responsible_unit=_unit(ctx, "phong-cong-chuc-vien-chuc"),
        opens_at=_at(ctx, -40, 8),
        closes_at=_at(ctx, -5, 17),
        draft_text_paste=CLOSED_TEXT,
        files=_files(ctx, "Dự thảo Kế hoạch tuyển dụng công chức năm 2027", CLOSED_TEXT),
    )
    result = ctx.page(
        index,
        DraftConsultationPage,
        RESULT_SLUG,
        title="Dự thảo Quyết định ban hành Quy định quản lý công tác văn thư, lưu trữ trên địa bàn "
        "tỉnh Hưng Yên",
        summary="Chi cục Văn thư – Lưu trữ đã lấy ý kiến dự thảo Quy định quản lý công tác văn "
        "thư, lưu trữ; kết quả tổng hợp, tiếp thu, giải trình được công bố dưới đây.",
        kind=DraftKind.COMMITTEE,
        drafting_unit=_unit(ctx, "chi-cuc-van-thu-luu-tru"),
        responsible_unit=_unit(ctx, "chi-cuc-van-thu-luu-tru"),
        opens_at=_at(ctx, -75, 8),
        closes_at=_at(ctx, -40, 17),
        draft_text_paste=RESULT_TEXT,
        result_summary="<p>Sau 35 ngày lấy ý kiến, Chi cục Văn thư – Lưu trữ nhận được nhiều ý kiến "
        "góp ý của các cơ quan, tổ chức và cá nhân. Đơn vị soạn thảo đã tiếp thu phần lớn ý kiến, "
        "giải trình các ý kiến chưa tiếp thu và hoàn thiện dự thảo trình Ủy ban nhân dân tỉnh.</p>",
        result_document=ctx.document(
            "Báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý dự thảo Quy định văn thư, lưu trữ",
            "BÁO CÁO tổng hợp, tiếp thu, giải trình ý kiến góp ý dự thảo Quy định quản lý công tác "
            "văn thư, lưu trữ trên địa bàn tỉnh Hưng Yên.",
        ),
        result_published_at=_at(ctx, -10, 9),
    )

    # comments: (draft, [(state, how many)], targets)
    plan = [
        (open_draft, [("approved", 30), ("pending", 32), ("rejected", 10), ("spam", 10)]),
        (closed, [("approved", 15), ("pending", 8), ("rejected", 15), ("spam", 15)]),
        (result, [("approved", 20), ("rejected", 15), ("spam", 15)]),
    ]
    for draft, states in plan:
        _comments(ctx, draft, states)
    ctx.data["consultations"] = {
        "index": index,
        "open": open_draft,
        "upcoming": upcoming,
        "closed": closed,
        "result": result,
    }


def _index_page(ctx):
    existing = ctx.child(ctx.home, SLUG)
    if existing is not None and not isinstance(existing, ConsultationIndexPage):
        # a placeholder made by home's final step before this section existed
        if existing.get_children_count() == 0:
            existing.delete()
        else:  # pragma: no cover - somebody built content under the placeholder
            raise RuntimeError(f"/{SLUG}/ exists as {type(existing).__name__} with children")
    return ctx.page(
        ctx.home,
        ConsultationIndexPage,
        SLUG,
        title="Lấy ý kiến dự thảo",
        show_in_menus=True,
        intro="Dự thảo văn bản quy phạm pháp luật tham mưu HĐND, UBND tỉnh ban hành và các dự thảo "
        "khác cần lấy ý kiến tham gia của cơ quan, tổ chức và Nhân dân (Quy chế, Điều 7 khoản 10). "
        "Bạn có thể góp ý cho toàn bộ dự thảo hoặc từng điều.",
        search_description="Danh sách dự thảo đang lấy ý kiến, sắp lấy ý kiến và đã kết thúc.",
        responsible_unit=_unit(ctx, "van-phong"),
    )


def _files(ctx, title, text):
    return [{"type": "file", "value": {"document": ctx.document(title, text).pk, "title": ""}}]


def _comments(ctx, draft, states):
    if draft.comments.exists():
        return
    rng = random.Random(f"consultations-demo-{draft.slug}")
    targets = [None] + draft.article_numbers
    weights = [3] + [1] * len(draft.article_numbers)
    now = timezone.now()
    latest = min(now, draft.closes_at)
    span = (latest - draft.opens_at).total_seconds()
    comments = []
    for state, how_many in states:
        for _n in range(how_many):
            submitted = draft.opens_at + datetime.timedelta(seconds=rng.uniform(0, span))
            comment = Comment(
                consultation=draft,
                receipt_code=new_receipt_code(rng),
                article_number=rng.choices(targets, weights)[0],
                submitted_at=submitted,
                status=state,
                consent_text="Đồng ý xử lý dữ liệu cá nhân để tiếp nhận, phản hồi góp ý (dữ liệu mẫu).",
                **_person(rng),
            )
            if state == Moderation.APPROVED:
                comment.text = rng.choice(GOOD_TEXTS)
            elif state == Moderation.REJECTED:
                comment.text = rng.choice(REJECTED_TEXTS)
                comment.rejection_reason = rng.choice(REJECT_REASONS)
            elif state == Moderation.SPAM:
                comment.text = rng.choice(SPAM_TEXTS)
                comment.organisation = ""
            else:
                comment.text = rng.choice(GOOD_TEXTS)
            if state != Moderation.PENDING:
                comment.moderated_at = min(now, submitted + datetime.timedelta(hours=20))
            if state == Moderation.APPROVED and draft.result_published_at:
                kind, text = rng.choice(RESPONSES)
                comment.response_kind = kind
                comment.response_text = text
                comment.responded_at = draft.closes_at + datetime.timedelta(days=10)
            comments.append(comment)
    Comment.objects.bulk_create(comments)
    ctx.log(f"  {len(comments)} góp ý mẫu cho “{draft.title[:50]}…”")


def _person(rng):
    name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
    login = f"{name.split()[-1]}.{rng.randint(1000, 99999)}"
    person = {
        "full_name": name,
        "organisation": rng.choice(ORGANISATIONS) if rng.random() < 0.25 else "",
        "email": "",
        "phone": "",
        "address": "",
    }
    if rng.random() < 0.8:
        person["email"] = f"{fold(login)}@{rng.choice(MAIL_DOMAINS)}"
    if rng.random() < 0.6 or not person["email"]:
        person["phone"] = f"09{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    if rng.random() < 0.5:
        person["address"] = (
            f"Số {rng.randint(2, 250)}, đường {rng.choice(STREETS)}, phường {rng.choice(WARDS)}, "
            "tỉnh Hưng Yên"
        )
    return person


STEPS = [(50, build_consultations)]
