"""Vietnamese words of courts and police, accidents and rescues, offshore drilling, broadcasting and
sponsorship that readers' questions on unseen articles left as untranslated syllables (each then a
search word no English article writes, or a wrong sense: "vụ nổ" read as "no", "hợp pháp" as
"hợp France", "nước sâu" as "country", "ngoài khơi" as "besides", "công ty con" as "company and").
Merged into vocab_vi.VI_CONTENT under its conventions (keys folded on import; a one-syllable word in
VI_INCIDENTS_WRITTEN_ONLY is read only as written with diacritics, since typed plain it folds onto a
commoner word or a name: "bat", "hoi", "nen", "no")."""

from __future__ import annotations

VI_INCIDENTS = {
    # courts, prosecutors, police and the papers a person carries
    "bắt": "arrested", "bị bắt": "arrested", "bắt giữ": "arrested", "bị bắt giữ": "arrested",
    "tạm giữ": "detained", "chặn giữ": "stopped", "bị chặn giữ": "stopped", "truy nã": "wanted",
    "lệnh truy nã": "wanted notice", "phát lệnh truy nã": "issued wanted notice", "kết án": "sentenced",
    "bị kết án": "sentenced", "người bị kết án": "sentenced persons", "phạt tù": "prison",
    "tuyên phạt": "sentenced", "tuyên án": "sentenced", "mức án": "sentence",
    "chung thân": "life", "tù chung thân": "life imprisonment", "tử hình": "death", "xét xử": "trial",
    "kiểm sát": "procuracy", "viện kiểm sát": "procuracy", "cơ quan kiểm sát": "procuracies",
    "giấy tờ": "papers", "hợp pháp": "legal", "bất hợp pháp": "illegal", "đầy đủ": "full", "xử lý": "dealt with",
    "biện pháp tự vệ": "safeguard measures", "tự vệ": "safeguard",
    # advice given to people abroad, and the regions of a country
    "khuyên": "advised", "khuyến cáo": "advised", "nên": "should", "miền nam": "south", "miền bắc": "north",
    "miền trung": "central",
    # accidents, breakdowns and the people on the road
    "nổ": "explosion", "vụ nổ": "explosion", "hỏng máy": "engine failure", "bị hỏng máy": "engine failure", "bị hỏng": "broke down",
    "hỏng": "broke down", "tài xế": "driver", "lái xe": "driver", "điều máy bay": "sent aircraft",
    # police raids and what they seize
    "tịch thu": "confiscated", "bị tịch thu": "confiscated", "thu giữ": "seized", "đột kích": "raid",
    # offshore oil and gas
    "giếng": "wells", "giếng khoan": "wells", "khoan": "drilled", "nước sâu": "deepwater",
    "ngoài khơi": "offshore", "giàn": "platform", "giàn khoan": "rig", "khối thượng tầng": "topside",
    "thượng tầng": "topside", "công ty con": "subsidiary",
    # broadcasting, concerts, sponsors, shares held
    "dẫn chương trình": "hosted", "người dẫn chương trình": "presenter", "phút": "minutes",
    "đêm nhạc": "concert", "nhạc": "music", "nhà tài trợ": "sponsor", "ý tưởng": "idea", "hỏi": "asked",
    "nhà mạng": "operator", "mạng di động": "mobile network", "xô viết": "soviet",
    "đồng giám đốc": "co director", "tổ chức quốc tế": "international organisations",
    # bodies named by common words ("Mặt trận Tổ quốc" read "mat match to quoc"), countries counted
    "mặt trận tổ quốc": "fatherland front", "hội liên hiệp phụ nữ": "women union", "phòng xã hội": "civic chamber",
    "có bao nhiêu quốc gia": "how many countries",
    "gặp lại": "met again", "tiền thuê": "rent", "ki ốt": "kiosks", "xưởng": "factory", "xưởng giày": "shoe factory",
    "giày": "shoes", "phải nộp": "had to pay", "nộp": "paid", "tiền phí": "fees",
}
VI_INCIDENTS_WRITTEN_ONLY = {"bat", "nen", "no", "hong", "gieng", "khoan", "gian", "phut", "nhac", "hoi",
                             "nop", "xuong", "giay", "khuyen"}
