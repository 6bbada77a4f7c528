"""Demo data of Sở Nội vụ tỉnh Hưng Yên: unit functions, about 40 officials, former leaders and
three weeks of the leaders' schedule. Plain data only; ``contacts.demo`` creates the objects."""

UNIT_FUNCTIONS = {
    # slug: (Vietnamese functions, English functions)
    "ban-giam-doc": (
        "Giám đốc Sở chịu trách nhiệm trước Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh "
        "và trước pháp luật về toàn bộ hoạt động của Sở; các Phó Giám đốc giúp Giám đốc phụ "
        "trách, chỉ đạo một số lĩnh vực công tác theo phân công.",
        "The Director answers to the Provincial People's Committee, its Chairperson and the law "
        "for all activities of the Department; the Deputy Directors assist the Director and lead "
        "the fields of work assigned to them.",
    ),
    "van-phong": (
        "Tham mưu tổng hợp, điều phối chương trình, kế hoạch công tác của Sở; công tác hành "
        "chính, văn thư, lưu trữ cơ quan, tài chính, kế toán, quản trị; tiếp nhận và trả kết quả "
        "thủ tục hành chính; quản trị Trang thông tin điện tử của Sở.",
        "Coordinates the Department's work programme; administration, records, finance, "
        "accounting and logistics; receives applications and returns results of administrative "
        "procedures; runs the Department's website.",
    ),
    "thanh-tra": (
        "Thanh tra hành chính và thanh tra chuyên ngành nội vụ; tiếp công dân, giải quyết khiếu "
        "nại, tố cáo; phòng, chống tham nhũng, tiêu cực theo quy định.",
        "Administrative and specialised inspection in home affairs; receives citizens and handles "
        "complaints and denunciations; anti-corruption work.",
    ),
    "phong-to-chuc-bien-che": (
        "Tham mưu về tổ chức bộ máy các cơ quan hành chính, đơn vị sự nghiệp công lập; vị trí việc "
        "làm, biên chế công chức và số lượng người làm việc; quản lý hội, tổ chức phi chính phủ.",
        "Advises on the organisation of administrative agencies and public service units, job "
        "positions and staffing quotas; manages associations and non-governmental organisations.",
    ),
    "phong-xay-dung-chinh-quyen": (
        "Tham mưu về tổ chức chính quyền địa phương, địa giới đơn vị hành chính, cán bộ, công "
        "chức cấp xã, dân chủ ở cơ sở và công tác thanh niên.",
        "Advises on local government, administrative boundaries, commune-level officials, "
        "grassroots democracy and youth affairs.",
    ),
    "phong-cong-chuc-vien-chuc": (
        "Tham mưu về tuyển dụng, sử dụng, quản lý cán bộ, công chức, viên chức; nâng ngạch, "
        "thăng hạng; đào tạo, bồi dưỡng; tiền lương và chế độ, chính sách.",
        "Advises on recruiting and managing civil servants and public employees, promotion, "
        "training, wages and allowances.",
    ),
    "ban-thi-dua-khen-thuong": (
        "Tham mưu tổ chức các phong trào thi đua và thực hiện chính sách khen thưởng của Đảng và "
        "Nhà nước trên địa bàn tỉnh; thường trực Hội đồng Thi đua – Khen thưởng tỉnh.",
        "Organises emulation movements and implements commendation policies in the province; "
        "standing body of the Provincial Emulation and Commendation Council.",
    ),
    "ban-ton-giao": (
        "Tham mưu quản lý nhà nước về tín ngưỡng, tôn giáo; hướng dẫn, giải quyết các nhu cầu "
        "hoạt động tín ngưỡng, tôn giáo theo quy định của pháp luật.",
        "Advises on state management of beliefs and religions and handles the requests of "
        "religious organisations under the law.",
    ),
    "chi-cuc-van-thu-luu-tru": (
        "Quản lý nhà nước về văn thư, lưu trữ trên địa bàn tỉnh; thu thập, bảo quản, phục vụ "
        "khai thác tài liệu lưu trữ lịch sử tại Lưu trữ lịch sử tỉnh.",
        "State management of records and archives in the province; collects, preserves and "
        "provides access to the documents of the Provincial Historical Archives.",
    ),
}

# Leaders: years in post (matching the former leaders' end dates) and English responsibilities.
LEADER_STARTS = {
    "Nguyễn Văn Thành": 5,
    "Trần Thị Thu Hằng": 4,
    "Lê Minh Tuấn": 3,
    "Phạm Quang Huy": 6,
}
RESPONSIBILITIES_EN = {
    "Nguyễn Văn Thành": "General leadership of the Department; organisation, personnel, finance "
    "and inspection.",
    "Trần Thị Thu Hằng": "Organisation and staffing, civil servants and public employees, "
    "administrative reform.",
    "Lê Minh Tuấn": "Local government, youth affairs, emulation and commendation.",
    "Phạm Quang Huy": "Records and archives, religious affairs; head of the website's editorial "
    "board.",
}

# (unit slug, position, full name, public mobile, responsibilities)
PEOPLE = [
    (
        "ban-giam-doc",
        "Giám đốc",
        "Nguyễn Văn Thành",
        True,
        "Lãnh đạo, chỉ đạo, điều hành chung mọi hoạt động của Sở; trực tiếp phụ trách công tác "
        "tổ chức bộ máy, cán bộ, tài chính, thanh tra.",
    ),
    (
        "ban-giam-doc",
        "Phó Giám đốc",
        "Trần Thị Thu Hằng",
        True,
        "Phụ trách lĩnh vực tổ chức – biên chế, công chức – viên chức, cải cách hành chính.",
    ),
    (
        "ban-giam-doc",
        "Phó Giám đốc",
        "Lê Minh Tuấn",
        True,
        "Phụ trách lĩnh vực xây dựng chính quyền, công tác thanh niên, thi đua – khen thưởng.",
    ),
    (
        "ban-giam-doc",
        "Phó Giám đốc",
        "Phạm Quang Huy",
        False,
        "Phụ trách lĩnh vực văn thư – lưu trữ, tôn giáo; Trưởng Ban Biên tập Trang thông tin điện "
        "tử.",
    ),
    ("van-phong", "Chánh Văn phòng", "Vũ Đức Thắng", True, ""),
    ("van-phong", "Phó Chánh Văn phòng", "Đặng Thị Hương", False, ""),
    ("van-phong", "Chuyên viên", "Ngô Thị Lan Anh", False, ""),
    ("van-phong", "Chuyên viên", "Bùi Văn Long", False, ""),
    ("van-phong", "Văn thư", "Phạm Thị Ngọc", False, ""),
    ("thanh-tra", "Chánh Thanh tra", "Nguyễn Đức Mạnh", True, ""),
    ("thanh-tra", "Phó Chánh Thanh tra", "Lương Thị Thu Trang", False, ""),
    ("thanh-tra", "Thanh tra viên", "Trịnh Văn Quyết", False, ""),
    ("thanh-tra", "Thanh tra viên", "Đào Thị Kim Oanh", False, ""),
    ("phong-to-chuc-bien-che", "Trưởng phòng", "Nguyễn Thị Mai Phương", True, ""),
    ("phong-to-chuc-bien-che", "Phó Trưởng phòng", "Hà Văn Dũng", False, ""),
    ("phong-to-chuc-bien-che", "Chuyên viên chính", "Tạ Thị Hồng Nhung", False, ""),
    ("phong-to-chuc-bien-che", "Chuyên viên", "Nguyễn Văn Hải", False, ""),
    ("phong-to-chuc-bien-che", "Chuyên viên", "Lê Thị Thanh Tâm", False, ""),
    ("phong-xay-dung-chinh-quyen", "Trưởng phòng", "Phan Văn Toàn", True, ""),
    ("phong-xay-dung-chinh-quyen", "Phó Trưởng phòng", "Cao Thị Thanh Hà", False, ""),
    ("phong-xay-dung-chinh-quyen", "Chuyên viên", "Đinh Công Sơn", False, ""),
    ("phong-xay-dung-chinh-quyen", "Chuyên viên", "Nguyễn Thị Huyền", False, ""),
    ("phong-xay-dung-chinh-quyen", "Chuyên viên", "Vương Minh Hiếu", False, ""),
    ("phong-cong-chuc-vien-chuc", "Trưởng phòng", "Trần Văn Bình", True, ""),
    ("phong-cong-chuc-vien-chuc", "Phó Trưởng phòng", "Mai Thị Thúy", False, ""),
    ("phong-cong-chuc-vien-chuc", "Chuyên viên chính", "Đoàn Văn Kiên", False, ""),
    ("phong-cong-chuc-vien-chuc", "Chuyên viên", "Nguyễn Thị Bích Ngọc", False, ""),
    ("phong-cong-chuc-vien-chuc", "Chuyên viên", "Lại Thế Anh", False, ""),
    ("ban-thi-dua-khen-thuong", "Trưởng ban", "Hoàng Văn Lợi", True, ""),
    ("ban-thi-dua-khen-thuong", "Phó Trưởng ban", "Chu Thị Thanh Xuân", False, ""),
    ("ban-thi-dua-khen-thuong", "Chuyên viên", "Kiều Văn Tùng", False, ""),
    ("ban-thi-dua-khen-thuong", "Chuyên viên", "Phùng Thị Dung", False, ""),
    ("ban-ton-giao", "Trưởng ban", "Dương Văn Chiến", True, ""),
    ("ban-ton-giao", "Phó Trưởng ban", "Nguyễn Thị Thu Thủy", False, ""),
    ("ban-ton-giao", "Chuyên viên", "Tống Văn Phúc", False, ""),
    ("chi-cuc-van-thu-luu-tru", "Chi cục trưởng", "Nguyễn Văn Quang", True, ""),
    ("chi-cuc-van-thu-luu-tru", "Phó Chi cục trưởng", "Lưu Thị Hạnh", False, ""),
    ("chi-cuc-van-thu-luu-tru", "Chuyên viên", "Trương Văn Đạt", False, ""),
    ("chi-cuc-van-thu-luu-tru", "Chuyên viên", "Võ Thị Kim Liên", False, ""),
]

# Leaders' biographies (Decree 43/2011 Art. 10): Vietnamese, English.
BIOGRAPHIES = {
    "Nguyễn Văn Thành": (
        "<p>Sinh năm 1972 tại xã Tiên Lữ, tỉnh Hưng Yên. Thạc sĩ Quản lý công; Cao cấp lý luận "
        "chính trị.</p><p>Nguyên Phó Chánh Văn phòng Ủy ban nhân dân tỉnh, Phó Giám đốc Sở Nội "
        "vụ; được bổ nhiệm Giám đốc Sở Nội vụ từ năm {start}.</p>",
        "<p>Born in 1972 in Tiên Lữ, Hưng Yên Province. Master of Public Management.</p><p>Former "
        "Deputy Chief of Office of the Provincial People's Committee and Deputy Director of the "
        "Department; Director since {start}.</p>",
    ),
    "Trần Thị Thu Hằng": (
        "<p>Sinh năm 1976 tại phường Phố Hiến, tỉnh Hưng Yên. Tiến sĩ Luật; Cao cấp lý luận chính "
        "trị.</p><p>Nguyên Trưởng phòng Tổ chức – Biên chế; Phó Giám đốc Sở từ năm {start}.</p>",
        "<p>Born in 1976 in Phố Hiến, Hưng Yên Province. Doctor of Law.</p><p>Former Head of the "
        "Division of Organisation and Staffing; Deputy Director since {start}.</p>",
    ),
    "Lê Minh Tuấn": (
        "<p>Sinh năm 1979 tại xã Văn Giang, tỉnh Hưng Yên. Thạc sĩ Hành chính công.</p><p>Nguyên "
        "Trưởng phòng Xây dựng chính quyền và Công tác thanh niên; Phó Giám đốc Sở từ năm "
        "{start}.</p>",
        "<p>Born in 1979 in Văn Giang, Hưng Yên Province. Master of Public Administration.</p>"
        "<p>Former Head of the Division of Local Government and Youth Affairs; Deputy Director "
        "since {start}.</p>",
    ),
    "Phạm Quang Huy": (
        "<p>Sinh năm 1974 tại xã Khoái Châu, tỉnh Hưng Yên. Cử nhân Lưu trữ học; Thạc sĩ Quản lý "
        "công.</p><p>Nguyên Chi cục trưởng Chi cục Văn thư – Lưu trữ; Phó Giám đốc Sở từ năm "
        "{start}.</p>",
        "<p>Born in 1974 in Khoái Châu, Hưng Yên Province. Bachelor of Archival Science; Master of "
        "Public Management.</p><p>Former Head of the Sub-Department of Records and Archives; "
        "Deputy Director since {start}.</p>",
    ),
}

# Former leaders: name, position, years before today it started, years before today it ended.
FORMER_LEADERS = [
    ("Đỗ Văn Khải", "Giám đốc", 11, 5),
    ("Hoàng Thị Minh Nguyệt", "Phó Giám đốc", 13, 4),
]

# An earlier post of a current leader: shows in history, never as current.
EARLIER_POSTS = [("Lê Minh Tuấn", "phong-xay-dung-chinh-quyen", "Trưởng phòng", 9, 3)]

# Leadership schedule: (weekday 0=Monday, start, end, content, leader keys, participants,
# location, preparing unit slug, notes). Leader keys: GD, PGD1, PGD2, PGD3.
WEEK_ENTRIES = [
    (
        0,
        "08:00",
        "09:30",
        "Giao ban Lãnh đạo Sở đầu tuần",
        ["GD", "PGD1", "PGD2", "PGD3"],
        "Chánh Văn phòng, Chánh Thanh tra, trưởng các phòng, ban, chi cục",
        "Phòng họp tầng 3, trụ sở Sở Nội vụ",
        "van-phong",
        "",
    ),
    (
        0,
        "14:00",
        "16:30",
        "Làm việc với Ủy ban nhân dân xã Nghĩa Trụ về kiện toàn tổ chức bộ máy",
        ["PGD1"],
        "Lãnh đạo Phòng Tổ chức – Biên chế",
        "Ủy ban nhân dân xã Nghĩa Trụ",
        "phong-to-chuc-bien-che",
        "",
    ),
    (
        1,
        "08:00",
        "11:30",
        "Dự họp Ủy ban nhân dân tỉnh thường kỳ tháng",
        ["GD"],
        "",
        "Phòng họp số 1, Ủy ban nhân dân tỉnh",
        "van-phong",
        "Văn phòng chuẩn bị báo cáo số liệu",
    ),
    (
        1,
        "14:00",
        "17:00",
        "Kiểm tra công tác văn thư, lưu trữ tại Sở Xây dựng",
        ["PGD3"],
        "Chi cục Văn thư – Lưu trữ",
        "Sở Xây dựng tỉnh Hưng Yên",
        "chi-cuc-van-thu-luu-tru",
        "",
    ),
    (
        2,
        "08:30",
        "11:00",
        "Hội nghị tập huấn nghiệp vụ thi đua, khen thưởng năm 2026",
        ["PGD2"],
        "Ban Thi đua – Khen thưởng; cán bộ làm công tác thi đua các sở, ngành",
        "Hội trường Sở Nội vụ",
        "ban-thi-dua-khen-thuong",
        "",
    ),
    (
        2,
        "14:00",
        None,
        "Tiếp công dân định kỳ",
        ["GD"],
        "Chánh Thanh tra Sở",
        "Trụ sở Tiếp công dân tỉnh",
        "thanh-tra",
        "",
    ),
    (
        3,
        "08:00",
        "11:30",
        "Họp Hội đồng thi tuyển công chức tỉnh",
        ["PGD1"],
        "Phòng Công chức – Viên chức",
        "Phòng họp tầng 2, trụ sở Sở Nội vụ",
        "phong-cong-chuc-vien-chuc",
        "",
    ),
    (
        3,
        "14:00",
        "16:00",
        "Làm việc với Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh",
        ["PGD3"],
        "Lãnh đạo Ban Tôn giáo",
        "Chùa Chuông, phường Phố Hiến",
        "ban-ton-giao",
        "",
    ),
    (
        4,
        "08:00",
        "10:00",
        "Họp Ban Biên tập Trang thông tin điện tử Sở",
        ["PGD3"],
        "Thành viên Ban Biên tập",
        "Phòng họp tầng 3, trụ sở Sở Nội vụ",
        "van-phong",
        "",
    ),
    (
        4,
        "14:00",
        "16:30",
        "Làm việc với Tỉnh đoàn về chương trình công tác thanh niên",
        ["PGD2"],
        "Phòng Xây dựng chính quyền và Công tác thanh niên",
        "Tỉnh đoàn Hưng Yên",
        "phong-xay-dung-chinh-quyen",
        "",
    ),
]

# Changes during each week: index into WEEK_ENTRIES → (state, change note, new start, new location).
WEEK_CHANGES = {
    1: ("changed", "Chuyển sang 15:00 theo đề nghị của xã", "15:00", None),
    5: ("postponed", "Hoãn do Giám đốc dự họp đột xuất tại Ủy ban nhân dân tỉnh", None, None),
    7: ("changed", "Đổi địa điểm sang Hội trường Sở Nội vụ", None, "Hội trường Sở Nội vụ"),
}

ADDED_ENTRIES = [
    (
        4,
        "16:30",
        "17:30",
        "Họp rà soát hồ sơ đề nghị khen thưởng dịp tổng kết năm",
        ["GD", "PGD2"],
        "Ban Thi đua – Khen thưởng",
        "Phòng họp tầng 3, trụ sở Sở Nội vụ",
        "ban-thi-dua-khen-thuong",
        "",
    ),
]

DRAFT_ENTRIES = [
    (
        5,
        "08:00",
        "11:00",
        "Kiểm tra công tác chuẩn bị kỳ thi nâng ngạch công chức (dự kiến)",
        ["PGD1"],
        "Phòng Công chức – Viên chức",
        "Trường Chính trị tỉnh",
        "phong-cong-chuc-vien-chuc",
        "Chờ Giám đốc duyệt",
    ),
    (
        1,
        "16:00",
        "17:00",
        "Làm việc với đoàn kiểm tra của Bộ Nội vụ (dự kiến)",
        ["GD"],
        "Văn phòng Sở",
        "Phòng họp tầng 3, trụ sở Sở Nội vụ",
        "van-phong",
        "Chưa chốt thời gian",
    ),
]
