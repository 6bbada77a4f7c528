"""The demo articles of the news section: the department's real kinds of work, in Vietnamese.

Each entry is keyed by a fixed slug (load_demo finds existing articles by it). ``days`` is how many
days before today the article is dated, so the archive always covers the last 18 months.
"""

CATEGORIES = [
    # slug, name, description, shows speaker, responsible unit
    (
        "tin-hoat-dong",
        "Tin hoạt động",
        "Hoạt động nổi bật của Sở Nội vụ và các đơn vị trực thuộc.",
        False,
        "van-phong",
    ),
    (
        "hoi-nghi-hoi-thao-tap-huan",
        "Hội nghị – Hội thảo – Tập huấn",
        "Hội nghị, hội thảo, lớp tập huấn, bồi dưỡng của ngành nội vụ.",
        False,
        "van-phong",
    ),
    (
        "hoat-dong-dang-cong-doan-doan-thanh-nien",
        "Hoạt động Đảng, Công đoàn, Đoàn thanh niên",
        "Hoạt động của Chi bộ, Công đoàn cơ sở và Chi đoàn thanh niên Sở Nội vụ.",
        False,
        "van-phong",
    ),
    (
        "thong-cao-bao-chi-phat-ngon",
        "Thông cáo báo chí – Phát ngôn",
        "Thông cáo báo chí, trả lời phỏng vấn và phát ngôn chính thức của Lãnh đạo Sở.",
        True,
        "ban-giam-doc",
    ),
    (
        "cai-cach-hanh-chinh",
        "Cải cách hành chính",
        "Cải cách thể chế, thủ tục hành chính, tổ chức bộ máy, công vụ và chỉ số cải cách hành chính.",
        False,
        "phong-xay-dung-chinh-quyen",
    ),
    (
        "chuyen-doi-so",
        "Chuyển đổi số",
        "Chuyển đổi số trong ngành nội vụ: dịch vụ công trực tuyến, cơ sở dữ liệu, lưu trữ số.",
        False,
        "chi-cuc-van-thu-luu-tru",
    ),
    (
        "thi-dua-khen-thuong",
        "Thi đua – Khen thưởng",
        "Phong trào thi đua, gương điển hình tiên tiến và công tác khen thưởng.",
        False,
        "ban-thi-dua-khen-thuong",
    ),
]

SOURCES = {
    "bhy": ("Báo Hưng Yên", "https://baohungyen.vn"),
    "bnv": ("Cổng thông tin điện tử Bộ Nội vụ", "https://moha.gov.vn"),
    "cp": ("Báo Điện tử Chính phủ", "https://baochinhphu.vn"),
    "tinh": ("Cổng thông tin điện tử tỉnh Hưng Yên", "https://hungyen.gov.vn"),
}

SPOKESPERSON = ("Trần Thị Thu Hà", "Phó Giám đốc Sở Nội vụ, Người phát ngôn của Sở")


def A(slug, days, categories, tags, unit, title, lead, paragraphs, **extra):
    return {
        "slug": slug,
        "days": days,
        "categories": categories.split(),
        "tags": [tag.strip() for tag in tags.split(";") if tag.strip()],
        "unit": unit,
        "title": title,
        "lead": lead,
        "paragraphs": paragraphs,
        **extra,
    }


ARTICLES = [
    A(
        "hoi-nghi-trien-khai-nhiem-vu-cong-tac-noi-vu",
        2,
        "hoi-nghi-hoi-thao-tap-huan tin-hoat-dong",
        "công tác nội vụ; hội nghị; kế hoạch năm",
        "van-phong",
        "Hội nghị triển khai nhiệm vụ công tác nội vụ những tháng cuối năm",
        "Sở Nội vụ tổ chức hội nghị đánh giá kết quả công tác nội vụ mười tháng và triển khai các "
        "nhiệm vụ trọng tâm đến hết năm, tập trung hoàn thiện tổ chức bộ máy và nâng cao chất lượng "
        "đội ngũ cán bộ, công chức, viên chức.",
        [
            "Dự hội nghị có lãnh đạo Sở, trưởng các phòng, ban, chi cục thuộc Sở và đại diện Phòng "
            "Nội vụ các xã, phường trên địa bàn tỉnh. Báo cáo tại hội nghị nêu rõ, mười tháng qua "
            "ngành nội vụ đã tham mưu Ủy ban nhân dân tỉnh ban hành nhiều văn bản quan trọng về vị "
            "trí việc làm, biên chế và cơ cấu ngạch công chức sau sắp xếp.",
            "Phát biểu chỉ đạo, Giám đốc Sở đề nghị các đơn vị rà soát tiến độ từng nhiệm vụ, không "
            "để tồn đọng hồ sơ thủ tục hành chính, đồng thời chuẩn bị tốt nội dung tổng kết năm và "
            "xây dựng kế hoạch công tác năm tới.",
            "Hội nghị cũng dành thời gian trao đổi về những khó khăn trong quản lý đội ngũ công chức "
            "cấp xã sau khi thực hiện mô hình chính quyền địa phương hai cấp.",
        ],
        featured=True,
        author="Phòng Văn phòng Sở",
        quote=(
            "Mỗi phòng, ban phải coi tiến độ giải quyết hồ sơ của người dân là thước đo hiệu quả công "
            "việc của mình.",
            "Giám đốc Sở Nội vụ",
        ),
    ),
    A(
        "thong-cao-bao-chi-ket-qua-tuyen-dung-cong-chuc",
        5,
        "thong-cao-bao-chi-phat-ngon",
        "tuyển dụng công chức; thông cáo báo chí",
        "phong-cong-chuc-vien-chuc",
        "Thông cáo báo chí về kết quả kỳ tuyển dụng công chức tỉnh Hưng Yên",
        "Sở Nội vụ thông báo kết quả kỳ thi tuyển công chức vào làm việc tại các cơ quan hành chính "
        "cấp tỉnh và cấp xã; danh sách người trúng tuyển được niêm yết công khai tại trụ sở Sở và "
        "trên Trang thông tin điện tử.",
        [
            "Kỳ thi được tổ chức theo hình thức thi trên máy vi tính ở vòng 1 và phỏng vấn ở vòng 2, "
            "bảo đảm công khai, minh bạch, cạnh tranh và đúng quy định. Hội đồng tuyển dụng đã "
            "phúc khảo theo đề nghị của thí sinh và công bố kết quả sau phúc khảo.",
            "Người trúng tuyển hoàn thiện hồ sơ trong thời hạn 30 ngày kể từ ngày nhận thông báo. "
            "Mọi thắc mắc về kết quả xin liên hệ Phòng Công chức – Viên chức, Sở Nội vụ.",
        ],
        speaker=SPOKESPERSON,
        table=[
            ["Nội dung", "Số lượng"],
            ["Chỉ tiêu tuyển dụng", "186"],
            ["Thí sinh dự thi vòng 1", "1.042"],
            ["Thí sinh trúng tuyển", "179"],
        ],
    ),
    A(
        "ra-mat-co-so-du-lieu-can-bo-cong-chuc",
        8,
        "chuyen-doi-so tin-hoat-dong",
        "chuyển đổi số; cơ sở dữ liệu; công chức",
        "phong-cong-chuc-vien-chuc",
        "Đưa vào vận hành cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh",
        "Cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh chính thức vận hành, kết nối với Cơ sở "
        "dữ liệu quốc gia về cán bộ, công chức, viên chức trong các cơ quan nhà nước.",
        [
            "Hệ thống cho phép các cơ quan, đơn vị cập nhật hồ sơ điện tử của cán bộ, công chức, "
            "viên chức; thống kê biên chế, cơ cấu ngạch, trình độ đào tạo theo thời gian thực, phục "
            "vụ công tác quy hoạch, bổ nhiệm và báo cáo.",
            "Sở Nội vụ đề nghị các đơn vị hoàn thành việc chuẩn hóa dữ liệu trước thời hạn và chỉ "
            "định đầu mối chịu trách nhiệm cập nhật thường xuyên.",
        ],
        featured=True,
        author="Minh Châu",
    ),
    A(
        "tap-huan-nghiep-vu-van-thu-luu-tru-cap-xa",
        12,
        "hoi-nghi-hoi-thao-tap-huan",
        "văn thư lưu trữ; tập huấn; cấp xã",
        "chi-cuc-van-thu-luu-tru",
        "Tập huấn nghiệp vụ văn thư, lưu trữ cho công chức cấp xã",
        "Chi cục Văn thư – Lưu trữ tổ chức lớp tập huấn cho gần 300 công chức làm công tác văn thư, "
        "lưu trữ tại các xã, phường về quản lý văn bản điện tử và lập hồ sơ điện tử.",
        [
            "Các học viên được hướng dẫn thể thức và kỹ thuật trình bày văn bản hành chính, quy trình "
            "ký số, phát hành văn bản điện tử và lập hồ sơ công việc trên hệ thống quản lý văn bản.",
            "Lớp tập huấn cũng giới thiệu các yêu cầu về nộp lưu hồ sơ điện tử vào Lưu trữ lịch sử "
            "tỉnh và bảo quản tài liệu giấy tại kho lưu trữ cơ quan.",
        ],
        document=(
            "Tài liệu tập huấn nghiệp vụ văn thư lưu trữ cấp xã",
            "Tài liệu tập huấn nghiệp vụ văn thư, lưu trữ cho công chức cấp xã.\n"
            "1. Thể thức và kỹ thuật trình bày văn bản hành chính.\n"
            "2. Quản lý văn bản điện tử, ký số.\n3. Lập hồ sơ điện tử và nộp lưu.",
        ),
        gallery=True,
    ),
    A(
        "chi-bo-so-noi-vu-sinh-hoat-chuyen-de",
        16,
        "hoat-dong-dang-cong-doan-doan-thanh-nien",
        "Chi bộ; sinh hoạt chuyên đề; học tập và làm theo tư tưởng Hồ Chí Minh",
        "van-phong",
        "Chi bộ Sở Nội vụ sinh hoạt chuyên đề về trách nhiệm nêu gương",
        "Chi bộ Sở Nội vụ tổ chức sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong "
        "cách Hồ Chí Minh với chủ đề nâng cao trách nhiệm nêu gương của cán bộ, đảng viên.",
        [
            "Tại buổi sinh hoạt, các đảng viên thảo luận về việc giữ gìn kỷ luật, kỷ cương hành chính, "
            "tinh thần phục vụ nhân dân và những việc làm cụ thể trong giải quyết công việc hằng ngày.",
            "Đồng chí Bí thư Chi bộ đề nghị mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để thực "
            "hiện trong quý và báo cáo kết quả tại kỳ sinh hoạt tiếp theo.",
        ],
        author="Chi bộ Sở Nội vụ",
    ),
    A(
        "cong-bo-chi-so-cai-cach-hanh-chinh",
        21,
        "cai-cach-hanh-chinh",
        "cải cách hành chính; chỉ số PAR INDEX",
        "phong-xay-dung-chinh-quyen",
        "Công bố Chỉ số cải cách hành chính của các sở, ngành và xã, phường",
        "Ủy ban nhân dân tỉnh công bố kết quả xác định Chỉ số cải cách hành chính của các sở, ban, "
        "ngành và Ủy ban nhân dân các xã, phường; Sở Nội vụ là cơ quan thường trực thẩm định.",
        [
            "Bộ chỉ số gồm các lĩnh vực: công tác chỉ đạo, điều hành; cải cách thể chế; cải cách thủ "
            "tục hành chính; cải cách tổ chức bộ máy; cải cách chế độ công vụ; cải cách tài chính "
            "công; xây dựng chính quyền điện tử, chính quyền số.",
            "Các đơn vị có kết quả thấp được yêu cầu phân tích nguyên nhân, xây dựng kế hoạch khắc "
            "phục và báo cáo Ủy ban nhân dân tỉnh qua Sở Nội vụ.",
        ],
        featured=True,
        source=("tinh", "Ban Biên tập Cổng thông tin tỉnh"),
    ),
    A(
        "doan-thanh-nien-so-ra-quan-tinh-nguyen",
        25,
        "hoat-dong-dang-cong-doan-doan-thanh-nien",
        "Đoàn thanh niên; tình nguyện; công tác thanh niên",
        "phong-xay-dung-chinh-quyen",
        "Chi đoàn Sở Nội vụ ra quân hỗ trợ người dân dịch vụ công trực tuyến",
        "Đoàn viên Chi đoàn Sở Nội vụ hỗ trợ người dân tại Trung tâm Phục vụ hành chính công các "
        "phường nộp hồ sơ trực tuyến, cài đặt và sử dụng tài khoản định danh điện tử.",
        [
            "Trong hai ngày cuối tuần, các đoàn viên thanh niên đã hướng dẫn hàng trăm lượt người dân "
            "tra cứu thủ tục, chụp và tải giấy tờ, thanh toán lệ phí trực tuyến.",
            "Hoạt động nằm trong chương trình thanh niên tham gia chuyển đổi số, góp phần lan tỏa "
            "tinh thần xung kích, tình nguyện của tuổi trẻ ngành nội vụ.",
        ],
        author="Chi đoàn Sở Nội vụ",
    ),
    A(
        "huong-dan-xet-tang-danh-hieu-thi-dua",
        30,
        "thi-dua-khen-thuong",
        "thi đua khen thưởng; hướng dẫn",
        "ban-thi-dua-khen-thuong",
        "Hướng dẫn bình xét danh hiệu thi đua và hình thức khen thưởng cuối năm",
        "Ban Thi đua – Khen thưởng hướng dẫn các cơ quan, đơn vị, địa phương tổ chức bình xét, đề nghị "
        "danh hiệu thi đua và hình thức khen thưởng tổng kết năm theo Luật Thi đua, khen thưởng.",
        [
            "Việc bình xét phải bảo đảm chính xác, công khai, dân chủ, chú trọng khen thưởng người "
            "trực tiếp lao động, sản xuất, công tác và cán bộ cơ sở.",
            "Hồ sơ đề nghị khen thưởng được tiếp nhận qua hệ thống dịch vụ công trực tuyến; thời hạn "
            "gửi hồ sơ được nêu cụ thể trong văn bản hướng dẫn.",
        ],
    ),
    A(
        "ban-ton-giao-gap-mat-chuc-sac-dip-giang-sinh",
        34,
        "tin-hoat-dong",
        "tôn giáo; tín ngưỡng; đoàn kết",
        "ban-ton-giao",
        "Ban Tôn giáo làm việc với các tổ chức tôn giáo về hoạt động cuối năm",
        "Ban Tôn giáo, Sở Nội vụ làm việc với đại diện các tổ chức tôn giáo trên địa bàn tỉnh về "
        "việc tổ chức các lễ hội, sinh hoạt tôn giáo cuối năm bảo đảm an toàn, đúng pháp luật.",
        [
            "Đại diện các tổ chức tôn giáo thông tin về kế hoạch tổ chức lễ, các công trình tôn giáo "
            "đang sửa chữa, xây dựng và đề nghị cơ quan chức năng hướng dẫn thủ tục theo quy định.",
            "Lãnh đạo Ban Tôn giáo ghi nhận những đóng góp của chức sắc, chức việc và tín đồ trong "
            "các phong trào thi đua yêu nước, an sinh xã hội ở địa phương.",
        ],
    ),
    A(
        "phong-van-giam-doc-so-ve-sap-xep-don-vi-su-nghiep",
        40,
        "thong-cao-bao-chi-phat-ngon tin-hoat-dong",
        "tổ chức bộ máy; đơn vị sự nghiệp; trả lời phỏng vấn",
        "ban-giam-doc",
        "Trả lời phỏng vấn: sắp xếp đơn vị sự nghiệp công lập phải gắn với chất lượng dịch vụ",
        "Trả lời phỏng vấn Báo Hưng Yên, lãnh đạo Sở Nội vụ cho biết việc sắp xếp các đơn vị sự "
        "nghiệp công lập được thực hiện theo lộ trình, không làm gián đoạn dịch vụ cho người dân.",
        [
            "Theo lãnh đạo Sở, phương án sắp xếp được xây dựng trên cơ sở rà soát chức năng, nhiệm vụ, "
            "quy mô phục vụ và khả năng tự chủ tài chính của từng đơn vị.",
            "Các đơn vị sau sắp xếp phải hoàn thiện đề án vị trí việc làm, xác định số lượng người "
            "làm việc hợp lý, bảo đảm quyền lợi của viên chức và người lao động.",
        ],
        speaker=SPOKESPERSON,
        source=("bhy", "Hoàng Lan"),
    ),
    A(
        "kiem-tra-cong-tac-noi-vu-tai-cac-xa",
        46,
        "tin-hoat-dong cai-cach-hanh-chinh",
        "kiểm tra; chính quyền hai cấp; cấp xã",
        "thanh-tra",
        "Kiểm tra công tác nội vụ và cải cách hành chính tại các xã, phường",
        "Đoàn kiểm tra của Sở Nội vụ làm việc tại một số xã, phường về thực hiện quy định tuyển "
        "dụng, sử dụng công chức, công tác văn thư, lưu trữ và giải quyết thủ tục hành chính.",
        [
            "Qua kiểm tra, đoàn ghi nhận các địa phương đã cơ bản ổn định tổ chức bộ máy, bố trí công "
            "chức theo vị trí việc làm; việc tiếp nhận, trả kết quả hồ sơ đúng hạn đạt tỷ lệ cao.",
            "Đoàn cũng chỉ ra một số tồn tại về lập hồ sơ công việc, cập nhật dữ liệu công chức và đề "
            "nghị khắc phục trong tháng.",
        ],
    ),
    A(
        "boi-duong-ky-nang-lanh-dao-cap-phong",
        52,
        "hoi-nghi-hoi-thao-tap-huan",
        "bồi dưỡng; lãnh đạo cấp phòng; công chức",
        "phong-cong-chuc-vien-chuc",
        "Khai giảng lớp bồi dưỡng kỹ năng lãnh đạo, quản lý cấp phòng",
        "Sở Nội vụ phối hợp Trường Chính trị tỉnh khai giảng lớp bồi dưỡng kiến thức, kỹ năng lãnh "
        "đạo, quản lý cho trưởng, phó phòng và tương đương của các sở, ngành, địa phương.",
        [
            "Chương trình gồm các chuyên đề về quản lý nhà nước, kỹ năng ra quyết định, quản lý sự "
            "thay đổi, đánh giá công chức theo kết quả công việc và xây dựng văn hóa công vụ.",
            "Học viên hoàn thành chương trình được cấp chứng chỉ theo quy định, làm căn cứ cho việc bổ "
            "nhiệm và bổ nhiệm lại.",
        ],
    ),
    A(
        "cong-doan-so-to-chuc-hoi-thao-the-thao",
        58,
        "hoat-dong-dang-cong-doan-doan-thanh-nien",
        "Công đoàn; văn hóa thể thao",
        "van-phong",
        "Công đoàn Sở Nội vụ tổ chức hội thao chào mừng ngày thành lập ngành",
        "Hơn 120 đoàn viên công đoàn tham gia các môn bóng bàn, cầu lông, kéo co và cờ tướng trong "
        "hội thao chào mừng ngày truyền thống ngành Tổ chức nhà nước.",
        [
            "Hội thao là dịp để cán bộ, công chức, viên chức và người lao động giao lưu, rèn luyện sức "
            "khỏe, tăng cường đoàn kết giữa các phòng, ban, chi cục.",
            "Ban Tổ chức đã trao giải cho các tập thể và cá nhân có thành tích cao ở từng nội dung.",
        ],
        gallery=True,
        author="Công đoàn cơ sở Sở Nội vụ",
    ),
    A(
        "ky-niem-ngay-truyen-thong-nganh-to-chuc-nha-nuoc",
        62,
        "tin-hoat-dong",
        "ngày truyền thống; ngành nội vụ",
        "van-phong",
        "Gặp mặt kỷ niệm ngày truyền thống ngành Tổ chức nhà nước",
        "Sở Nội vụ tổ chức gặp mặt các thế hệ cán bộ, công chức ngành nội vụ tỉnh nhân kỷ niệm ngày "
        "truyền thống ngành Tổ chức nhà nước (28/8).",
        [
            "Tại buổi gặp mặt, các đại biểu ôn lại truyền thống vẻ vang của ngành, ghi nhận những đóng "
            "góp của các thế hệ cán bộ trong xây dựng chính quyền các cấp của tỉnh.",
            "Lãnh đạo Sở mong muốn đội ngũ công chức trẻ tiếp tục phát huy truyền thống, tận tụy, "
            "chuyên nghiệp, đổi mới sáng tạo trong thực thi công vụ.",
        ],
        featured=True,
    ),
    A(
        "dich-vu-cong-truc-tuyen-toan-trinh-linh-vuc-noi-vu",
        68,
        "chuyen-doi-so cai-cach-hanh-chinh",
        "dịch vụ công trực tuyến; thủ tục hành chính; chuyển đổi số",
        "van-phong",
        "Toàn bộ thủ tục hành chính lĩnh vực nội vụ đủ điều kiện được cung cấp trực tuyến toàn trình",
        "Các thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Nội vụ đủ điều kiện đã được cung "
        "cấp dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.",
        [
            "Người dân, tổ chức có thể nộp hồ sơ, theo dõi tiến độ, thanh toán phí, lệ phí và nhận kết "
            "quả điện tử mà không phải đến trụ sở cơ quan.",
            "Sở Nội vụ khuyến khích người dân sử dụng tài khoản định danh điện tử mức độ 2 để đăng "
            "nhập, hạn chế kê khai lại các thông tin đã có trong cơ sở dữ liệu.",
        ],
        source=("cp", "Thanh Thủy"),
    ),
    A(
        "hoi-nghi-so-ket-cong-tac-thanh-nien",
        74,
        "hoi-nghi-hoi-thao-tap-huan",
        "công tác thanh niên; sơ kết; Luật Thanh niên",
        "phong-xay-dung-chinh-quyen",
        "Sơ kết thực hiện Chiến lược phát triển thanh niên của tỉnh",
        "Hội nghị đánh giá kết quả thực hiện Chiến lược phát triển thanh niên và các chính sách đối "
        "với thanh niên trên địa bàn tỉnh, đề ra nhiệm vụ cho giai đoạn tiếp theo.",
        [
            "Báo cáo cho thấy nhiều chỉ tiêu về giáo dục nghề nghiệp, việc làm, khởi nghiệp của thanh "
            "niên đạt và vượt kế hoạch; công tác đối thoại với thanh niên được duy trì thường xuyên.",
            "Hội nghị thống nhất tập trung hỗ trợ thanh niên tham gia chuyển đổi số và nâng cao kỹ "
            "năng số trong thời gian tới.",
        ],
    ),
    A(
        "trao-tang-huan-chuong-lao-dong",
        80,
        "thi-dua-khen-thuong",
        "khen thưởng; Huân chương Lao động",
        "ban-thi-dua-khen-thuong",
        "Trao tặng Huân chương Lao động cho các tập thể, cá nhân có thành tích xuất sắc",
        "Thừa ủy quyền của Chủ tịch nước, lãnh đạo tỉnh trao Huân chương Lao động cho các tập thể, "
        "cá nhân có thành tích xuất sắc trong công tác, góp phần vào sự nghiệp xây dựng và bảo vệ Tổ "
        "quốc.",
        [
            "Ban Thi đua – Khen thưởng, Sở Nội vụ là cơ quan thẩm định hồ sơ, trình cấp có thẩm quyền "
            "khen thưởng và tổ chức lễ trao tặng trang trọng, đúng nghi thức.",
            "Các tập thể, cá nhân được khen thưởng bày tỏ quyết tâm tiếp tục phấn đấu, giữ vững thành "
            "tích trong thời gian tới.",
        ],
        source=("bhy", "Quang Vinh"),
    ),
    A(
        "so-hoa-tai-lieu-luu-tru-lich-su",
        86,
        "chuyen-doi-so",
        "số hóa; lưu trữ lịch sử; văn thư lưu trữ",
        "chi-cuc-van-thu-luu-tru",
        "Số hóa hơn 200.000 trang tài liệu lưu trữ lịch sử của tỉnh",
        "Chi cục Văn thư – Lưu trữ hoàn thành số hóa hơn 200.000 trang tài liệu có giá trị bảo quản "
        "vĩnh viễn tại Lưu trữ lịch sử tỉnh, phục vụ tra cứu trực tuyến.",
        [
            "Tài liệu được số hóa gồm hồ sơ về địa giới hành chính, tổ chức bộ máy và các công trình "
            "trọng điểm của tỉnh qua các thời kỳ.",
            "Độc giả có thể đăng ký khai thác tài liệu trực tuyến; bản gốc tiếp tục được bảo quản theo "
            "tiêu chuẩn tại kho lưu trữ.",
        ],
        featured=True,
    ),
    A(
        "thong-cao-ve-phuong-an-sap-xep-to-chuc",
        92,
        "thong-cao-bao-chi-phat-ngon",
        "tổ chức bộ máy; thông cáo báo chí",
        "phong-to-chuc-bien-che",
        "Thông cáo báo chí về phương án sắp xếp tổ chức bên trong các cơ quan chuyên môn",
        "Sở Nội vụ thông tin về phương án sắp xếp, kiện toàn các phòng chuyên môn thuộc các sở, "
        "ngành theo hướng tinh gọn, hiệu lực, hiệu quả.",
        [
            "Phương án được xây dựng trên cơ sở các quy định của Chính phủ về tổ chức các cơ quan "
            "chuyên môn thuộc Ủy ban nhân dân cấp tỉnh và ý kiến của các cơ quan liên quan.",
            "Việc sắp xếp bảo đảm không làm gián đoạn công việc, giữ ổn định tâm lý và quyền lợi hợp "
            "pháp của cán bộ, công chức.",
        ],
        speaker=SPOKESPERSON,
    ),
    A(
        "hoi-thao-van-hoa-cong-vu",
        98,
        "hoi-nghi-hoi-thao-tap-huan cai-cach-hanh-chinh",
        "văn hóa công vụ; hội thảo; cải cách hành chính",
        "phong-cong-chuc-vien-chuc",
        "Hội thảo xây dựng văn hóa công vụ trong cơ quan hành chính nhà nước",
        "Hội thảo thu hút nhiều tham luận về chuẩn mực ứng xử, đạo đức công vụ và trách nhiệm của "
        "người đứng đầu trong xây dựng văn hóa công sở.",
        [
            "Các ý kiến tập trung vào việc gắn văn hóa công vụ với đánh giá, xếp loại công chức, "
            "khuyến khích đổi mới sáng tạo và bảo vệ người dám nghĩ, dám làm.",
            "Kết quả hội thảo là cơ sở để Sở Nội vụ tham mưu bộ quy tắc ứng xử mới của cán bộ, công "
            "chức, viên chức tỉnh.",
        ],
    ),
    A(
        "chi-doan-phat-dong-thang-thanh-nien",
        104,
        "hoat-dong-dang-cong-doan-doan-thanh-nien",
        "Đoàn thanh niên; Tháng Thanh niên",
        "van-phong",
        "Chi đoàn Sở Nội vụ hưởng ứng chương trình “Thanh niên với văn hóa công sở”",
        "Chi đoàn Sở Nội vụ phát động đoàn viên thực hiện nếp sống văn minh nơi công sở, tiết kiệm "
        "điện, nước và tham gia các hoạt động tình nguyện vì cộng đồng.",
        [
            "Các đoàn viên đã ký cam kết thực hiện quy tắc ứng xử, tham gia dọn vệ sinh khuôn viên cơ "
            "quan và trồng cây xanh.",
            "Chi đoàn cũng tổ chức diễn đàn để đoàn viên đề xuất sáng kiến cải tiến quy trình làm "
            "việc tại các phòng, ban.",
        ],
    ),
    A(
        "giao-ban-cong-tac-ton-giao",
        110,
        "hoi-nghi-hoi-thao-tap-huan",
        "tôn giáo; giao ban; tín ngưỡng",
        "ban-ton-giao",
        "Giao ban công tác quản lý nhà nước về tín ngưỡng, tôn giáo",
        "Ban Tôn giáo tổ chức giao ban với các xã, phường về tình hình tín ngưỡng, tôn giáo và giải "
        "quyết các kiến nghị liên quan đến đất đai, cơ sở thờ tự.",
        [
            "Tình hình hoạt động tín ngưỡng, tôn giáo trên địa bàn cơ bản ổn định; các tổ chức tôn "
            "giáo hoạt động theo hiến chương, điều lệ đã được công nhận.",
            "Các địa phương được đề nghị nắm chắc tình hình cơ sở, giải quyết kịp thời, đúng pháp "
            "luật các đề nghị của tổ chức, cá nhân tôn giáo.",
        ],
    ),
    A(
        "ky-thi-nang-ngach-cong-chuc",
        118,
        "tin-hoat-dong",
        "thi nâng ngạch; công chức",
        "phong-cong-chuc-vien-chuc",
        "Tổ chức kỳ thi nâng ngạch công chức từ chuyên viên lên chuyên viên chính",
        "Hội đồng thi nâng ngạch tổ chức kỳ thi cho các công chức đủ tiêu chuẩn, điều kiện của các "
        "cơ quan hành chính cấp tỉnh và cấp xã.",
        [
            "Kỳ thi gồm môn kiến thức chung và chuyên môn, nghiệp vụ, được tổ chức nghiêm túc, đúng "
            "quy chế; không có thí sinh vi phạm.",
            "Kết quả thi sẽ được công bố trên Trang thông tin điện tử của Sở Nội vụ.",
        ],
    ),
    A(
        "tap-huan-ung-dung-ky-so-cho-cong-chuc",
        126,
        "chuyen-doi-so hoi-nghi-hoi-thao-tap-huan",
        "chữ ký số; chuyển đổi số; tập huấn",
        "chi-cuc-van-thu-luu-tru",
        "Tập huấn sử dụng chữ ký số cá nhân trong xử lý văn bản",
        "Cán bộ, công chức các phòng, ban của Sở được hướng dẫn sử dụng chữ ký số cá nhân trên điện "
        "thoại di động để xử lý hồ sơ, văn bản mọi lúc, mọi nơi.",
        [
            "Việc sử dụng chữ ký số giúp rút ngắn thời gian xử lý văn bản, giảm in ấn và bảo đảm giá "
            "trị pháp lý của văn bản điện tử.",
            "Đến nay, phần lớn văn bản đi của Sở đã được ký số và phát hành hoàn toàn trên môi trường "
            "mạng.",
        ],
    ),
    A(
        "tong-ket-phong-trao-thi-dua-yeu-nuoc",
        134,
        "thi-dua-khen-thuong hoi-nghi-hoi-thao-tap-huan",
        "thi đua yêu nước; điển hình tiên tiến",
        "ban-thi-dua-khen-thuong",
        "Hội nghị biểu dương điển hình tiên tiến trong phong trào thi đua yêu nước",
        "Hội nghị tôn vinh các tập thể, cá nhân tiêu biểu trong phong trào thi đua yêu nước, lan tỏa "
        "những mô hình hay, cách làm hiệu quả trên các lĩnh vực.",
        [
            "Nhiều điển hình là công nhân, nông dân, giáo viên, thầy thuốc và cán bộ cơ sở có đóng góp "
            "thiết thực cho sự phát triển của địa phương.",
            "Ban Thi đua – Khen thưởng đề nghị các cấp tiếp tục phát hiện, bồi dưỡng và nhân rộng "
            "điển hình tiên tiến.",
        ],
        gallery=True,
    ),
    A(
        "bo-noi-vu-huong-dan-vi-tri-viec-lam",
        142,
        "cai-cach-hanh-chinh",
        "vị trí việc làm; biên chế; Bộ Nội vụ",
        "phong-to-chuc-bien-che",
        "Bộ Nội vụ hướng dẫn hoàn thiện đề án vị trí việc làm sau sắp xếp",
        "Bộ Nội vụ hướng dẫn các bộ, ngành, địa phương rà soát, hoàn thiện đề án vị trí việc làm "
        "trong cơ quan, tổ chức hành chính và đơn vị sự nghiệp công lập sau sắp xếp.",
        [
            "Theo hướng dẫn, vị trí việc làm phải gắn với chức năng, nhiệm vụ của cơ quan, tổ chức; "
            "biên chế được xác định trên cơ sở khối lượng công việc và mức độ hiện đại hóa.",
            "Sở Nội vụ tỉnh đã có văn bản đề nghị các cơ quan, đơn vị triển khai thực hiện và gửi hồ "
            "sơ thẩm định đúng thời hạn.",
        ],
        source=("bnv", "Phòng Truyền thông Bộ Nội vụ"),
    ),
    A(
        "hoi-nghi-cong-chuc-vien-chuc-so",
        150,
        "hoat-dong-dang-cong-doan-doan-thanh-nien hoi-nghi-hoi-thao-tap-huan",
        "Công đoàn; hội nghị cán bộ công chức; quy chế dân chủ",
        "van-phong",
        "Hội nghị cán bộ, công chức, viên chức Sở Nội vụ",
        "Hội nghị thảo luận báo cáo kết quả công tác, quy chế chi tiêu nội bộ và quy chế dân chủ ở cơ "
        "sở của Sở Nội vụ.",
        [
            "Các ý kiến tại hội nghị tập trung vào cải thiện điều kiện làm việc, ứng dụng công nghệ "
            "thông tin và bảo đảm chế độ, chính sách cho người lao động.",
            "Giám đốc Sở và Chủ tịch Công đoàn cơ sở đã ký giao ước thi đua năm.",
        ],
    ),
    A(
        "thong-cao-ket-qua-giai-quyet-thu-tuc-hanh-chinh",
        158,
        "thong-cao-bao-chi-phat-ngon cai-cach-hanh-chinh",
        "thủ tục hành chính; thông cáo báo chí",
        "van-phong",
        "Thông cáo báo chí về kết quả giải quyết thủ tục hành chính sáu tháng",
        "Trong sáu tháng, Sở Nội vụ tiếp nhận và giải quyết hàng nghìn hồ sơ thủ tục hành chính, tỷ "
        "lệ hồ sơ giải quyết đúng và trước hạn đạt trên 99%.",
        [
            "Số hồ sơ nộp trực tuyến chiếm tỷ lệ ngày càng cao, đặc biệt ở các lĩnh vực thi đua – khen "
            "thưởng, tôn giáo và lao động, việc làm.",
            "Sở Nội vụ xin lỗi người dân đối với các hồ sơ bị chậm và cam kết tiếp tục cải tiến quy "
            "trình.",
        ],
        speaker=SPOKESPERSON,
    ),
    A(
        "chi-cuc-van-thu-luu-tru-kiem-tra-kho-luu-tru",
        166,
        "tin-hoat-dong",
        "văn thư lưu trữ; kiểm tra",
        "chi-cuc-van-thu-luu-tru",
        "Kiểm tra công tác lưu trữ tại các cơ quan thuộc nguồn nộp lưu",
        "Chi cục Văn thư – Lưu trữ kiểm tra việc chỉnh lý, bảo quản tài liệu và nộp lưu hồ sơ vào "
        "Lưu trữ lịch sử của các cơ quan thuộc danh mục nguồn nộp lưu.",
        [
            "Nhiều cơ quan đã bố trí kho lưu trữ đạt yêu cầu, chỉnh lý xong tài liệu tồn đọng; một số "
            "nơi còn để tài liệu tích đống, chưa lập hồ sơ.",
            "Đoàn kiểm tra đề nghị các cơ quan xây dựng kế hoạch chỉnh lý và nộp lưu theo thời hạn quy "
            "định.",
        ],
    ),
    A(
        "tap-huan-phan-mem-quan-ly-thi-dua-khen-thuong",
        174,
        "chuyen-doi-so thi-dua-khen-thuong",
        "phần mềm thi đua khen thưởng; chuyển đổi số",
        "ban-thi-dua-khen-thuong",
        "Đưa phần mềm quản lý thi đua, khen thưởng vào sử dụng thống nhất",
        "Phần mềm quản lý thi đua, khen thưởng giúp các cơ quan, đơn vị lập và gửi hồ sơ đề nghị khen "
        "thưởng điện tử, tra cứu quá trình khen thưởng của tập thể, cá nhân.",
        [
            "Ban Thi đua – Khen thưởng đã tập huấn cho cán bộ làm công tác thi đua của các sở, ngành, "
            "xã, phường về cách khai báo và ký số hồ sơ.",
            "Từ quý tới, hồ sơ khen thưởng được tiếp nhận chủ yếu qua phần mềm.",
        ],
    ),
    A(
        "dai-hoi-chi-bo-nhiem-ky-moi",
        182,
        "hoat-dong-dang-cong-doan-doan-thanh-nien",
        "Chi bộ; đại hội; nhiệm kỳ",
        "van-phong",
        "Đại hội Chi bộ Sở Nội vụ nhiệm kỳ mới thành công tốt đẹp",
        "Đại hội đánh giá kết quả lãnh đạo thực hiện nhiệm vụ chính trị nhiệm kỳ qua, xác định mục "
        "tiêu, giải pháp cho nhiệm kỳ mới và bầu Ban Chi ủy.",
        [
            "Đại hội xác định khâu đột phá là xây dựng đội ngũ cán bộ, đảng viên chuyên nghiệp, thành "
            "thạo kỹ năng số và gương mẫu trong thực thi nhiệm vụ.",
            "Đại hội đã bầu Ban Chi ủy và đoàn đại biểu dự đại hội cấp trên.",
        ],
        featured=True,
    ),
    A(
        "chinh-quyen-dia-phuong-hai-cap-van-hanh",
        196,
        "tin-hoat-dong cai-cach-hanh-chinh",
        "chính quyền hai cấp; tổ chức bộ máy; sắp xếp đơn vị hành chính",
        "phong-xay-dung-chinh-quyen",
        "Chính quyền địa phương hai cấp vận hành ổn định sau sắp xếp",
        "Sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, các xã, phường "
        "đã ổn định tổ chức, bảo đảm phục vụ người dân không gián đoạn.",
        [
            "Sở Nội vụ thường xuyên theo dõi, hướng dẫn bố trí cán bộ, công chức cấp xã, giải quyết chế "
            "độ cho người thôi việc và điều động công chức có chuyên môn phù hợp về cơ sở.",
            "Một số vướng mắc về trụ sở, trang thiết bị và phân cấp thẩm quyền đã được tổng hợp, báo "
            "cáo Ủy ban nhân dân tỉnh.",
        ],
        source=("tinh", "Ngọc Mai"),
    ),
    A(
        "hoi-nghi-triet-khai-luat-to-chuc-chinh-quyen-dia-phuong",
        204,
        "hoi-nghi-hoi-thao-tap-huan",
        "Luật Tổ chức chính quyền địa phương; hội nghị",
        "phong-xay-dung-chinh-quyen",
        "Hội nghị quán triệt Luật Tổ chức chính quyền địa phương sửa đổi",
        "Các báo cáo viên giới thiệu những điểm mới của Luật Tổ chức chính quyền địa phương, trong đó "
        "có phân định thẩm quyền giữa chính quyền cấp tỉnh và cấp xã.",
        [
            "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới các xã, phường.",
            "Đại biểu đã trao đổi nhiều vấn đề thực tiễn về phân cấp, ủy quyền và trách nhiệm của "
            "người đứng đầu.",
        ],
    ),
    A(
        "thong-cao-ve-che-do-chinh-sach-khi-sap-xep",
        212,
        "thong-cao-bao-chi-phat-ngon",
        "chế độ chính sách; tinh giản biên chế; thông cáo báo chí",
        "phong-to-chuc-bien-che",
        "Phát ngôn về chế độ, chính sách đối với cán bộ, công chức khi sắp xếp tổ chức bộ máy",
        "Người phát ngôn của Sở Nội vụ thông tin về việc giải quyết chế độ, chính sách cho cán bộ, "
        "công chức, viên chức và người lao động chịu tác động của việc sắp xếp.",
        [
            "Hồ sơ được thẩm định công khai, đúng đối tượng; kinh phí được chi trả kịp thời theo quy "
            "định của Chính phủ.",
            "Mọi phản ánh về chế độ, chính sách xin gửi về Sở Nội vụ qua mục Hỏi đáp của Trang thông "
            "tin điện tử hoặc hòm thư công vụ.",
        ],
        speaker=SPOKESPERSON,
    ),
    A(
        "ung-dung-tro-ly-ao-cho-cong-chuc",
        226,
        "chuyen-doi-so",
        "trí tuệ nhân tạo; chuyển đổi số; trợ lý ảo",
        "van-phong",
        "Thử nghiệm trợ lý ảo hỗ trợ tra cứu văn bản trong ngành nội vụ",
        "Sở Nội vụ thử nghiệm công cụ trợ lý ảo giúp công chức tra cứu nhanh văn bản pháp luật, quy "
        "trình nghiệp vụ về công chức, tổ chức bộ máy.",
        [
            "Công cụ được huấn luyện trên kho văn bản đã công bố, không sử dụng dữ liệu cá nhân, và "
            "luôn dẫn nguồn văn bản để người dùng kiểm tra lại.",
            "Sau giai đoạn thử nghiệm, Sở sẽ đánh giá hiệu quả trước khi mở rộng.",
        ],
    ),
    A(
        "doan-thanh-nien-hien-mau-nhan-dao",
        240,
        "hoat-dong-dang-cong-doan-doan-thanh-nien",
        "Đoàn thanh niên; hiến máu nhân đạo",
        "van-phong",
        "Đoàn viên Sở Nội vụ tham gia ngày hội hiến máu tình nguyện",
        "Nhiều đoàn viên, công chức trẻ của Sở Nội vụ tham gia ngày hội hiến máu tình nguyện do Tỉnh "
        "đoàn phát động.",
        [
            "Những đơn vị máu quý giá góp phần bổ sung nguồn máu điều trị cho người bệnh tại các bệnh "
            "viện trong tỉnh.",
        ],
    ),
    A(
        "tuyen-duong-giao-vien-tieu-bieu",
        254,
        "thi-dua-khen-thuong",
        "khen thưởng; giáo dục",
        "ban-thi-dua-khen-thuong",
        "Khen thưởng giáo viên tiêu biểu nhân ngày Nhà giáo Việt Nam",
        "Ủy ban nhân dân tỉnh tặng Bằng khen cho các nhà giáo có thành tích xuất sắc trong sự nghiệp "
        "giáo dục và đào tạo.",
        [
            "Hồ sơ khen thưởng được Ban Thi đua – Khen thưởng thẩm định nhanh, bảo đảm trao tặng đúng "
            "dịp kỷ niệm.",
        ],
        source=("bhy", "Thu Trang"),
    ),
    A(
        "hoi-nghi-tong-ket-cong-tac-noi-vu-nam",
        320,
        "hoi-nghi-hoi-thao-tap-huan tin-hoat-dong",
        "tổng kết; công tác nội vụ; kế hoạch năm",
        "ban-giam-doc",
        "Hội nghị tổng kết công tác nội vụ năm và triển khai nhiệm vụ năm mới",
        "Ngành nội vụ tỉnh hoàn thành toàn diện các nhiệm vụ được giao, nổi bật là sắp xếp tổ chức bộ "
        "máy, nâng cao chất lượng đội ngũ và đẩy mạnh chuyển đổi số.",
        [
            "Hội nghị biểu dương các tập thể, cá nhân có thành tích xuất sắc và phát động phong trào thi "
            "đua năm mới của ngành.",
            "Năm tới, ngành tập trung hoàn thiện thể chế, kiện toàn đội ngũ công chức cấp xã và xây dựng "
            "cơ sở dữ liệu ngành nội vụ.",
        ],
        featured=True,
        gallery=True,
    ),
    A(
        "chuc-tet-chuc-sac-ton-giao",
        330,
        "tin-hoat-dong",
        "tôn giáo; đoàn kết",
        "ban-ton-giao",
        "Lãnh đạo Sở Nội vụ thăm, chúc Tết các cơ sở tôn giáo",
        "Nhân dịp Tết Nguyên đán, đoàn công tác của Sở Nội vụ đến thăm, chúc Tết chức sắc, chức việc "
        "và tín đồ các tôn giáo trên địa bàn tỉnh.",
        [
            "Lãnh đạo Sở ghi nhận đóng góp của đồng bào các tôn giáo vào khối đại đoàn kết toàn dân và "
            "các hoạt động từ thiện, nhân đạo.",
        ],
    ),
    A(
        "thanh-tra-cong-vu-dau-nam",
        350,
        "tin-hoat-dong",
        "thanh tra công vụ; kỷ luật kỷ cương",
        "thanh-tra",
        "Tăng cường thanh tra công vụ, siết chặt kỷ luật, kỷ cương hành chính",
        "Thanh tra Sở Nội vụ triển khai kế hoạch thanh tra, kiểm tra công vụ đột xuất tại một số cơ "
        "quan, đơn vị và Trung tâm Phục vụ hành chính công.",
        [
            "Nội dung thanh tra tập trung vào việc chấp hành thời giờ làm việc, thái độ phục vụ người "
            "dân và tiến độ giải quyết hồ sơ.",
        ],
    ),
    A(
        "bo-noi-vu-tong-ket-cong-tac-nam",
        360,
        "cai-cach-hanh-chinh",
        "Bộ Nội vụ; tổng kết; cải cách công vụ",
        "ban-giam-doc",
        "Bộ Nội vụ tổng kết công tác năm, đặt trọng tâm vào cải cách công vụ",
        "Tại hội nghị trực tuyến toàn quốc, Bộ Nội vụ đánh giá kết quả công tác năm và xác định cải "
        "cách chế độ công vụ là nhiệm vụ trọng tâm.",
        [
            "Điểm cầu tỉnh Hưng Yên có lãnh đạo Sở Nội vụ và các phòng chuyên môn tham dự.",
        ],
        source=("bnv", "Ban Biên tập Cổng thông tin Bộ Nội vụ"),
    ),
    A(
        "trien-khai-luu-tru-ho-so-dien-tu",
        390,
        "chuyen-doi-so",
        "lưu trữ điện tử; hồ sơ điện tử; văn thư lưu trữ",
        "chi-cuc-van-thu-luu-tru",
        "Triển khai Kho lưu trữ số của tỉnh",
        "Kho lưu trữ số cho phép tiếp nhận, bảo quản lâu dài hồ sơ, tài liệu điện tử của các cơ quan "
        "thuộc nguồn nộp lưu.",
        [
            "Hệ thống đáp ứng các yêu cầu kỹ thuật về định dạng, siêu dữ liệu và bảo mật theo quy định "
            "về lưu trữ tài liệu điện tử.",
        ],
    ),
    A(
        "tap-huan-cong-tac-thanh-nien-cap-xa",
        420,
        "hoi-nghi-hoi-thao-tap-huan",
        "công tác thanh niên; tập huấn; cấp xã",
        "phong-xay-dung-chinh-quyen",
        "Tập huấn quản lý nhà nước về công tác thanh niên cho cán bộ cấp xã",
        "Lớp tập huấn giúp cán bộ cấp xã nắm vững Luật Thanh niên, cách tổ chức đối thoại với thanh "
        "niên và thống kê, báo cáo về thanh niên.",
        [
            "Học viên được thực hành xây dựng kế hoạch đối thoại và tiếp nhận kiến nghị của thanh niên "
            "tại địa phương.",
        ],
    ),
    A(
        "cong-doan-tham-hoi-doan-vien-kho-khan",
        450,
        "hoat-dong-dang-cong-doan-doan-thanh-nien",
        "Công đoàn; an sinh",
        "van-phong",
        "Công đoàn Sở Nội vụ thăm hỏi, hỗ trợ đoàn viên có hoàn cảnh khó khăn",
        "Công đoàn cơ sở Sở Nội vụ trao quà hỗ trợ đoàn viên ốm đau, có hoàn cảnh khó khăn nhân dịp "
        "Tháng Công nhân.",
        [
            "Kinh phí hỗ trợ được trích từ quỹ xã hội của Công đoàn và sự đóng góp tự nguyện của đoàn "
            "viên.",
        ],
    ),
    A(
        "hoi-thi-van-thu-gioi",
        480,
        "hoi-nghi-hoi-thao-tap-huan thi-dua-khen-thuong",
        "văn thư lưu trữ; hội thi",
        "chi-cuc-van-thu-luu-tru",
        "Hội thi nghiệp vụ văn thư, lưu trữ giỏi",
        "Hội thi là dịp để người làm văn thư, lưu trữ thể hiện kiến thức, kỹ năng và trao đổi kinh "
        "nghiệm quản lý tài liệu.",
        [
            "Các đội thi trải qua phần thi lý thuyết, thực hành lập hồ sơ và xử lý tình huống.",
        ],
    ),
    A(
        "so-ket-dich-vu-cong-quy",
        510,
        "cai-cach-hanh-chinh chuyen-doi-so",
        "dịch vụ công trực tuyến; sơ kết",
        "van-phong",
        "Tỷ lệ hồ sơ trực tuyến lĩnh vực nội vụ tăng mạnh",
        "Tỷ lệ hồ sơ thủ tục hành chính lĩnh vực nội vụ được nộp trực tuyến tăng mạnh so với cùng kỳ.",
        [
            "Sở Nội vụ tiếp tục rà soát, đơn giản hóa thành phần hồ sơ và cắt giảm thời gian giải quyết.",
        ],
    ),
    A(
        "le-ky-niem-thanh-lap-doan",
        535,
        "hoat-dong-dang-cong-doan-doan-thanh-nien",
        "Đoàn thanh niên; kỷ niệm",
        "van-phong",
        "Chi đoàn Sở Nội vụ kỷ niệm ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "Chi đoàn tổ chức ôn lại truyền thống, kết nạp đoàn viên mới và tuyên dương đoàn viên xuất "
        "sắc.",
        [
            "Đoàn viên trẻ được giao nhiệm vụ hỗ trợ các phòng chuyên môn trong chuyển đổi số.",
        ],
    ),
]
