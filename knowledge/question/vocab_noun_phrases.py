"""Vietnamese noun phrases that the syllable-by-syllable reading turns into a verb or loose words:
"thỏa thuận" after "ký", "các" or before "giữa" is an agreement, not "agreed" ("Novatek ký thỏa
thuận hợp tác" was "signed agreed cooperation"); "có đại diện" is were represented, not "did
representative"; "ba bên" three way; "học phí" tuition; "trong số" among (not "in number");
a broadcast "trực tiếp" is live, not direct; "điểm cầu" (a link-up point) is no search word.
Merged into vocab_vi.VI_CONTENT ahead of the lexicon's one-word readings (keys folded on import;
every key here has two syllables or more, so none needs reading only as written)."""

from __future__ import annotations

VI_NOUN_PHRASES = {
    # agreements signed, listed or between two sides ("ký thỏa thuận gì" stays the lexicon's question)
    "ký thỏa thuận hợp tác": "signed cooperation agreement", "ký kết thỏa thuận hợp tác": "signed cooperation agreement",
    "thỏa thuận giữa": "agreement between", "thỏa thuận hợp tác giữa": "cooperation agreement between",
    "các thỏa thuận": "agreements", "những thỏa thuận": "agreements", "bản thỏa thuận": "agreement",
    "bao nhiêu thỏa thuận": "how many agreements", "có bao nhiêu thỏa thuận": "how many agreements", "thỏa thuận hợp tác mới": "new cooperation agreement",
    # parties represented, three-way ties, tuition, rank among
    "có đại diện": "represented", "ba bên": "three way", "học phí": "tuition", "trong số": "among",
    # broadcasts
    # words the syllable-by-syllable reading splits ("đấu tranh" was "dau … paintings")
    "đấu tranh": "struggle", "cuộc đấu tranh": "struggle", "trận đánh": "battle", "hy sinh": "killed",
    "dấu hiệu": "sign", "xảy ra": "happened", "nhà sản xuất": "producers", "nhà nhập khẩu": "importers",
    "nhà xuất khẩu": "exporters", "đạo diễn": "director", "liên đoàn": "federation", "tỉ số": "score",
    "ban ngày": "daytime", "hàng giả": "counterfeit goods", "xưởng may": "garment factory",
    "rơi xuống": "crashed", "bị rơi": "crashed",
    "phát thanh trực tiếp": "live broadcast", "truyền hình trực tiếp": "live television", "điểm cầu": "",
}
