"""Plain Vietnamese a reader asks with that the other tables lacked: ways of asking when, where,
who and what year ("hồi nào", "thời điểm nào", "chỗ nào", "vị nào", "năm mấy"), and everyday news
words (blocking and fraud, choosing, launching campaigns, estimates, shares, pollution and animals,
fires, bombings, expulsions, consumers, greeting at the airport, courts and rescues, faith and
nature, family, industry, plans and reviews). Found by putting a list of common news words and question
phrasings, written without reference to any question set, through the tokenizer and keeping the
ones it left as Vietnamese syllables. Merged into vocab_vi.VI_CONTENT (keys folded on import)."""

from __future__ import annotations

VI_PLAIN = {
    # asking when, where, who and what year
    "hồi nào": "when", "vào hồi nào": "when", "thời điểm nào": "when", "vào thời điểm nào": "when",
    "năm mấy": "what year", "vào năm mấy": "what year", "vào năm bao nhiêu": "what year",
    "sinh năm bao nhiêu": "born what year", "sinh năm mấy": "born what year",
    "chỗ nào": "where", "ở chỗ nào": "where", "tại chỗ nào": "where", "nơi đâu": "where", "ở nơi đâu": "where",
    "địa điểm nào": "where", "tại địa điểm nào": "where", "ở địa điểm nào": "where",
    "vị nào": "who", "nhân vật nào": "who", "đứng ra": "",
    # acts
    "chặn": "blocked", "ngăn chặn": "prevented", "lựa chọn": "chose", "chọn": "chosen", "tuyển chọn": "selected",
    "phát động": "launched", "ước tính": "estimated", "chiếm": "accounted", "đình chỉ": "suspended",
    "khen thưởng": "awarded", "trục xuất": "deported", "đánh bom": "bombing", "vụ đánh bom": "bombing",
    "vụ cháy": "fire", "cháy": "fire", "hỏa hoạn": "fire", "phát hiện ra": "discovered",
    # things and people
    "độc hại": "malicious", "ngoại tuyến": "offline", "xí nghiệp": "enterprise", "lục quân": "army",
    "lời chúc": "wishes", "lời chúc mừng": "congratulations", "khu nghỉ dưỡng": "resort", "rau quả": "vegetables",
    "chuyển phát": "delivery", "bưu chính": "postal", "phi hành gia": "cosmonaut", "phóng xạ": "radiation",
    "ô nhiễm": "pollution", "động vật": "animals", "khu bảo tồn": "reserve",
    "sinh nhật": "birthday", "người tiêu dùng": "consumers", "kinh tế số": "digital economy",
    # going out to greet, carrying, sending and stations; hours
    "ra đón": "welcomed", "ra tiễn": "saw off", "ra sân bay": "airport",
    "chuyển đến": "sent to", "chuyển tới": "sent to", "giao hàng": "delivery", "mang theo": "carrying",
    "nhà ga": "station", "ga tàu": "station", "ga": "station", "thu hẹp": "narrowed", "rút ngắn": "shortened",
    "lùi": "postponed", "vào cửa": "admission", "bao nhiêu giờ": "how many hours",
    "bao nhiêu tiếng": "how many hours", "mấy tiếng": "how many hours",
    # money, courts and rescues
    "phá sản": "bankrupt", "trái phiếu": "bonds", "góp vốn": "contributed capital", "góp": "contributed",
    "xử phạt": "fined", "phạt": "fined", "xử": "tried", "truy tố": "prosecuted", "khởi tố": "charged",
    "tạm giam": "detained", "phóng thích": "released", "thả": "released", "cứu": "rescued",
    "truy cứu": "prosecuted", "di chuyển": "moving",
    "truy tặng": "posthumously awarded",
    # faith, nature, places and people
    "linh mục": "priest", "tôn giáo": "religious", "nhà sư": "monk", "chùa": "pagoda", "thám hiểm": "expedition",
    "núi": "mountain", "cây": "trees", "vườn": "garden", "lính": "soldiers", "pháo": "artillery",
    "thuyền trưởng": "captain", "tình nguyện viên": "volunteers", "trưởng khoa": "dean", "nhà sáng lập": "founder",
    "chủ sở hữu": "owner", "nhà ở": "housing", "căn hộ": "apartment", "ký túc xá": "dormitory",
    "máy thở": "ventilators", "khám chữa bệnh": "medical treatment", "tuổi thọ": "life expectancy",
    "người cao tuổi": "elderly", "nam giới": "men", "mẹ": "mother", "cha": "father", "cháu": "grandchildren",
    "nghèo": "poor", "giàu": "rich", "máy tính": "computer", "mạng xã hội": "social media",
    "máy bay không người lái": "drones", "máy khâu": "sewing machines", "nhiên liệu": "fuel",
    "thanh nhiên liệu": "fuel rods",
    # bodies of work and their parts; industry, plans and reviews
    "trực thuộc": "of", "kiêm": "concurrently", "công nghiệp nhẹ": "light industry", "nhẹ": "light",
    "công nghiệp nặng": "heavy industry", "nặng": "heavy", "lập": "set up", "kế hoạch hành động": "action plan",
    "tổng kết": "review", "sơ kết": "review", "di trú": "migration", "nhập cư": "immigration", "di cư": "migrants",
    "thực tập": "internship", "đề thi": "exam", "tập thơ": "poetry collection", "phát hành": "released",
    "lưu diễn": "tour", "ảo thuật": "magic", "phong tục": "customs", "tập quán": "customs",
    # qualities and feelings
    "luôn": "always", "luôn luôn": "always", "kính trọng": "respect", "ưa chuộng": "popular", "phổ biến": "popular",
    "nổi tiếng": "famous", "yêu": "love",
}

# single syllables above that, typed without diacritics, fold onto common name syllables ("Chân",
# "Chiêm", "Chạy" run): read only as written
VI_PLAIN_WRITTEN_ONLY = {"chan", "chon", "chiem", "chay", "ga", "phat", "xu", "tha", "cuu", "chua", "linh",
                         "cha", "me", "chau", "kiem", "nang", "lap", "cay", "lui"}
