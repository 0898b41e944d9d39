"""Vietnamese words of industry, trade, health, culture and procedure that readers ask with and the
other vocabularies lacked (construction, senior officials, acting ministers, frigates, mobile
laboratories, thresholds, agendas, principles, "có thể" can, "tổng công ty" a corporation — typed
plain, "tong cong" read as "tổng cộng", total, and "ty" as a billion), and classifiers that carry no
meaning of their own ("buổi" a session's, "vụ" an incident's): left untranslated, a syllable is a
search word no English article writes. Merged into vocab_vi.VI_CONTENT under its conventions (keys
folded on import; a one-syllable word in VI_SECTORS_WRITTEN_ONLY is read only as written with
diacritics)."""

from __future__ import annotations

VI_SECTORS = {
    # building, energy and industry
    "thi công": "construction", "khởi công": "construction started", "động thổ": "groundbreaking",
    "đóng tàu": "shipbuilding", "quy mô": "scale", "quy mô lớn": "large scale", "tầng móng": "basement",
    "dòng dầu": "oil flow", "khí": "gas", "xuất phát": "departed", "xuất sang": "exported to", "xuất": "exported",
    "bán": "sold", "tới": "to",
    "gốm sứ": "porcelain", "sứ": "porcelain", "giày dép": "footwear", "bưởi": "pomelo", "thịt lợn": "pork",
    "ngưỡng": "threshold", "vượt ngưỡng": "exceeded threshold", "vượt": "exceeded", "tiền thưởng": "prize",
    "phí": "fee", "lữ hành": "travel", "công ty lữ hành": "tour operator", "tour": "tours",
    # officials, procedure and documents
    "tổng công ty": "corporation", "cao cấp": "senior", "quan chức cao cấp": "senior officials", "cán bộ": "officials",
    "quyền bộ trưởng": "acting minister", "quyền bộ trưởng ngoại giao": "acting foreign minister",
    "khóa họp": "session", "chương trình nghị sự": "agenda", "nghị sự": "agenda", "nguyên tắc": "principles",
    "cáo buộc": "accused", "chứng nhận": "certificates", "giấy chứng nhận": "certificates", "kiểm tra": "inspection",
    "có thể": "can", "xin": "apply", "visa": "visa", "lần trước": "previous", "bao nhiêu lần": "how many times",
    "lần": "times", "trang": "pages", "trang web": "website", "trang trại": "farm", "trang phục": "costumes",
    "trang bị": "equipped", "quay lại": "return", "chào mừng": "welcome", "điểm bỏ phiếu": "polling stations",
    # defence, health, faith and the arts
    "khinh hạm": "frigate", "chống ngầm": "anti submarine", "di động": "mobile", "dịch tễ": "epidemiological",
    "chẩn đoán": "diagnostics", "phật giáo": "buddhist", "giáo hội": "church", "cử hành": "celebrated",
    "trình diễn": "performed",
    # classifiers: the noun after them is the word
    "buổi": "", "vụ": "", "buổi nào": "which time",
}
# typed without diacritics these fold onto commoner words or names ("khi" when, "toi" I, "nam" year,
# "ban" board, "lan" a name, "su", "phi", "xuat" alone)
VI_SECTORS_WRITTEN_ONLY = {"khi", "toi", "nam", "ban", "lan", "su", "phi", "xuat", "trang", "buoi", "vu"}
