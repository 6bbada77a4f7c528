"""Interface words of the directory and the leaders' block in Vietnamese and English.

The public site is Vietnamese; Decree 42/2022/NĐ-CP asks for an English version of the organisation
structure and contacts. Templates get ``labels`` (one of the dicts below) from ``labels_for(lang)``
and pick the English unit and position names through ``contacts.directory.localized``.
"""

VI = {
    "lang": "vi",
    "directory": "Danh bạ",
    "search_label": "Tìm theo họ tên, đơn vị hoặc chức vụ",
    "search_button": "Tìm",
    "search_help": "Có thể gõ không dấu, ví dụ: nguyen van, to chuc, pho giam doc.",
    "results_for": "Kết quả tìm kiếm cho",
    "no_results": "Không tìm thấy cán bộ nào phù hợp.",
    "results_count": "người",
    "clear_search": "Xem toàn bộ danh bạ",
    "units_tree": "Cơ cấu tổ chức và cán bộ",
    "unit": "Đơn vị",
    "units": "Đơn vị trực thuộc",
    "name": "Họ và tên",
    "position": "Chức vụ",
    "phone": "Điện thoại",
    "office_phone": "Điện thoại cơ quan",
    "mobile": "Di động",
    "fax": "Fax",
    "email": "Hòm thư công vụ",
    "address": "Địa chỉ",
    "functions": "Chức năng, nhiệm vụ",
    "staff": "Cán bộ, công chức",
    "no_staff": "Chưa có thông tin cán bộ.",
    "vcard": "Tải danh thiếp (vCard)",
    "vcard_short": "vCard",
    "print": "Bản in danh bạ",
    "print_title": "Danh bạ điện thoại, hòm thư công vụ",
    "print_date": "Cập nhật ngày",
    "unit_page": "Trang đơn vị",
    "back": "Về danh bạ",
    "responsibilities": "Lĩnh vực phụ trách",
    "biography": "Tóm tắt tiểu sử",
    "current_leaders": "Lãnh đạo đương nhiệm",
    "former_leaders": "Lãnh đạo Sở qua các thời kỳ",
    "term": "Thời gian giữ chức vụ",
    "until_now": "nay",
    "no_leaders": "Chưa có thông tin lãnh đạo.",
    "photo_of": "Ảnh",
    "agency": "Sở Nội vụ tỉnh Hưng Yên",
    "country": "Việt Nam",
    "region": "Hưng Yên",
    "org_chart": "Sơ đồ tổ chức",
    "head": "Người đứng đầu",
}

EN = {
    "lang": "en",
    "directory": "Directory",
    "search_label": "Search by name, unit or position",
    "search_button": "Search",
    "search_help": "Vietnamese names can be typed without diacritics, e.g. nguyen van.",
    "results_for": "Search results for",
    "no_results": "No official matches your search.",
    "results_count": "people",
    "clear_search": "Show the whole directory",
    "units_tree": "Organisation structure and staff",
    "unit": "Unit",
    "units": "Subordinate units",
    "name": "Full name",
    "position": "Position",
    "phone": "Telephone",
    "office_phone": "Office telephone",
    "mobile": "Mobile",
    "fax": "Fax",
    "email": "Official email",
    "address": "Address",
    "functions": "Functions and duties",
    "staff": "Staff",
    "no_staff": "No staff information yet.",
    "vcard": "Download contact card (vCard)",
    "vcard_short": "vCard",
    "print": "Printable directory",
    "print_title": "Telephone and official email directory",
    "print_date": "Updated on",
    "unit_page": "Unit page",
    "back": "Back to the directory",
    "responsibilities": "Areas of responsibility",
    "biography": "Biography",
    "current_leaders": "Current leadership",
    "former_leaders": "Former leaders",
    "term": "Term of office",
    "until_now": "present",
    "no_leaders": "No leadership information yet.",
    "photo_of": "Photo of",
    "agency": "Department of Home Affairs of Hưng Yên Province",
    "country": "Viet Nam",
    "region": "Hưng Yên",
    "org_chart": "Organisation chart",
    "head": "Head",
}


def labels_for(lang):
    return EN if lang == "en" else VI


def language_of(page=None):
    """``"en"`` for a page of the English locale (or the active English language), else ``"vi"``."""
    locale = getattr(page, "locale", None)
    if locale is not None and getattr(locale, "language_code", None):
        return "en" if locale.language_code.startswith("en") else "vi"
    from django.utils import translation

    return "en" if (translation.get_language() or "").startswith("en") else "vi"
