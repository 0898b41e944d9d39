"""Vietnamese words of offices, documents, measures, health and the stage that readers ask with and the
other vocabularies lacked or misread: boards and juries ("ban chấp hành", "ban giám khảo" — "ban"
alone is a board), acting office holders ("quyền tổng giám đốc"), documents ("nghị định thư" is a
protocol, not a decree and a letter; "thông tư" a circular), measures ("mét khối" cubic metres, not
metres and a contingent), the stage ("vở kịch", "bài hát", "đêm chung kết"), and small words that
would otherwise stay behind as search words no English article writes ("rồi" already, "về nước" home).
Merged into vocab_vi.VI_CONTENT under its conventions (keys folded on import; a one-syllable word in
VI_OFFICES_WRITTEN_ONLY is read only as written with diacritics)."""

from __future__ import annotations

VI_OFFICES = {
    # boards, offices and acting holders
    "ban chấp hành": "executive committee", "ban giám khảo": "jury", "giám khảo": "jury",
    "ban thư ký": "secretariat", "tiểu ban": "subcommittee", "hội đồng quản trị": "board of directors",
    "quyền tổng giám đốc": "acting general director", "quyền giám đốc": "acting director",
    "quyền chủ tịch": "acting chairman", "quyền chủ tịch nước": "acting president",
    "quyền thủ tướng": "acting prime minister",
    "viện trưởng": "director", "phó viện trưởng": "deputy director", "điều phối viên": "coordinator",
    "cổ đông": "shareholders", "hãng tin": "news agency", "ngân hàng nhà nước": "state bank",
    "phòng thương mại và công nghiệp": "chamber of commerce and industry", "đặc khu": "special zone",
    "nhà giáo": "educators", "binh sĩ": "soldiers", "ca sĩ": "singer", "nhà viết kịch": "playwright",
    # documents and procedure
    "nghị định thư": "protocol", "thông tư": "circular", "công văn": "letter", "biên bản": "minutes",
    "thông cáo báo chí": "press release", "thông cáo chung": "joint communique", "chứng chỉ": "certificates",
    "nộp đơn": "applied", "đơn xin": "application", "hoãn": "postponed", "trì hoãn": "delayed",
    "ban đầu": "initially", "về nước": "home", "trở về nước": "returned home", "tiến độ": "progress",
    # measures
    "mét khối": "cubic metres", "thùng": "barrels", "héc ta": "hectares", "điểm": "points",
    # health
    "phòng chống": "prevention", "phòng ngừa": "prevention", "truyền nhiễm": "infectious",
    "bệnh truyền nhiễm": "infectious diseases",
    # the stage, seasons and small words
    "vở kịch": "play", "kịch": "drama", "bài hát": "song", "hát": "sang", "đêm": "night",
    "đêm chung kết": "final", "mùa": "season", "hoàng gia": "imperial", "khó": "difficult",
    "rồi": "", "thị thực điện tử": "e visas",
    # acronyms and collective words: "KHXH" as "KHCN" is, and "bà con" (folks, the people of a place),
    # which no English article writes ("gave the households", "greeted the traders")
    "khxh": "social sciences", "bà con": "",
}
# typed without diacritics these fold onto commoner words or names ("diem" Diệm, "kho" a store,
# "mua" buy, "dem" bring, "hat" a seed, "thung" a valley)
VI_OFFICES_WRITTEN_ONLY = {"diem", "kho", "mua", "dem", "hat", "thung", "roi"}
