"""Demo content for the services section: fields, holidays, procedures and citizens' questions.

Procedure codes were entered from memory of the national database of administrative procedures
(csdl.dichvucong.gov.vn) for a provincial Department of Home Affairs; editors must check every code,
time limit and fee against the current decision announcing the procedures before go-live.
"""

# slug, name, unit slug (who answers questions in this field)
FIELDS = [
    ("thi-dua-khen-thuong", "Thi đua – khen thưởng", "ban-thi-dua-khen-thuong"),
    ("ton-giao", "Tín ngưỡng, tôn giáo", "ban-ton-giao"),
    ("hoi-quy", "Tổ chức hội, quỹ", "phong-to-chuc-bien-che"),
    ("to-chuc-bien-che", "Tổ chức bộ máy, biên chế", "phong-to-chuc-bien-che"),
    ("cong-chuc-vien-chuc", "Công chức, viên chức", "phong-cong-chuc-vien-chuc"),
    ("van-thu-luu-tru", "Văn thư – lưu trữ", "chi-cuc-van-thu-luu-tru"),
    ("chinh-quyen-dia-phuong", "Chính quyền địa phương", "phong-xay-dung-chinh-quyen"),
    ("cong-tac-thanh-nien", "Công tác thanh niên", "phong-xay-dung-chinh-quyen"),
]

# Public holidays and adjacent days off for public servants (Labour Code 2019 Art. 112 and the
# annual notices of the Ministry of Home Affairs), plus make-up Saturdays. Administrators correct
# this list each year in the admin (Dịch vụ công → Ngày nghỉ lễ, làm bù).


LAW_TDKT = ("06/2022/QH15", "Luật Thi đua, khen thưởng")
DECREE_TDKT = (
    "98/2023/NĐ-CP",
    "Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
)
LAW_RELIGION = ("02/2016/QH14", "Luật Tín ngưỡng, tôn giáo")
DECREE_RELIGION = (
    "95/2023/NĐ-CP",
    "Nghị định quy định chi tiết và biện pháp thi hành Luật Tín ngưỡng, tôn giáo",
)
DECREE_ASSOCIATION = ("126/2024/NĐ-CP", "Nghị định quy định về tổ chức, hoạt động và quản lý hội")
DECREE_FUND = (
    "93/2019/NĐ-CP",
    "Nghị định về tổ chức, hoạt động của quỹ xã hội, quỹ từ thiện",
)
DECREE_FUND_2024 = (
    "136/2024/NĐ-CP",
    "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 93/2019/NĐ-CP",
)
LAW_CIVIL_SERVANTS = ("80/2025/QH15", "Luật Cán bộ, công chức")
DECREE_RECRUITMENT = (
    "170/2025/NĐ-CP",
    "Nghị định quy định về tuyển dụng, sử dụng và quản lý công chức",
)
LAW_PUBLIC_EMPLOYEES = ("58/2010/QH12", "Luật Viên chức")
DECREE_PUBLIC_EMPLOYEES = (
    "115/2020/NĐ-CP",
    "Nghị định quy định về tuyển dụng, sử dụng và quản lý viên chức",
)
DECREE_PUBLIC_EMPLOYEES_2023 = (
    "85/2023/NĐ-CP",
    "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 115/2020/NĐ-CP",
)
CIRCULAR_EXAM_FEE = (
    "92/2021/TT-BTC",
    "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí tuyển dụng, dự thi nâng "
    "ngạch, thăng hạng công chức, viên chức",
)
LAW_ARCHIVES = ("33/2024/QH15", "Luật Lưu trữ")
CIRCULAR_ARCHIVE_FEE = (
    "275/2016/TT-BTC",
    "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng tài "
    "liệu lưu trữ",
)
CIRCULAR_VILLAGES = (
    "04/2012/TT-BNV",
    "Thông tư hướng dẫn về tổ chức và hoạt động của thôn, tổ dân phố",
)
CIRCULAR_VILLAGES_2018 = (
    "14/2018/TT-BNV",
    "Thông tư sửa đổi, bổ sung một số điều của Thông tư số 04/2012/TT-BNV",
)
DECREE_YOUTH_VOLUNTEERS = (
    "112/2017/NĐ-CP",
    "Nghị định quy định về chế độ, chính sách đối với thanh niên xung phong cơ sở ở miền Nam và "
    "thanh niên xung phong tham gia kháng chiến chống Pháp",
)
DECISION_HY = (
    "Quyết định công bố TTHC",
    "Quyết định của Chủ tịch UBND tỉnh Hưng Yên công bố danh mục thủ tục hành chính lĩnh vực nội vụ",
)

HOW_DIRECT_ONLINE = (
    "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh Hưng Yên; qua dịch vụ bưu chính "
    "công ích; hoặc trực tuyến trên Cổng dịch vụ công quốc gia / Hệ thống thông tin giải quyết "
    "thủ tục hành chính tỉnh."
)
HOW_DIRECT = (
    "Nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh Hưng Yên hoặc qua dịch vụ bưu chính "
    "công ích."
)


def ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def ol(*items):
    return "<ol>" + "".join(f"<li>{item}</li>" for item in items) + "</ol>"


STEPS_TDKT = ol(
    "Cơ quan, đơn vị trình khen thưởng lập hồ sơ theo quy định, gửi Sở Nội vụ (Ban Thi đua – "
    "Khen thưởng) qua Trung tâm Phục vụ hành chính công tỉnh hoặc Hệ thống giải quyết thủ tục "
    "hành chính tỉnh.",
    "Ban Thi đua – Khen thưởng thẩm định hồ sơ, xin ý kiến các cơ quan liên quan (khi cần), "
    "tổng hợp trình Hội đồng Thi đua – Khen thưởng tỉnh.",
    "Sở Nội vụ trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định.",
    "Trả kết quả cho cơ quan, đơn vị trình khen thưởng.",
)

PROCEDURES = [
    # -- Thi đua – khen thưởng ------------------------------------------------------------------
    {
        "slug": "tang-bang-khen-cua-chu-tich-ubnd-tinh",
        "code": "1.000775",
        "title": "Thủ tục tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh",
        "field": "thi-dua-khen-thuong",
        "level": "full",
        "applicants": "Cá nhân, tập thể, hộ gia đình có thành tích xuất sắc được cơ quan, đơn vị, "
        "địa phương trực thuộc tỉnh đề nghị.",
        "time": "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Không",
        "steps": STEPS_TDKT,
        "dossier": ul(
            "Tờ trình đề nghị khen thưởng (Mẫu số 01 kèm theo Nghị định số 98/2023/NĐ-CP).",
            "Báo cáo thành tích của cá nhân, tập thể được đề nghị khen thưởng (Mẫu số 02, 03).",
            "Biên bản và kết quả bỏ phiếu kín của Hội đồng Thi đua – Khen thưởng cấp trình.",
            "Số lượng: 01 bộ.",
        ),
        "result": "Quyết định của Chủ tịch Ủy ban nhân dân tỉnh kèm Bằng khen.",
        "legal": [LAW_TDKT, DECREE_TDKT, DECISION_HY],
        "forms": [
            ("Mẫu số 01 – Tờ trình đề nghị khen thưởng", "TO TRINH DE NGHI KHEN THUONG"),
            ("Mẫu số 02 – Báo cáo thành tích cho tập thể", "BAO CAO THANH TICH TAP THE"),
            ("Mẫu số 03 – Báo cáo thành tích cho cá nhân", "BAO CAO THANH TICH CA NHAN"),
        ],
    },
    {
        "slug": "tang-danh-hieu-chien-si-thi-dua-cap-tinh",
        "code": "1.000748",
        "title": "Thủ tục tặng danh hiệu Chiến sĩ thi đua cấp tỉnh",
        "field": "thi-dua-khen-thuong",
        "level": "full",
        "applicants": "Cá nhân có hai lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở và có sáng "
        "kiến, đề tài, đề án được công nhận có phạm vi ảnh hưởng trong tỉnh.",
        "time": "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Không",
        "steps": STEPS_TDKT,
        "dossier": ul(
            "Tờ trình đề nghị tặng danh hiệu (Mẫu số 01).",
            "Báo cáo thành tích của cá nhân (Mẫu số 03).",
            "Văn bản công nhận sáng kiến, đề tài khoa học, đề án của cấp có thẩm quyền.",
            "Biên bản họp và kết quả bỏ phiếu kín của Hội đồng Thi đua – Khen thưởng cấp trình.",
        ),
        "result": "Quyết định của Chủ tịch Ủy ban nhân dân tỉnh kèm Bằng chứng nhận danh hiệu "
        "Chiến sĩ thi đua cấp tỉnh.",
        "legal": [LAW_TDKT, DECREE_TDKT],
        "forms": [
            ("Mẫu số 03 – Báo cáo thành tích cá nhân đề nghị Chiến sĩ thi đua", "BAO CAO CSTD")
        ],
    },
    {
        "slug": "tang-co-thi-dua-cua-ubnd-tinh",
        "code": "1.000730",
        "title": "Thủ tục tặng Cờ thi đua của Ủy ban nhân dân cấp tỉnh",
        "field": "thi-dua-khen-thuong",
        "level": "full",
        "applicants": "Tập thể tiêu biểu xuất sắc, dẫn đầu phong trào thi đua của khối, cụm thi đua "
        "hoặc ngành, lĩnh vực của tỉnh.",
        "time": "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Không",
        "steps": STEPS_TDKT,
        "dossier": ul(
            "Tờ trình đề nghị khen thưởng (Mẫu số 01).",
            "Báo cáo thành tích của tập thể (Mẫu số 02).",
            "Biên bản bình xét của khối, cụm thi đua (nếu có).",
        ),
        "result": "Quyết định của Ủy ban nhân dân tỉnh kèm Cờ thi đua.",
        "legal": [LAW_TDKT, DECREE_TDKT],
        "forms": [
            ("Mẫu số 02 – Báo cáo thành tích tập thể đề nghị Cờ thi đua", "BAO CAO CO THI DUA")
        ],
    },
    {
        "slug": "tang-danh-hieu-tap-the-lao-dong-xuat-sac",
        "code": "1.000756",
        "title": "Thủ tục tặng danh hiệu Tập thể lao động xuất sắc",
        "field": "thi-dua-khen-thuong",
        "level": "partial",
        "applicants": "Tập thể thuộc các sở, ban, ngành, địa phương của tỉnh hoàn thành xuất sắc "
        "nhiệm vụ trong năm.",
        "time": "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Không",
        "steps": STEPS_TDKT,
        "dossier": ul("Tờ trình đề nghị (Mẫu số 01).", "Báo cáo thành tích tập thể (Mẫu số 02)."),
        "result": "Quyết định của Chủ tịch Ủy ban nhân dân tỉnh.",
        "legal": [LAW_TDKT, DECREE_TDKT],
        "forms": [],
    },
    {
        "slug": "khen-thuong-dot-xuat",
        "code": "1.000804",
        "title": "Thủ tục tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh về thành tích đột xuất",
        "field": "thi-dua-khen-thuong",
        "level": "full",
        "applicants": "Cá nhân, tập thể lập được thành tích đột xuất (cứu người, bảo vệ tài sản, "
        "phòng chống thiên tai…).",
        "time": "10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Không",
        "steps": STEPS_TDKT,
        "dossier": ul(
            "Tờ trình đề nghị khen thưởng (Mẫu số 01).",
            "Bản tóm tắt thành tích đột xuất có xác nhận của cơ quan quản lý.",
        ),
        "result": "Quyết định của Chủ tịch Ủy ban nhân dân tỉnh kèm Bằng khen.",
        "legal": [LAW_TDKT, DECREE_TDKT],
        "forms": [("Mẫu tóm tắt thành tích đột xuất", "TOM TAT THANH TICH DOT XUAT")],
    },
    # -- Tôn giáo --------------------------------------------------------------------------------
    {
        "slug": "dang-ky-nguoi-duoc-bo-nhiem-chuc-viec",
        "code": "1.001228",
        "title": "Thủ tục đăng ký người được bổ nhiệm, bầu cử, suy cử làm chức việc của tổ chức "
        "tôn giáo trực thuộc",
        "field": "ton-giao",
        "level": "partial",
        "applicants": "Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc có trụ sở trên địa bàn tỉnh.",
        "time": "20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Không",
        "steps": ol(
            "Tổ chức tôn giáo gửi hồ sơ đăng ký đến Sở Nội vụ (Ban Tôn giáo).",
            "Ban Tôn giáo thẩm định; trường hợp không chấp thuận phải trả lời bằng văn bản, nêu rõ "
            "lý do.",
            "Trả kết quả cho tổ chức tôn giáo.",
        ),
        "dossier": ul(
            "Văn bản đăng ký nêu rõ tên tổ chức tôn giáo, họ tên, chức việc của người được bổ "
            "nhiệm, bầu cử, suy cử.",
            "Sơ yếu lý lịch, phiếu lý lịch tư pháp của người được đề nghị.",
            "Bản tóm tắt quá trình hoạt động tôn giáo của người được đề nghị.",
        ),
        "result": "Văn bản chấp thuận hoặc không chấp thuận của Sở Nội vụ.",
        "legal": [LAW_RELIGION, DECREE_RELIGION],
        "forms": [("Mẫu B14 – Văn bản đăng ký người được bổ nhiệm chức việc", "DANG KY CHUC VIEC")],
    },
    {
        "slug": "de-nghi-to-chuc-cuoc-le-ngoai-co-so-ton-giao",
        "code": "1.001204",
        "title": "Thủ tục đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng "
        "ký có quy mô tổ chức ở nhiều xã, phường",
        "field": "ton-giao",
        "level": "partial",
        "applicants": "Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc, người đại diện cơ sở tôn giáo.",
        "time": "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Không",
        "steps": ol(
            "Gửi văn bản đề nghị đến Sở Nội vụ chậm nhất 30 ngày trước ngày dự kiến tổ chức.",
            "Ban Tôn giáo xem xét, có ý kiến chấp thuận hoặc không chấp thuận bằng văn bản.",
        ),
        "dossier": ul(
            "Văn bản đề nghị nêu rõ tên cuộc lễ, người chủ trì, nội dung, thời gian, địa điểm, "
            "quy mô, thành phần tham dự.",
        ),
        "result": "Văn bản chấp thuận hoặc không chấp thuận.",
        "legal": [LAW_RELIGION, DECREE_RELIGION],
        "forms": [("Mẫu B26 – Văn bản đề nghị tổ chức cuộc lễ", "DE NGHI TO CHUC CUOC LE")],
    },
    {
        "slug": "thong-bao-to-chuc-hoi-nghi-thuong-nien",
        "code": "1.001182",
        "title": "Thủ tục thông báo tổ chức hội nghị thường niên của tổ chức tôn giáo, tổ chức tôn "
        "giáo trực thuộc có địa bàn hoạt động ở một tỉnh",
        "field": "ton-giao",
        "level": "full",
        "applicants": "Tổ chức tôn giáo, tổ chức tôn giáo trực thuộc có địa bàn hoạt động trong tỉnh.",
        "time": "Tiếp nhận thông báo; không quy định thời hạn trả kết quả",
        "fees": "Không",
        "steps": ol(
            "Tổ chức tôn giáo gửi văn bản thông báo chậm nhất 10 ngày làm việc trước ngày tổ chức.",
            "Sở Nội vụ tiếp nhận thông báo.",
        ),
        "dossier": ul("Văn bản thông báo nêu rõ nội dung, thời gian, địa điểm hội nghị."),
        "result": "Sở Nội vụ tiếp nhận thông báo.",
        "legal": [LAW_RELIGION, DECREE_RELIGION],
        "forms": [],
    },
    # -- Hội, quỹ -----------------------------------------------------------------------------------
    {
        "slug": "cong-nhan-ban-van-dong-thanh-lap-hoi",
        "code": "1.003827",
        "title": "Thủ tục công nhận ban vận động thành lập hội có phạm vi hoạt động trong tỉnh",
        "field": "hoi-quy",
        "level": "partial",
        "applicants": "Công dân, tổ chức Việt Nam có nhu cầu thành lập hội hoạt động trong phạm vi "
        "tỉnh.",
        "time": "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Không",
        "steps": ol(
            "Những người sáng lập gửi hồ sơ đến Sở Nội vụ.",
            "Sở Nội vụ thẩm định, lấy ý kiến cơ quan quản lý nhà nước về ngành, lĩnh vực chính "
            "mà hội dự kiến hoạt động.",
            "Giám đốc Sở Nội vụ quyết định công nhận ban vận động thành lập hội; trường hợp không "
            "công nhận thì trả lời bằng văn bản, nêu rõ lý do.",
        ),
        "dossier": ul(
            "Đơn đề nghị công nhận ban vận động thành lập hội.",
            "Danh sách và sơ yếu lý lịch của những người dự kiến trong ban vận động.",
            "Văn bản của cơ quan có thẩm quyền về việc đồng ý để cán bộ, công chức tham gia ban "
            "vận động (nếu có).",
        ),
        "result": "Quyết định công nhận ban vận động thành lập hội.",
        "legal": [DECREE_ASSOCIATION],
        "forms": [("Đơn đề nghị công nhận ban vận động thành lập hội", "DON DE NGHI BAN VAN DONG")],
    },
    {
        "slug": "thanh-lap-hoi",
        "code": "1.003807",
        "title": "Thủ tục thành lập hội có phạm vi hoạt động trong tỉnh",
        "field": "hoi-quy",
        "level": "partial",
        "applicants": "Ban vận động thành lập hội đã được công nhận.",
        "time": "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Không",
        "steps": ol(
            "Ban vận động gửi hồ sơ đề nghị thành lập hội đến Sở Nội vụ.",
            "Sở Nội vụ thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh quyết định cho phép thành lập "
            "hội.",
        ),
        "dossier": ul(
            "Đơn đề nghị thành lập hội.",
            "Dự thảo điều lệ hội.",
            "Danh sách những người đăng ký tham gia hội (tối thiểu 50 hội viên đối với hội cấp "
            "tỉnh).",
            "Văn bản xác nhận nơi dự kiến đặt trụ sở của hội.",
        ),
        "result": "Quyết định cho phép thành lập hội của Chủ tịch Ủy ban nhân dân tỉnh.",
        "legal": [DECREE_ASSOCIATION],
        "forms": [("Đơn đề nghị thành lập hội", "DON DE NGHI THANH LAP HOI")],
    },
    {
        "slug": "phe-duyet-dieu-le-hoi",
        "code": "1.003783",
        "title": "Thủ tục phê duyệt điều lệ hội",
        "field": "hoi-quy",
        "level": "partial",
        "applicants": "Hội có phạm vi hoạt động trong tỉnh đã tổ chức đại hội thông qua điều lệ.",
        "time": "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Không",
        "steps": ol(
            "Hội gửi hồ sơ trong thời hạn 30 ngày kể từ ngày kết thúc đại hội.",
            "Sở Nội vụ thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh phê duyệt.",
        ),
        "dossier": ul(
            "Văn bản đề nghị phê duyệt điều lệ hội.",
            "Điều lệ và biên bản thông qua điều lệ hội.",
            "Nghị quyết đại hội.",
        ),
        "result": "Quyết định phê duyệt điều lệ hội.",
        "legal": [DECREE_ASSOCIATION],
        "forms": [],
    },
    {
        "slug": "doi-ten-hoi",
        "code": "1.003732",
        "title": "Thủ tục đổi tên hội",
        "field": "hoi-quy",
        "level": "partial",
        "applicants": "Hội có phạm vi hoạt động trong tỉnh.",
        "time": "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Không",
        "steps": ol(
            "Hội gửi hồ sơ đề nghị đổi tên đến Sở Nội vụ.",
            "Sở Nội vụ thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh quyết định.",
        ),
        "dossier": ul(
            "Đơn đề nghị đổi tên hội.",
            "Nghị quyết đại hội về việc đổi tên hội.",
            "Dự thảo điều lệ sửa đổi, bổ sung.",
        ),
        "result": "Quyết định cho phép đổi tên hội.",
        "legal": [DECREE_ASSOCIATION],
        "forms": [],
    },
    {
        "slug": "cap-giay-phep-thanh-lap-quy",
        "code": "1.003621",
        "title": "Thủ tục cấp giấy phép thành lập và công nhận điều lệ quỹ",
        "field": "hoi-quy",
        "level": "partial",
        "applicants": "Sáng lập viên (cá nhân, tổ chức) thành lập quỹ xã hội, quỹ từ thiện hoạt "
        "động trong phạm vi tỉnh.",
        "time": "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Không",
        "steps": ol(
            "Sáng lập viên hoặc ban sáng lập gửi hồ sơ đến Sở Nội vụ.",
            "Sở Nội vụ thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh cấp giấy phép thành lập và "
            "công nhận điều lệ quỹ.",
        ),
        "dossier": ul(
            "Đơn đề nghị cấp giấy phép thành lập quỹ.",
            "Dự thảo điều lệ quỹ.",
            "Tài liệu chứng minh tài sản đóng góp để thành lập quỹ.",
            "Sơ yếu lý lịch, phiếu lý lịch tư pháp của thành viên ban sáng lập.",
        ),
        "result": "Quyết định cấp giấy phép thành lập và công nhận điều lệ quỹ.",
        "legal": [DECREE_FUND, DECREE_FUND_2024],
        "forms": [("Đơn đề nghị cấp giấy phép thành lập quỹ", "DON DE NGHI THANH LAP QUY")],
    },
    # -- Công chức, viên chức -------------------------------------------------------------------
    {
        "slug": "thi-tuyen-cong-chuc",
        "code": "1.005384",
        "title": "Thủ tục thi tuyển công chức",
        "field": "cong-chuc-vien-chuc",
        "level": "partial",
        "applicants": "Công dân Việt Nam đủ điều kiện đăng ký dự tuyển công chức theo Luật Cán bộ, "
        "công chức.",
        "time": "Theo kế hoạch tuyển dụng được phê duyệt; thông báo kết quả trong 10 ngày kể từ "
        "ngày nhận kết quả thi vòng 2",
        "fees": "Phí dự tuyển theo Thông tư số 92/2021/TT-BTC (từ 500.000 đồng/thí sinh, tùy số "
        "lượng thí sinh)",
        "steps": ol(
            "Cơ quan có thẩm quyền tuyển dụng thông báo tuyển dụng trên phương tiện thông tin đại "
            "chúng và trang thông tin điện tử.",
            "Người dự tuyển nộp Phiếu đăng ký dự tuyển trong thời hạn 30 ngày kể từ ngày thông "
            "báo.",
            "Tổ chức thi vòng 1 (trắc nghiệm trên máy tính) và vòng 2 (chuyên môn, nghiệp vụ).",
            "Thông báo kết quả, người trúng tuyển hoàn thiện hồ sơ tuyển dụng.",
        ),
        "dossier": ul("Phiếu đăng ký dự tuyển theo mẫu."),
        "result": "Quyết định tuyển dụng công chức.",
        "legal": [LAW_CIVIL_SERVANTS, DECREE_RECRUITMENT, CIRCULAR_EXAM_FEE],
        "forms": [("Phiếu đăng ký dự tuyển công chức", "PHIEU DANG KY DU TUYEN CONG CHUC")],
    },
    {
        "slug": "xet-tuyen-cong-chuc",
        "code": "1.005385",
        "title": "Thủ tục xét tuyển công chức",
        "field": "cong-chuc-vien-chuc",
        "level": "partial",
        "applicants": "Người cam kết tình nguyện làm việc từ 5 năm trở lên ở vùng có điều kiện kinh "
        "tế – xã hội đặc biệt khó khăn; người học theo chế độ cử tuyển…",
        "time": "Theo kế hoạch tuyển dụng được phê duyệt",
        "fees": "Phí dự tuyển theo Thông tư số 92/2021/TT-BTC",
        "steps": ol(
            "Thông báo tuyển dụng.",
            "Nhận Phiếu đăng ký dự tuyển.",
            "Kiểm tra điều kiện, tiêu chuẩn và phỏng vấn.",
            "Thông báo kết quả và ra quyết định tuyển dụng.",
        ),
        "dossier": ul("Phiếu đăng ký dự tuyển theo mẫu."),
        "result": "Quyết định tuyển dụng công chức.",
        "legal": [LAW_CIVIL_SERVANTS, DECREE_RECRUITMENT],
        "forms": [],
    },
    {
        "slug": "tiep-nhan-vao-lam-cong-chuc",
        "code": "1.005388",
        "title": "Thủ tục tiếp nhận vào làm công chức",
        "field": "cong-chuc-vien-chuc",
        "level": "none",
        "applicants": "Viên chức, người hưởng lương trong lực lượng vũ trang, người làm việc trong "
        "doanh nghiệp nhà nước đáp ứng tiêu chuẩn, điều kiện theo quy định.",
        "time": "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Không",
        "steps": ol(
            "Cơ quan sử dụng công chức đề xuất, gửi hồ sơ đến Sở Nội vụ.",
            "Sở Nội vụ thẩm định, tổ chức sát hạch (nếu cần) và trình cấp có thẩm quyền quyết định.",
        ),
        "dossier": ul(
            "Văn bản đề nghị của cơ quan sử dụng công chức.",
            "Sơ yếu lý lịch có xác nhận của cơ quan quản lý.",
            "Bản sao văn bằng, chứng chỉ; phiếu lý lịch tư pháp; giấy chứng nhận sức khỏe.",
        ),
        "result": "Quyết định tiếp nhận vào làm công chức.",
        "legal": [LAW_CIVIL_SERVANTS, DECREE_RECRUITMENT],
        "forms": [],
    },
    {
        "slug": "thang-hang-chuc-danh-nghe-nghiep-vien-chuc",
        "code": "1.005393",
        "title": "Thủ tục xét thăng hạng chức danh nghề nghiệp viên chức",
        "field": "cong-chuc-vien-chuc",
        "level": "partial",
        "applicants": "Viên chức đáp ứng tiêu chuẩn, điều kiện của hạng chức danh nghề nghiệp đăng "
        "ký xét thăng hạng.",
        "time": "Theo kế hoạch xét thăng hạng được phê duyệt",
        "fees": "Phí dự xét thăng hạng theo Thông tư số 92/2021/TT-BTC",
        "steps": ol(
            "Đơn vị sự nghiệp lập danh sách, hồ sơ viên chức đủ tiêu chuẩn gửi Sở Nội vụ.",
            "Hội đồng xét thăng hạng kiểm tra hồ sơ, tổ chức xét.",
            "Thông báo kết quả; cấp có thẩm quyền bổ nhiệm chức danh nghề nghiệp.",
        ),
        "dossier": ul(
            "Sơ yếu lý lịch viên chức.",
            "Bản nhận xét, đánh giá của người đứng đầu đơn vị sự nghiệp.",
            "Bản sao văn bằng, chứng chỉ theo tiêu chuẩn hạng đăng ký.",
        ),
        "result": "Quyết định bổ nhiệm và xếp lương chức danh nghề nghiệp.",
        "legal": [LAW_PUBLIC_EMPLOYEES, DECREE_PUBLIC_EMPLOYEES, DECREE_PUBLIC_EMPLOYEES_2023],
        "forms": [("Mẫu sơ yếu lý lịch viên chức", "SO YEU LY LICH VIEN CHUC")],
    },
    # -- Văn thư – lưu trữ ------------------------------------------------------------------------
    {
        "slug": "phuc-vu-su-dung-tai-lieu-tai-phong-doc",
        "code": "1.001702",
        "title": "Thủ tục phục vụ việc sử dụng tài liệu của độc giả tại phòng đọc Lưu trữ lịch sử "
        "tỉnh",
        "field": "van-thu-luu-tru",
        "level": "partial",
        "applicants": "Cơ quan, tổ chức, cá nhân có nhu cầu sử dụng tài liệu lưu trữ.",
        "time": "Trong ngày làm việc (tài liệu đã số hóa); không quá 03 ngày làm việc với tài "
        "liệu cần bổ sung thủ tục",
        "fees": "Phí khai thác, sử dụng tài liệu lưu trữ theo Thông tư số 275/2016/TT-BTC",
        "steps": ol(
            "Độc giả xuất trình căn cước hoặc giấy giới thiệu, điền phiếu yêu cầu đọc tài liệu.",
            "Lưu trữ lịch sử tỉnh kiểm tra, duyệt phiếu yêu cầu.",
            "Phục vụ tài liệu tại phòng đọc.",
        ),
        "dossier": ul("Phiếu yêu cầu đọc tài liệu.", "Căn cước hoặc giấy giới thiệu."),
        "result": "Tài liệu được phục vụ tại phòng đọc.",
        "legal": [LAW_ARCHIVES, CIRCULAR_ARCHIVE_FEE],
        "forms": [("Phiếu yêu cầu đọc tài liệu lưu trữ", "PHIEU YEU CAU DOC TAI LIEU")],
    },
    {
        "slug": "cap-ban-sao-va-chung-thuc-luu-tru",
        "code": "2.001791",
        "title": "Thủ tục cấp bản sao và chứng thực lưu trữ",
        "field": "van-thu-luu-tru",
        "level": "full",
        "applicants": "Cơ quan, tổ chức, cá nhân có nhu cầu.",
        "time": "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Phí chứng thực lưu trữ và phí sao chụp tài liệu theo Thông tư số 275/2016/TT-BTC",
        "steps": ol(
            "Nộp phiếu yêu cầu sao, chứng thực tài liệu (trực tiếp hoặc trực tuyến).",
            "Lưu trữ lịch sử tỉnh tìm, sao và chứng thực tài liệu.",
            "Trả kết quả trực tiếp, qua bưu chính hoặc bản điện tử có chữ ký số.",
        ),
        "dossier": ul("Phiếu yêu cầu sao, chứng thực tài liệu lưu trữ."),
        "result": "Bản sao tài liệu lưu trữ có chứng thực.",
        "legal": [LAW_ARCHIVES, CIRCULAR_ARCHIVE_FEE],
        "forms": [
            ("Phiếu yêu cầu sao, chứng thực tài liệu lưu trữ", "PHIEU YEU CAU SAO CHUNG THUC")
        ],
    },
    {
        "slug": "cap-chung-chi-hanh-nghe-luu-tru",
        "code": "1.001590",
        "title": "Thủ tục cấp, cấp lại Chứng chỉ hành nghề lưu trữ",
        "field": "van-thu-luu-tru",
        "level": "partial",
        "applicants": "Cá nhân có trình độ, kinh nghiệm theo quy định, có nhu cầu hành nghề lưu trữ.",
        "time": "15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Không",
        "steps": ol(
            "Cá nhân nộp hồ sơ đề nghị cấp chứng chỉ đến Sở Nội vụ.",
            "Hội đồng xét cấp chứng chỉ hành nghề lưu trữ xem xét hồ sơ.",
            "Giám đốc Sở Nội vụ cấp chứng chỉ.",
        ),
        "dossier": ul(
            "Đơn đề nghị cấp chứng chỉ hành nghề lưu trữ.",
            "Bản sao văn bằng chuyên môn; giấy xác nhận thời gian làm việc.",
            "02 ảnh 2×3 cm.",
        ),
        "result": "Chứng chỉ hành nghề lưu trữ.",
        "legal": [LAW_ARCHIVES],
        "forms": [("Đơn đề nghị cấp chứng chỉ hành nghề lưu trữ", "DON DE NGHI CHUNG CHI LUU TRU")],
    },
    # -- Chính quyền địa phương, thanh niên ----------------------------------------------------------
    {
        "slug": "thanh-lap-thon-to-dan-pho-moi",
        "code": "1.003625",
        "title": "Thủ tục thẩm định việc thành lập thôn mới, tổ dân phố mới",
        "field": "chinh-quyen-dia-phuong",
        "level": "none",
        "applicants": "Ủy ban nhân dân xã, phường.",
        "time": "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Không",
        "steps": ol(
            "Ủy ban nhân dân xã, phường lập hồ sơ, lấy ý kiến cử tri và trình Hội đồng nhân dân "
            "cùng cấp thông qua.",
            "Gửi hồ sơ đến Sở Nội vụ thẩm định.",
            "Sở Nội vụ trình Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh xem xét, quyết định.",
        ),
        "dossier": ul(
            "Tờ trình của Ủy ban nhân dân xã, phường.",
            "Đề án thành lập thôn mới, tổ dân phố mới.",
            "Biên bản lấy ý kiến cử tri và nghị quyết của Hội đồng nhân dân cấp xã.",
        ),
        "result": "Nghị quyết của Hội đồng nhân dân tỉnh.",
        "legal": [CIRCULAR_VILLAGES, CIRCULAR_VILLAGES_2018],
        "forms": [],
    },
    {
        "slug": "xac-nhan-phien-hieu-thanh-nien-xung-phong",
        "code": "1.005060",
        "title": "Thủ tục xác nhận phiên hiệu thanh niên xung phong ở cấp tỉnh",
        "field": "cong-tac-thanh-nien",
        "level": "none",
        "applicants": "Cựu thanh niên xung phong hoặc thân nhân đề nghị xác nhận phiên hiệu đơn vị "
        "thanh niên xung phong.",
        "time": "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "fees": "Không",
        "steps": ol(
            "Nộp hồ sơ tại Sở Nội vụ.",
            "Sở Nội vụ phối hợp Tỉnh đoàn, Hội Cựu thanh niên xung phong tỉnh xác minh.",
            "Trình Chủ tịch Ủy ban nhân dân tỉnh xác nhận phiên hiệu.",
        ),
        "dossier": ul(
            "Đơn đề nghị xác nhận phiên hiệu thanh niên xung phong.",
            "Giấy tờ, tài liệu chứng minh (quyết định thành lập đơn vị, giấy chứng nhận…).",
        ),
        "result": "Văn bản xác nhận phiên hiệu đơn vị thanh niên xung phong.",
        "legal": [DECREE_YOUTH_VOLUNTEERS],
        "forms": [
            (
                "Đơn đề nghị xác nhận phiên hiệu thanh niên xung phong",
                "DON XAC NHAN PHIEN HIEU TNXP",
            )
        ],
    },
]


# Questions: (title, field slug, status, received days ago, asker, email, phone, body, answer,
# extra) — "extra" holds public=False, decline reasons and notes for the history.
QUESTIONS = [
    # -- answered, published --------------------------------------------------------------------
    {
        "title": "Điều kiện tặng Bằng khen của Chủ tịch UBND tỉnh cho cá nhân",
        "field": "thi-dua-khen-thuong",
        "status": "answered",
        "days": 60,
        "answered_after": 9,
        "asker": ("Nguyễn Văn Hùng", "nguyenvanhung.hy@example.com", ""),
        "body": "Tôi là viên chức Trường THPT Nguyễn Trãi. Xin hỏi cá nhân cần đạt những tiêu "
        "chuẩn gì để được đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh theo quy định mới?",
        "answer": "Theo khoản 1 Điều 30 Nghị định số 98/2023/NĐ-CP, Bằng khen của Chủ tịch Ủy ban "
        "nhân dân cấp tỉnh được tặng cho cá nhân gương mẫu chấp hành tốt chủ trương, chính sách "
        "của Đảng, pháp luật của Nhà nước và đạt một trong các tiêu chuẩn: có thành tích xuất "
        "sắc được bình xét trong phong trào thi đua; lập được nhiều thành tích có phạm vi ảnh "
        "hưởng trong lĩnh vực thuộc tỉnh; có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, trong "
        "thời gian đó có 02 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cơ sở.\n\n"
        "Hồ sơ do nhà trường lập và trình qua Sở Giáo dục và Đào tạo; Ban Thi đua – Khen thưởng "
        "thẩm định trong 20 ngày làm việc.",
    },
    {
        "title": "Thời hạn nộp hồ sơ khen thưởng tổng kết năm học",
        "field": "thi-dua-khen-thuong",
        "status": "answered",
        "days": 45,
        "answered_after": 6,
        "asker": ("Trần Thị Mai", "", "0912000101"),
        "body": "Đơn vị tôi là trường tiểu học thuộc xã. Hồ sơ đề nghị khen thưởng tổng kết năm "
        "học phải gửi Sở Nội vụ trước ngày nào? Có được nộp trực tuyến không?",
        "answer": "Hồ sơ khen thưởng tổng kết năm học của các trường thuộc xã được Ủy ban nhân dân "
        "xã tổng hợp, trình qua Sở Giáo dục và Đào tạo theo hướng dẫn hằng năm; thời hạn cụ thể "
        "được nêu trong văn bản hướng dẫn công tác thi đua, khen thưởng năm học của Sở Giáo dục "
        "và Đào tạo (thường trước ngày 15/8).\n\n"
        "Thủ tục tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh được thực hiện trực tuyến toàn "
        "trình trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.",
    },
    {
        "title": "Thủ tục đăng ký người được suy cử làm trụ trì chùa",
        "field": "ton-giao",
        "status": "answered",
        "days": 40,
        "answered_after": 8,
        "asker": ("Phạm Văn Đức", "phamvanduc.tg@example.com", ""),
        "body": "Chùa ở xã chúng tôi vừa được Ban Trị sự Giáo hội Phật giáo tỉnh suy cử trụ trì "
        "mới. Xin hỏi thủ tục đăng ký với cơ quan nhà nước thế nào và mất bao lâu?",
        "answer": "Theo Điều 34 Luật Tín ngưỡng, tôn giáo, tổ chức tôn giáo có trách nhiệm gửi "
        "văn bản đăng ký người được bổ nhiệm, bầu cử, suy cử làm chức việc đến Sở Nội vụ (Ban "
        "Tôn giáo). Hồ sơ gồm văn bản đăng ký, sơ yếu lý lịch, phiếu lý lịch tư pháp và bản tóm "
        "tắt quá trình hoạt động tôn giáo của người được suy cử.\n\n"
        "Trong thời hạn 20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ, Sở Nội vụ trả lời bằng văn bản. "
        "Mẫu văn bản đăng ký có tại mục Thủ tục hành chính của Trang thông tin.",
    },
    {
        "title": "Tổ chức lễ rước ngoài khuôn viên nhà thờ có phải xin phép",
        "field": "ton-giao",
        "status": "answered",
        "days": 35,
        "answered_after": 5,
        "asker": ("Vũ Thị Lan", "", "0988000202"),
        "body": "Giáo xứ dự định tổ chức lễ rước qua hai xã lân cận vào dịp lễ bổn mạng. Xin "
        "hỏi có cần đề nghị Sở Nội vụ chấp thuận không? Tôi có thể liên hệ qua số 0988 000 202.",
        "answer": "Cuộc lễ ngoài cơ sở tôn giáo có quy mô tổ chức ở nhiều xã, phường thuộc thẩm "
        "quyền chấp thuận của Sở Nội vụ (khoản 2 Điều 46 Luật Tín ngưỡng, tôn giáo). Giáo xứ gửi "
        "văn bản đề nghị chậm nhất 30 ngày trước ngày dự kiến tổ chức, nêu rõ tên cuộc lễ, người "
        "chủ trì, nội dung, thời gian, địa điểm, quy mô và thành phần tham dự. Sở Nội vụ trả lời "
        "bằng văn bản trong thời hạn 15 ngày.",
    },
    {
        "title": "Số hội viên tối thiểu để thành lập hội cấp tỉnh",
        "field": "hoi-quy",
        "status": "answered",
        "days": 50,
        "answered_after": 11,
        "asker": ("Lê Quang Minh", "lequangminh@example.com", ""),
        "body": "Chúng tôi muốn thành lập Hội Doanh nhân trẻ của tỉnh. Hội cấp tỉnh cần tối "
        "thiểu bao nhiêu người đăng ký tham gia?",
        "answer": "Theo Nghị định số 126/2024/NĐ-CP, hội có phạm vi hoạt động trong tỉnh phải có "
        "ít nhất năm mươi công dân, tổ chức ở nhiều xã, phường trong tỉnh đăng ký tham gia. Trước "
        "khi nộp hồ sơ thành lập hội, những người sáng lập đề nghị Sở Nội vụ công nhận ban vận "
        "động thành lập hội (thủ tục 1.003827).",
    },
    {
        "title": "Quỹ từ thiện của dòng họ có phải xin giấy phép",
        "field": "hoi-quy",
        "status": "answered",
        "days": 30,
        "answered_after": 12,
        "asker": ("Đỗ Thị Hoa", "dothihoa@example.com", ""),
        "body": "Dòng họ chúng tôi lập quỹ khuyến học góp tiền của con cháu để thưởng cho học "
        "sinh giỏi trong họ. Quỹ này có phải đăng ký với Sở Nội vụ không?",
        "answer": "Quỹ do dòng họ tự nguyện góp để khuyến học trong nội bộ dòng họ, không huy "
        "động, tiếp nhận tài trợ ngoài dòng họ và không có tư cách pháp nhân thì không thuộc phạm "
        "vi điều chỉnh của Nghị định số 93/2019/NĐ-CP, nên không phải đề nghị cấp giấy phép "
        "thành lập. Trường hợp quỹ mở rộng huy động, tài trợ ra ngoài dòng họ, quỹ cần thực hiện "
        "thủ tục cấp giấy phép thành lập và công nhận điều lệ quỹ.",
    },
    {
        "title": "Điểm ưu tiên trong thi tuyển công chức cho con thương binh",
        "field": "cong-chuc-vien-chuc",
        "status": "answered",
        "days": 28,
        "answered_after": 7,
        "asker": ("Hoàng Văn Nam", "hoangvannam@example.com", "0904000303"),
        "body": "Tôi là con của thương binh hạng 3/4. Khi dự thi tuyển công chức của tỉnh tôi "
        "được cộng bao nhiêu điểm ưu tiên và cộng vào vòng nào?",
        "answer": "Con của thương binh thuộc đối tượng được cộng 5 điểm ưu tiên vào kết quả điểm "
        "thi tại vòng 2. Trường hợp người dự thi thuộc nhiều diện ưu tiên thì chỉ được cộng điểm "
        "ưu tiên cao nhất. Anh kê khai đối tượng ưu tiên trong Phiếu đăng ký dự tuyển và xuất "
        "trình giấy tờ chứng minh khi hoàn thiện hồ sơ tuyển dụng nếu trúng tuyển.",
    },
    {
        "title": "Xét thăng hạng giáo viên từ hạng III lên hạng II",
        "field": "cong-chuc-vien-chuc",
        "status": "answered",
        "days": 22,
        "answered_after": 10,
        "asker": ("Ngô Thị Thu", "ngothithu@example.com", ""),
        "body": "Tôi là giáo viên THCS hạng III, đã giữ hạng được 9 năm. Năm nay tỉnh có tổ chức "
        "xét thăng hạng không và cần chuẩn bị hồ sơ gì?",
        "answer": "Việc xét thăng hạng chức danh nghề nghiệp giáo viên được thực hiện theo kế "
        "hoạch của Ủy ban nhân dân tỉnh căn cứ nhu cầu vị trí việc làm của đơn vị. Khi có kế "
        "hoạch, đơn vị nơi chị công tác lập danh sách viên chức đủ tiêu chuẩn gửi cơ quan có "
        "thẩm quyền. Hồ sơ gồm sơ yếu lý lịch, bản nhận xét của người đứng đầu đơn vị, bản sao "
        "văn bằng, chứng chỉ theo tiêu chuẩn hạng II. Kế hoạch năm nay sẽ được đăng tại mục Tin "
        "tức – Sự kiện.",
    },
    {
        "title": "Phí sao và chứng thực tài liệu lưu trữ",
        "field": "van-thu-luu-tru",
        "status": "answered",
        "days": 18,
        "answered_after": 4,
        "asker": ("Bùi Văn Toàn", "", "0977000404"),
        "body": "Tôi cần bản sao có chứng thực quyết định giao đất năm 1994 đang lưu tại Lưu trữ "
        "lịch sử tỉnh. Phí bao nhiêu và có nhận qua bưu điện được không?",
        "answer": "Phí chứng thực lưu trữ và phí sao chụp tài liệu được thu theo Thông tư số "
        "275/2016/TT-BTC. Ông có thể nộp phiếu yêu cầu trực tuyến trên Cổng dịch vụ công (thủ tục "
        "cấp bản sao và chứng thực lưu trữ) và chọn nhận kết quả qua dịch vụ bưu chính công ích. "
        "Thời hạn trả kết quả là 03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    },
    {
        "title": "Tiêu chuẩn trưởng thôn sau khi sáp nhập thôn",
        "field": "chinh-quyen-dia-phuong",
        "status": "answered",
        "days": 16,
        "answered_after": 8,
        "asker": ("Đinh Văn Sơn", "dinhvanson@example.com", ""),
        "body": "Thôn tôi vừa sáp nhập với thôn bên cạnh. Trưởng thôn mới được bầu như thế nào "
        "và có phải đủ tiêu chuẩn gì không?",
        "answer": "Sau khi sáp nhập, Chủ tịch Ủy ban nhân dân xã chỉ định Trưởng thôn lâm thời "
        "và tổ chức bầu Trưởng thôn mới theo Thông tư số 04/2012/TT-BNV (được sửa đổi bởi Thông "
        "tư số 14/2018/TT-BNV). Trưởng thôn phải là người có hộ khẩu thường trú và cư trú thường "
        "xuyên ở thôn, đủ 21 tuổi trở lên, có sức khỏe, nhiệt tình, có tinh thần trách nhiệm, "
        "phẩm chất chính trị và đạo đức tốt, được nhân dân tín nhiệm.",
    },
    # -- answered, not published (personal case) ---------------------------------------------------
    {
        "title": "Hồ sơ cá nhân của tôi tại kỳ tuyển dụng năm trước",
        "field": "cong-chuc-vien-chuc",
        "status": "answered",
        "days": 26,
        "answered_after": 6,
        "public": False,
        "asker": ("Trịnh Văn Lực", "trinhvanluc@example.com", ""),
        "body": "Tôi dự tuyển viên chức năm trước nhưng chưa nhận lại bản gốc bằng tốt nghiệp đã "
        "nộp. Tôi cần liên hệ ai?",
        "answer": "Hồ sơ dự tuyển do đơn vị tuyển dụng lưu giữ. Đề nghị anh liên hệ trực tiếp "
        "đơn vị đã tổ chức tuyển dụng trong giờ hành chính để được trả lại bản gốc văn bằng.",
    },
    # -- awaiting the head's approval ------------------------------------------------------------
    {
        "title": "Khen thưởng cho tổ dân phố có thành tích phòng chống bão",
        "field": "thi-dua-khen-thuong",
        "status": "awaiting_approval",
        "days": 12,
        "asker": ("Lương Thị Hạnh", "luongthihanh@example.com", ""),
        "body": "Tổ dân phố chúng tôi có nhiều đóng góp trong khắc phục hậu quả cơn bão vừa qua. "
        "Ai có thẩm quyền đề nghị khen thưởng đột xuất cho tổ?",
        "answer": "Ủy ban nhân dân phường xem xét, đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng "
        "Bằng khen về thành tích đột xuất cho tập thể tổ dân phố. Thời hạn thẩm định là 10 ngày "
        "làm việc kể từ ngày nhận đủ hồ sơ.",
    },
    {
        "title": "Thông báo hội nghị thường niên của Giáo hội",
        "field": "ton-giao",
        "status": "awaiting_approval",
        "days": 9,
        "asker": ("Nguyễn Thị Bích", "", "0936000505"),
        "body": "Ban Trị sự dự kiến tổ chức hội nghị tổng kết năm vào tháng 12. Chúng tôi cần "
        "thông báo trước bao nhiêu ngày?",
        "answer": "Tổ chức tôn giáo gửi văn bản thông báo đến Sở Nội vụ chậm nhất 10 ngày làm "
        "việc trước ngày tổ chức hội nghị thường niên.",
    },
    {
        "title": "Đổi tên hội sau khi sáp nhập tỉnh",
        "field": "hoi-quy",
        "status": "awaiting_approval",
        "days": 14,
        "asker": ("Tạ Văn Quý", "tavanquy@example.com", ""),
        "body": "Hội chúng tôi mang tên tỉnh cũ. Sau khi sáp nhập tỉnh có bắt buộc đổi tên hội "
        "không và thủ tục thế nào?",
        "answer": "Hội thực hiện thủ tục đổi tên hội (1.003732) sau khi đại hội thông qua nghị "
        "quyết đổi tên và sửa đổi điều lệ.",
    },
    {
        "title": "Thời gian tập sự của công chức mới tuyển dụng",
        "field": "cong-chuc-vien-chuc",
        "status": "awaiting_approval",
        "days": 11,
        "asker": ("Phan Thị Ngọc", "phanthingoc@example.com", ""),
        "body": "Tôi vừa trúng tuyển công chức ngạch chuyên viên. Thời gian tập sự là bao lâu và "
        "lương trong thời gian tập sự được tính thế nào?",
        "answer": "Thời gian tập sự đối với ngạch chuyên viên là 12 tháng; trong thời gian tập sự "
        "được hưởng 85% mức lương bậc 1 của ngạch tuyển dụng.",
    },
    # -- processing --------------------------------------------------------------------------------
    {
        "title": "Danh hiệu Chiến sĩ thi đua cấp tỉnh cho giáo viên",
        "field": "thi-dua-khen-thuong",
        "status": "processing",
        "days": 20,
        "asker": ("Hà Thị Yến", "hathiyen@example.com", ""),
        "body": "Sáng kiến của tôi được Hội đồng cấp trường công nhận. Như vậy đã đủ điều kiện "
        "đề nghị Chiến sĩ thi đua cấp tỉnh chưa?",
        "answer": "",
    },
    {
        "title": "Lễ khánh thành tượng Phật ngoài trời",
        "field": "ton-giao",
        "status": "processing",
        "days": 15,
        "asker": ("Thích Minh Tâm", "", "0915000606"),
        "body": "Chùa dự kiến tổ chức lễ khánh thành tượng Phật có khoảng 3.000 người dự từ "
        "nhiều xã. Hồ sơ đề nghị gồm những gì?",
        "answer": "Chùa gửi văn bản đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo",
    },
    {
        "title": "Hội cựu giáo chức có được nhận tài trợ nước ngoài",
        "field": "hoi-quy",
        "status": "processing",
        "days": 13,
        "asker": ("Kiều Văn Thắng", "kieuvanthang@example.com", ""),
        "body": "Hội chúng tôi được một tổ chức phi chính phủ nước ngoài đề nghị tài trợ dự án "
        "khuyến học. Cần làm thủ tục gì?",
        "answer": "",
    },
    {
        "title": "Tiếp nhận viên chức vào làm công chức cấp xã",
        "field": "cong-chuc-vien-chuc",
        "status": "processing",
        "days": 24,
        "asker": ("Mai Thị Phương", "maithiphuong@example.com", "0946000707"),
        "body": "Tôi là viên chức trạm y tế xã, muốn chuyển sang làm công chức văn phòng – thống "
        "kê của xã. Có được tiếp nhận không cần thi tuyển không?",
        "answer": "",
    },
    {
        "title": "Nộp lưu hồ sơ của xã cũ sau sáp nhập",
        "field": "van-thu-luu-tru",
        "status": "processing",
        "days": 10,
        "asker": ("Cao Văn Tiến", "caovantien@example.com", ""),
        "body": "Xã tôi được sáp nhập từ ba xã cũ. Hồ sơ, tài liệu của các xã cũ phải nộp lưu vào "
        "đâu và trong thời hạn nào?",
        "answer": "",
    },
    {
        "title": "Chế độ cho cựu thanh niên xung phong chưa được hưởng",
        "field": "cong-tac-thanh-nien",
        "status": "processing",
        "days": 17,
        "asker": ("Lại Văn Bình", "", "0965000808"),
        "body": "Bố tôi tham gia thanh niên xung phong năm 1968 nhưng đơn vị không còn giấy tờ "
        "gốc. Gia đình cần làm gì để xác nhận?",
        "answer": "",
    },
    # -- received ----------------------------------------------------------------------------------
    {
        "title": "Khen thưởng cho học sinh đạt giải quốc gia",
        "field": "thi-dua-khen-thuong",
        "status": "received",
        "days": 0,
        "asker": ("Đặng Thị Hồng", "dangthihong@example.com", ""),
        "body": "Con tôi đạt giải Nhì học sinh giỏi quốc gia môn Hóa học. Tỉnh có hình thức khen "
        "thưởng nào và gia đình có phải làm hồ sơ không?",
        "answer": "",
    },
    {
        "title": "Sinh hoạt tôn giáo tập trung tại nhà riêng",
        "field": "ton-giao",
        "status": "received",
        "days": 1,
        "asker": ("Nguyễn Văn Khoa", "nguyenvankhoa@example.com", ""),
        "body": "Nhóm tín hữu ở thôn tôi muốn sinh hoạt tôn giáo tập trung tại nhà một hộ dân. "
        "Cần đăng ký với cấp nào?",
        "answer": "",
    },
    {
        "title": "Hồ sơ đăng ký dự tuyển viên chức y tế",
        "field": "cong-chuc-vien-chuc",
        "status": "received",
        "days": 2,
        "asker": ("Trương Thị Linh", "", "0983000909"),
        "body": "Tôi tốt nghiệp cử nhân điều dưỡng năm nay. Kỳ tuyển dụng viên chức y tế của tỉnh "
        "dự kiến khi nào và nộp hồ sơ ở đâu?",
        "answer": "",
    },
    {
        "title": "Tra cứu quyết định tuyển dụng năm 1998",
        "field": "van-thu-luu-tru",
        "status": "received",
        "days": 4,
        "asker": ("Phùng Văn Lâm", "phungvanlam@example.com", ""),
        "body": "Tôi cần bản sao quyết định tuyển dụng năm 1998 để bổ sung hồ sơ bảo hiểm xã hội. "
        "Có thể tra cứu trực tuyến không?",
        "answer": "",
    },
    {
        "title": "Biên chế công chức của xã sau sắp xếp",
        "field": "to-chuc-bien-che",
        "status": "received",
        "days": 23,
        "asker": ("Võ Thị Hằng", "vothihang@example.com", ""),
        "body": "Sau sắp xếp đơn vị hành chính, số lượng công chức của xã được tính như thế nào? "
        "Công chức dôi dư được giải quyết ra sao?",
        "answer": "",
    },
    {
        "title": "Thành lập câu lạc bộ thanh niên tình nguyện",
        "field": "cong-tac-thanh-nien",
        "status": "received",
        "days": 21,
        "asker": ("Dương Văn Hải", "duongvanhai@example.com", ""),
        "body": "Chúng tôi muốn thành lập câu lạc bộ thanh niên tình nguyện ở phường. Có cần xin "
        "phép Sở Nội vụ không?",
        "answer": "",
    },
    # -- declined ----------------------------------------------------------------------------------
    {
        "title": "Khiếu nại kết quả giải quyết tranh chấp đất đai",
        "field": "chinh-quyen-dia-phuong",
        "status": "declined",
        "days": 33,
        "asker": ("Lý Văn Tài", "lyvantai@example.com", ""),
        "body": "Tôi không đồng ý với quyết định giải quyết tranh chấp đất đai của UBND xã, đề "
        "nghị Sở Nội vụ xem xét lại.",
        "answer": "",
        "reason": "Nội dung thuộc thẩm quyền giải quyết khiếu nại về đất đai của Chủ tịch Ủy ban "
        "nhân dân cấp xã và Sở Nông nghiệp và Môi trường, không thuộc lĩnh vực của Sở Nội vụ. "
        "Đề nghị ông gửi đơn khiếu nại theo Luật Khiếu nại đến cơ quan có thẩm quyền.",
    },
    {
        "title": "Quảng cáo dịch vụ làm hồ sơ nhanh",
        "field": "cong-chuc-vien-chuc",
        "status": "declined",
        "days": 19,
        "asker": ("Dịch vụ hồ sơ", "dichvu.hoso@example.com", ""),
        "body": "Nhận làm hồ sơ thi tuyển công chức trọn gói, cam kết đỗ.",
        "answer": "",
        "reason": "Nội dung quảng cáo, không phải câu hỏi; vi phạm Điều 8 Quy chế quản lý Trang "
        "thông tin điện tử.",
        "by_editor": True,
    },
    {
        "title": "Câu hỏi trùng về khen thưởng học sinh giỏi",
        "field": "thi-dua-khen-thuong",
        "status": "declined",
        "days": 8,
        "asker": ("Đặng Thị Hồng", "dangthihong@example.com", ""),
        "body": "Xin hỏi lại về khen thưởng học sinh đạt giải quốc gia.",
        "answer": "",
        "reason": "Trùng nội dung với câu hỏi đã gửi trước đó đang được Ban Thi đua – Khen thưởng "
        "xử lý; kết quả sẽ được trả lời tại câu hỏi trước.",
    },
]
