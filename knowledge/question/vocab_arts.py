"""Vietnamese news words of the arts, science and the press that the other vocabularies lacked:
stage and screen (staged, choir, feature film, best), awards and medals, research at sea
(measurements, samples, oceanography) and the outlets that report (bulletin, newspaper). Without
them a question searches with folded syllables no English article contains ("dan dung",
"xuat sac" read as "exported"). Merged into vocab_vi.VI_CONTENT under its conventions (keys folded
on import; phrases only, so that no one-syllable word typed plain loses its other reading)."""

from __future__ import annotations

VI_ARTS = {
    # stage and screen
    "xuất sắc": "outstanding", "xuất sắc nhất": "best", "hay nhất": "best", "phim truyện": "feature film",
    "phim tài liệu": "documentary", "phim hoạt hình": "animated film", "dàn dựng": "staged", "công diễn": "premiere",
    "buổi biểu diễn": "performance", "đêm diễn": "performance", "hợp xướng": "choir", "dàn hợp xướng": "choir",
    "dàn nhạc": "orchestra", "dàn nhạc giao hưởng": "symphony orchestra", "nhạc trưởng": "conductor",
    "ca sĩ": "singer", "diễn viên": "actor", "biên đạo": "choreographer", "múa rối": "puppet",
    "múa rối nước": "water puppetry", "tiết mục": "act", "khán giả": "audience", "dân gian": "folk",
    "nhà hát kịch": "drama theatre", "nguyên bản": "original", "tiểu thuyết": "novel", "tổng quản lý": "general manager",
    # awards
    "huy chương vàng": "gold medal", "huy chương bạc": "silver medal", "huy chương đồng": "bronze medal",
    "giải nhất": "first prize", "giải nhì": "second prize", "giải ba": "third prize", "ban giám khảo": "jury",
    "giải đặc biệt": "special prize",
    # research and the sea
    "đo đạc": "measurement", "số liệu đo đạc": "measurement data", "mẫu vật": "samples", "lấy mẫu": "samples",
    "thu thập": "collected", "phân tích": "analysed", "nhà nghiên cứu": "researchers", "viện sĩ": "academician", "tàu nghiên cứu": "research vessel",
    "vùng biển": "sea", "hải dương học": "oceanography", "địa chất": "geology", "địa vật lý": "geophysics",
    "rạn san hô": "coral reefs", "sinh vật biển": "marine life",
    # the press
    "bản tin": "report", "tờ báo": "newspaper", "nhà báo": "journalists", "phóng viên": "reporters",
    "bài báo": "article", "hãng thông tấn": "news agency",
    # gatherings and posts
    "hội ngộ": "reunion", "phó hiệu trưởng": "vice rector",
}
