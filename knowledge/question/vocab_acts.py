"""General Vietnamese news words that questions ask with and the other vocabularies lacked, each the
English word an article writes for it: acts of replacing, abandoning, reading, translating, marking
and preserving; mourning and tribute ("lễ tang" a funeral, "dâng hoa" laying flowers); what a thing
rests on ("dựa trên", "trụ cột"), wind and farms, poems and weeds. Left out, such a word stayed a
folded Vietnamese syllable no English sentence holds, and its question lost the passage it asks
about. Merged into vocab_vi.VI_CONTENT (keys folded on import)."""

from __future__ import annotations

VI_ACTS = {
    # acts
    "thay thế": "replace", "từ bỏ": "abandoned", "đọc": "read", "dịch": "translated", "bản dịch": "translation",
    "dịch giả": "translator", "đánh dấu": "marking", "giữ gìn": "preserve", "bảo tồn": "preserve",
    "khiến": "caused", "đảm bảo": "guaranteed", "bảo đảm": "guaranteed", "dựa trên": "based on",
    "dựa vào": "based on", "cuộc gặp mặt": "meeting", "buổi gặp mặt": "meeting",
    "bắt đầu hoạt động": "began operating", "đi vào hoạt động": "began operating", "vận hành": "operation",
    # mourning and tribute
    "lễ tang": "funeral", "đám tang": "funeral", "lễ viếng": "funeral", "an táng": "buried",
    "dâng hoa": "laid flowers", "dâng hương": "offered incense",
    # things
    "trụ cột": "pillars", "trụ cột chính": "main pillars", "gió": "wind", "trang trại": "farms",
    "trang trại gió": "wind farms", "bài thơ": "poem", "cỏ dại": "weeds", "quốc khánh": "national day",
    "ngày quốc khánh": "national day", "vòng loại": "qualifying round", "phiên bản": "version",
    "bác hồ": "ho chi minh", "chủ tịch hồ chí minh": "ho chi minh", "ngày bầu cử": "election day",
    "trong ngày bầu cử": "on election day", "thiên nga": "swan", "hồ thiên nga": "swan lake",
    "bản tiếng việt": "vietnamese version", "bản tiếng nga": "russian version", "lô hàng": "shipment",
    # teaching ("dạy" would stay "day", an English word of its own)
    "dạy": "taught", "giảng dạy": "taught", "dạy học": "teaching", "vở": "production",
}
# one-syllable keys that fold like a name syllable ("Đọc" is none, but "doc" and "gio" typed plain
# may be), read only as written with diacritics; folded
VI_ACTS_WRITTEN_ONLY = {"doc", "dich", "gio", "khien", "day"}
