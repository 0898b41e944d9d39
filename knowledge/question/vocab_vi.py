"""Vietnamese news and diplomacy words mapped to the English words the articles use, so a Vietnamese
question has something to search the English articles with (question words and roles are in
lexicon). Keys are folded on import; a one-syllable key is read only where the question writes it
in lower case (a capitalised syllable may be part of a name: "Tấn", "Lê", "Kim")."""

from __future__ import annotations

from knowledge.question.vocab_acts import VI_ACTS, VI_ACTS_WRITTEN_ONLY
from knowledge.question.vocab_asked import VI_ASKED
from knowledge.question.vocab_common import VI_COMMON, VI_COMMON_WRITTEN_ONLY
from knowledge.question.vocab_more import VI_MORE
from knowledge.question.vocab_news import VI_NEWS, VI_NEWS_WRITTEN_ONLY
from knowledge.question.vocab_tail import VI_TAIL, VI_TAIL_WRITTEN_ONLY
from knowledge.question.vocab_events import VI_EVENTS, VI_EVENTS_WRITTEN_ONLY
from knowledge.question.vocab_daily import VI_DAILY, VI_DAILY_WRITTEN_ONLY
from knowledge.question.vocab_gaps import VI_GAPS, VI_GAPS_WRITTEN_ONLY
from knowledge.question.vocab_society import VI_SOCIETY, VI_SOCIETY_WRITTEN_ONLY
from knowledge.question.vocab_wide import VI_WIDE
from knowledge.question.vocab_sectors import VI_SECTORS, VI_SECTORS_WRITTEN_ONLY
from knowledge.question.vocab_offices import VI_OFFICES, VI_OFFICES_WRITTEN_ONLY
from knowledge.question.vocab_reader import VI_READER, VI_READER_WRITTEN_ONLY
from knowledge.question.vocab_incidents import VI_INCIDENTS, VI_INCIDENTS_WRITTEN_ONLY
from knowledge.question.vocab_noun_phrases import VI_NOUN_PHRASES
from knowledge.question.vocab_everyday import VI_EVERYDAY
from knowledge.question.vocab_arts import VI_ARTS
from knowledge.question.vocab_street import VI_STREET, VI_STREET_WRITTEN_ONLY
from knowledge.question.vocab_plain import VI_PLAIN, VI_PLAIN_WRITTEN_ONLY

VI_CONTENT = {
    # economy, trade, investment, money
    "kim ngạch thương mại": "trade", "kim ngạch xuất nhập khẩu": "trade", "kim ngạch": "trade",
    "thương mại song phương": "bilateral trade", "trao đổi thương mại": "trade", "buôn bán": "trade",
    "song phương": "bilateral", "đa phương": "multilateral", "hai chiều": "two way",
    "xuất khẩu": "exports", "nhập khẩu": "imports", "xuất nhập khẩu": "trade", "hàng hóa": "goods",
    "sản phẩm": "products", "nông sản": "agricultural products", "nông nghiệp": "agriculture",
    "thủy sản": "seafood", "hải sản": "seafood", "dệt may": "textiles", "cà phê": "coffee",
    "trái cây": "fruit", "hoa quả": "fruit", "thị trường": "market", "doanh nghiệp": "businesses",
    "công ty": "company", "tập đoàn": "company", "liên doanh": "joint venture", "kinh tế": "economic",
    "tăng trưởng": "growth", "tăng": "increase", "giảm": "decrease", "đạt": "reached", "đặt": "set", "mục tiêu": "target",
    "phần trăm": "percent", "tỷ đô la": "billion usd", "tỷ": "billion", "triệu": "million", "nghìn": "thousand",
    "ngàn": "thousand", "đô la": "usd", "rúp": "roubles", "giá trị": "value", "doanh thu": "revenue",
    "đầu tư trực tiếp nước ngoài": "foreign direct investment", "vốn đầu tư": "investment capital",
    "nhà đầu tư": "investors", "vốn": "capital", "dự án": "projects", "thuế": "tax", "thuế quan": "tariffs",
    "hải quan": "customs", "thương mại tự do": "free trade", "hiệp định thương mại tự do": "free trade agreement",
    "liên minh kinh tế á âu": "eurasian economic union", "á âu": "eurasian", "ngân hàng": "bank",
    "tài chính": "finance", "thanh toán": "payments", "tiền tệ": "currency", "nội tệ": "national currencies",
    "khu công nghiệp": "industrial park", "công nghiệp": "industry", "chế biến": "processing",
    "sản xuất": "production", "lắp ráp": "assembly", "ô tô": "cars", "máy bay": "aircraft",
    "nguồn nhân lực": "human resources", "lao động": "labour", "người lao động": "workers",
    "chuỗi cung ứng": "supply chains", "cung ứng": "supply", "cung cấp": "supply", "chuyển giao": "transfer",
    "xúc tiến": "promotion", "văn phòng đại diện": "representative office", "văn phòng": "office", "mở": "open", "hội chợ": "fair", "hàng": "goods",
    # energy, transport, infrastructure
    "năng lượng hạt nhân": "nuclear energy", "điện hạt nhân": "nuclear power", "hạt nhân": "nuclear",
    "nhà máy điện": "power plant", "nhà máy": "plant", "điện": "power", "dầu mỏ": "oil", "dầu thô": "crude oil",
    "dầu": "oil", "khí đốt": "gas", "khí hóa lỏng": "liquefied gas", "thăm dò": "exploration",
    "khai thác": "production", "mỏ": "field", "lô": "block", "thềm lục địa": "continental shelf",
    "điện gió": "wind power", "điện mặt trời": "solar power", "thủy điện": "hydropower",
    "năng lượng tái tạo": "renewable energy", "vận tải": "transport", "giao thông": "transport",
    "đường sắt": "railway", "đường bay thẳng": "direct flights", "đường bay": "flights",
    "chuyến bay": "flight", "bay thẳng": "direct flights", "hàng không": "aviation", "cảng biển": "seaport",
    "cảng": "port", "sân bay": "airport", "hạ cánh": "landed", "cơ sở hạ tầng": "infrastructure",
    "hạ tầng": "infrastructure", "viễn thông": "telecommunications", "chuyển đổi số": "digital transformation",
    "kỹ thuật số": "digital", "trí tuệ nhân tạo": "artificial intelligence", "vũ trụ": "space",
    # education, science, health
    "học bổng": "scholarships", "suất học bổng": "scholarships", "sinh viên": "students", "học sinh": "students",
    "lưu học sinh": "students", "du học sinh": "students", "trường đại học": "university", "đại học": "university",
    "học viện": "academy", "viện hàn lâm": "academy", "viện nghiên cứu": "research institute",
    "giảng viên": "lecturers", "giáo viên": "teachers", "nghiên cứu": "research", "nhà khoa học": "scientists",
    "tiếng nga": "russian language", "tiếng việt": "vietnamese language", "ngôn ngữ": "language",
    "tuyển sinh": "enrolment", "trực tuyến": "online", "cổng thông tin": "portal", "trung tâm": "centre",
    "nhiệt đới": "tropical", "bệnh viện": "hospital", "thuốc": "drugs", "dược phẩm": "pharmaceuticals",
    "dược": "pharmaceutical", "vắc xin": "vaccine", "vaccine": "vaccine", "liều": "doses",
    "tiêm chủng": "vaccination", "dịch bệnh": "epidemic", "đại dịch": "pandemic", "y học": "medicine",
    "bác sĩ": "doctors", "sức khỏe": "health", "chăm sóc sức khỏe": "health care",
    # culture, people, media
    "nghệ thuật": "art", "nghệ sĩ": "artists", "biểu diễn": "perform", "buổi biểu diễn": "performance",
    "hòa nhạc": "concert", "âm nhạc": "music", "dàn nhạc": "orchestra", "phim": "films", "điện ảnh": "cinema",
    "liên hoan phim": "film festival", "triển lãm ảnh": "photo exhibition", "triển lãm": "exhibition",
    "ngày văn hóa": "culture days", "những ngày văn hóa": "culture days", "lễ hội": "festival",
    "khách du lịch": "tourists", "du khách": "tourists", "lượt khách": "tourists", "thể thao": "sports",
    "bóng đá": "football", "báo chí": "press", "truyền thông": "media", "hãng thông tấn": "news agency",
    "thông tấn": "news agency", "cộng đồng": "community", "kiều bào": "community",
    "người việt nam": "vietnamese", "giao lưu": "exchanges", "nhân dân": "people", "thanh niên": "youth",
    "hữu nghị": "friendship", "truyền thống": "traditional", "lịch sử": "history",
    # defence, security, politics
    "quân sự": "military", "quân đội": "army", "hải quân": "navy", "không quân": "air force",
    "tàu chiến": "warships", "tàu ngầm": "submarines", "tập trận": "exercises", "vũ khí": "weapons",
    "kỹ thuật quân sự": "military technical", "biên giới": "border", "khủng bố": "terrorism",
    "tội phạm": "crime", "chiến tranh": "war", "hòa bình": "peace", "xung đột": "conflict",
    "trừng phạt": "sanctions", "lệnh trừng phạt": "sanctions", "biển đông": "east sea", "chủ quyền": "sovereignty",
    "luật pháp quốc tế": "international law", "quốc tế": "international", "khu vực": "region",
    "đảng cộng sản": "communist party", "đảng": "party", "chính phủ": "government", "nhà nước": "state",
    "quốc gia": "national", "duma quốc gia": "state duma", "hội đồng": "council", "thượng viện": "federation council",
    # "đại biểu" who attend a congress or a conference are its delegates; a parliament's are deputies
    "nghị sĩ": "parliamentarians", "đại biểu": "delegates", "đại biểu quốc hội": "national assembly deputies",
    "nghị viện": "parliament", "ủy ban": "committee",
    "liên chính phủ": "intergovernmental", "đại sứ quán": "embassy", "lãnh sự": "consulate",
    "tổng lãnh sự": "consul general", "phái đoàn": "delegation", "đoàn đại biểu": "delegation",
    "đoàn": "delegation", "chính trị": "political", "ngoại giao": "diplomatic", "đối ngoại": "foreign",
    "chiến lược": "strategic", "toàn diện": "comprehensive", "tổng giám đốc": "general director",
    "giám đốc": "director", "tỉnh": "province", "thành phố": "city", "địa phương": "localities",
    "vùng": "region", "liên xô": "soviet union", "phía": "side", "bên": "side",
    # events
    "hội nghị thượng đỉnh": "summit", "thượng đỉnh": "summit", "hội nghị": "conference", "hội thảo": "seminar",
    "diễn đàn": "forum", "phiên họp": "session", "kỳ họp": "session", "cuộc họp": "meeting",
    "cuộc gặp": "meeting", "buổi gặp": "meeting", "cuộc hội đàm": "talks", "tiếp xúc": "contacts",
    "lễ kỷ niệm": "anniversary celebration", "kỷ niệm": "anniversary", "lễ đón chính thức": "official welcome ceremony",
    "lễ đón": "welcome ceremony", "lễ ký kết": "signing ceremony", "lễ khai mạc": "opening ceremony",
    "khai mạc": "opening", "bế mạc": "closing", "duyệt binh": "parade", "diễu binh": "parade",
    "chiến thắng": "victory", "ngày chiến thắng": "victory day", "đối thoại chiến lược": "strategic dialogue",
    "đối thoại": "dialogue", "tham vấn": "consultations", "đồng chủ trì": "co chaired", "chủ trì": "chaired",
    "tham dự": "attended", "dự": "attended", "chuyến công tác": "working trip", "thăm làm việc": "working visit",
    "rời": "left", "kết thúc": "concluded", "bắt đầu": "began", "khởi công": "groundbreaking",
    "khánh thành": "inauguration", "ra mắt": "launch", "công bố": "announced", "họp báo": "press conference",
    "tiệc chiêu đãi": "reception", "chiêu đãi": "reception", "quốc yến": "state banquet",
    "đặt vòng hoa": "laid wreath", "vòng hoa": "wreath", "lăng": "mausoleum", "tượng đài": "monument",
    "tưởng niệm": "memorial", "đón": "welcomed", "chào đón": "welcomed", "tiễn": "saw off",
    "lễ": "ceremony", "với tư cách": "as", "tư cách": "capacity", "khách mời": "guest",
    # documents
    "văn kiện": "documents", "văn bản": "documents", "tài liệu": "documents", "biên bản ghi nhớ": "memorandum",
    "hợp đồng": "contract", "chương trình": "programme", "kế hoạch": "plan", "lộ trình": "roadmap",
    "tầm nhìn": "vision", "luật": "law", "nghị định": "decree", "công ước": "convention", "nghị quyết": "resolution",
    "tiêu chuẩn": "standards", "phê chuẩn": "ratify", "thông qua": "adopted", "sửa đổi": "amended",
    "trao tặng": "awarded", "huân chương": "order", "giải thưởng": "award", "tặng": "donated", "quà tặng": "gift",
    "quà": "gift", "viện trợ": "aid", "hỗ trợ": "support", "giúp đỡ": "help", "ủng hộ": "support",
    "thiết lập": "established", "thành lập": "founded", "nâng cấp": "upgraded", "nâng": "raise",
    # numbers, durations, times
    "bao nhiêu": "how many", "mấy": "how many", "bao lâu": "how long", "mấy ngày": "how many days",
    "lần đầu tiên": "first time", "đầu tiên": "first", "nửa đầu năm": "first half", "sáu tháng đầu năm": "first half",
    "hàng năm": "annually", "mỗi năm": "annually", "năm nay": "this year", "năm ngoái": "last year",
    "hiện nay": "currently", "hiện": "currently", "gần đây": "recently", "sắp tới": "upcoming",
    "ngày": "day", "tuần": "week", "thứ mấy": "what day", "lần thứ": "th",
    # requests, promises, wishes, saying
    "đề nghị": "asked", "đề xuất": "proposed", "yêu cầu": "requested", "kêu gọi": "called for",
    "mời": "invited", "lời mời": "invitation", "hứa": "promised", "cam kết": "pledged", "mong muốn": "wished",
    "mong": "hoped", "hy vọng": "hoped", "chúc": "wished", "chúc mừng": "congratulated", "cảm ơn": "thanked",
    "đánh giá cao": "appreciated", "đánh giá": "assessed", "hoan nghênh": "welcomed", "bày tỏ": "expressed",
    "mô tả": "described", "nêu": "mentioned", "độc lập và thống nhất": "independence and reunification",
    "thống nhất đất nước": "reunification", "gọi": "called", "nhắc lại": "recalled", "thông báo": "informed",
    "trao đổi": "exchanged", "thảo luận": "discussed", "bàn": "discussed", "đẩy mạnh": "boost",
    "thúc đẩy": "promote", "đẩy nhanh": "speed up", "tăng cường": "strengthen", "mở rộng": "expand",
    "phát triển": "development", "duy trì": "maintain", "triển khai": "implement", "thực hiện": "implement",
    "giải quyết": "resolve", "tạo điều kiện": "facilitate", "thành tựu": "achievements", "kết quả": "results",
    "tiềm năng": "potential", "cơ hội": "opportunities", "lĩnh vực": "areas", "ngành": "sector",
    "sáng kiến": "initiative", "chính sách": "policy", "ưu tiên": "priority", "đổi mới": "doi moi",
    # function words that carry no fact
    "được": "", "sẽ": "will", "đang": "", "vừa": "", "cũng": "also", "đều": "", "rất": "", "nhiều": "many",
    "một": "one", "này": "this", "đó": "that", "trong": "in", "trên": "on", "sau": "after", "trước": "before",
    "giữa": "between", "cho": "for", "để": "to", "từ": "from", "theo": "according to", "nào": "which",
    "hồi": "in", "vào": "into", "lên": "to", "dành": "for", "sự": "", "việc": "", "cuộc": "", "chuyến": "",
    "những gì": "what", "nói với": "told", "làm gì": "do what", "muốn": "want", "cần": "need",
    "cùng": "jointly", "chung": "joint", "mới": "new", "đầu": "first",
    "điều gì": "what", "việc gì": "what", "giúp": "help", "giúp đỡ": "help", "đưa": "bring", "sáp nhập": "merge",
    "ở lại": "stay", "lưu lại": "stay", "lần thứ bao nhiêu": "which", "lần thứ mấy": "which",
    # military ranks and calls
    "đại tướng": "general", "thượng tướng": "colonel general", "trung tướng": "lieutenant general",
    "thiếu tướng": "major general", "chào xã giao": "courtesy call", "thăm xã giao": "courtesy call",
    "xã giao": "courtesy",
    # words readers ask with that the sections above lack: who acts for whom, how things go on,
    # schooling, places and military ranks
    "đại diện": "representative", "người đại diện": "representative", "cựu": "former", "thay mặt": "on behalf of",
    "đứng đầu": "heads", "dẫn đầu": "led", "do": "by", "đại hội": "congress", "đại hội đảng": "party congress",
    "tổ chức": "held", "diễn ra": "held", "kéo dài": "lasted", "kéo dài đến": "lasted until", "sự kiện": "event",
    "bên lề": "sidelines", "khuôn khổ": "framework", "trong khuôn khổ": "as part of", "làm việc": "working",
    "buổi làm việc": "working session", "xây dựng": "build", "hoàn thành": "complete", "hoàn tất": "complete",
    "khẩn trương": "urgently", "rà soát": "reviewed", "phát sinh": "arisen", "quá trình": "process",
    "vấn đề": "issues", "giai đoạn": "period", "soạn thảo": "drafted", "sớm": "soon", "mức": "level",
    "cấp cao": "high level", "mua": "buy", "bán": "sell", "mua bán": "trade", "nỗ lực": "efforts",
    "đóng góp": "contributions", "thông tin": "informed", "khách": "guests", "trao": "presented",
    "được phép": "allowed", "cho phép": "allowed", "kết nghĩa": "twinning", "rằng": "that", "tin rằng": "believes",
    "tin tưởng": "confident", "ngoài": "besides", "ngoài ra": "besides", "nhau": "each other", "vì": "for", "sang": "to",
    "mục đích": "purpose", "lý do": "reason", "nhằm": "aimed", "bao gồm": "including",
    "nước": "country", "nước ngoài": "foreign", "thủ đô": "capital", "quận": "district", "huyện": "district",
    "ủy ban nhân dân": "people committee", "ubnd": "people committee", "hội đồng nhân dân": "people council",
    "hđnd": "people council", "tp": "city", "tp hcm": "ho chi minh city", "tphcm": "ho chi minh city",
    "tp hồ chí minh": "ho chi minh city", "thường trực": "permanent",
    "học": "study", "trường": "school", "trường học": "school", "lớp": "classes", "lớp học": "classes",
    "tiếng": "language", "khai giảng": "open", "dự kiến": "expected", "viện": "institute", "liên hiệp": "joint",
    "bộ ngoại giao": "foreign ministry", "bộ quốc phòng": "defence ministry", "bộ công an": "public security ministry",
    "bộ công thương": "industry and trade ministry", "bộ nông nghiệp": "agriculture ministry",
    "bộ giáo dục": "education ministry", "bộ y tế": "health ministry", "bộ tài chính": "finance ministry",
    "lễ bế mạc": "closing ceremony",
    "tướng": "general", "đại tá": "colonel", "thượng tá": "senior colonel", "trung tá": "lieutenant colonel",
    "thiếu tá": "major", "đô đốc": "admiral", "phó đô đốc": "vice admiral", "chuẩn đô đốc": "rear admiral",
    # more everyday news words (troubles, disasters, gifts, time, revival)
    "khôi phục": "revived", "phục hồi": "recover", "món quà": "gift", "quà tặng": "gift", "công trình": "projects",
    "thời liên xô": "soviet era", "liên xô": "soviet union", "thị thực": "visas", "hạn chế": "limits",
    "khó khăn": "difficulties", "vướng mắc": "obstacles", "thách thức": "challenges", "lũ lụt": "floods",
    "bão lũ": "floods", "thiên tai": "natural disaster", "chia buồn": "condolences", "thăm hỏi": "sympathy",
    "người dân": "residents", "bị ảnh hưởng": "affected", "đóng góp": "contribution", "đánh giá cao": "appreciated",
    "thời gian tới": "coming period", "giai đoạn tới": "coming period", "dự báo": "forecast", "dự kiến": "expected",
    "lý do": "reason", "nguyên nhân": "reason", "vận chuyển": "transported", "chuyến bay": "flight",
    "tiếp nhận": "received", "trao tặng": "presented", "trao": "presented", "giải thưởng": "prize",
    "cầm quyền": "ruling", "cương vị": "capacity", "hội hữu nghị": "friendship association",
    "thông tấn": "news agency", "hãng thông tấn": "news agency", "tư liệu": "archives", "hàng không": "airline",
    "hãng hàng không": "airline", "an ninh mạng": "cybersecurity", "chính phủ điện tử": "e-government",
    "tín dụng": "credit", "khoản tín dụng": "credit line", "hỗ trợ tài chính": "financial support",
}
# the everyday words of news about institutions, posts, parliament and the Party, law, defence,
# economy, energy, science, health, culture, sport and media (no pair of syllables here is also a
# common given name: "Văn Học", "Quốc Khánh", "Anh Hùng" stay names, so those words come only in
# longer phrases)
VI_CONTENT |= {
    # institutions, posts and people's titles
    "cơ quan": "agency", "cơ quan chức năng": "authorities", "chính quyền": "authorities", "hội": "association",
    "chức vụ": "post", "chức danh": "title", "vai trò": "role", "đóng vai trò": "role", "nhiệm vụ": "tasks",
    "nhiệm kỳ": "term", "bổ nhiệm": "appointed", "miễn nhiệm": "dismissed", "từ chức": "resigned",
    "nhậm chức": "took office", "lễ nhậm chức": "inauguration", "bầu cử": "election", "bầu": "elected",
    "đắc cử": "elected", "tái đắc cử": "re elected", "ứng cử viên": "candidate", "vụ trưởng": "department director",
    "cục trưởng": "director", "cục": "department", "tổng cục": "general department", "sở": "department",
    "ủy viên": "member", "thành viên": "members", "hội viên": "members", "trợ lý": "assistant",
    "cố vấn": "adviser", "chuyên gia": "experts", "người phát ngôn": "spokesperson", "phát ngôn viên": "spokesperson",
    "thư ký": "secretary", "tổng thư ký": "secretary general", "tùy viên quân sự": "military attache",
    "tùy viên": "attache", "tham tán": "counsellor", "tham tán thương mại": "trade counsellor",
    "đặc phái viên": "special envoy", "nguyên thủ": "head of state", "nguyên thủ quốc gia": "head of state",
    "nguyên": "former", "nhà ngoại giao": "diplomat", "nhà lãnh đạo": "leader", "chính khách": "politicians",
    "trưởng đoàn": "head of delegation", "trưởng ban": "head", "trưởng phòng": "head", "chánh văn phòng": "chief of staff",
    "người sáng lập": "founder", "sáng lập": "founded", "phu nhân": "wife", "vợ": "wife", "chồng": "husband",
    "con trai": "son", "con gái": "daughter", "gia đình": "family", "danh dự": "honorary", "viện sĩ": "academician",
    "anh hùng lao động": "hero of labour", "anh hùng lực lượng vũ trang": "hero of the armed forces",
    "nghệ sĩ nhân dân": "people artist", "nghệ sĩ ưu tú": "merited artist", "phó giáo sư": "associate professor",
    "hội đồng quản trị": "board", "phụ trách": "in charge", "trách nhiệm": "responsibility",
    "chịu trách nhiệm": "responsible", "quản lý": "management", "điều hành": "operates", "sở hữu": "owned",
    # parliament, the Party, politics and diplomacy
    "ủy ban đối ngoại": "foreign affairs committee", "ủy ban thường vụ quốc hội": "national assembly standing committee",
    "thường vụ": "standing", "nhóm nghị sĩ hữu nghị": "friendship parliamentarians group", "nhóm nghị sĩ": "parliamentarians group",
    "nhóm": "group", "dự luật": "bill", "biểu quyết": "vote", "bỏ phiếu": "vote", "lập pháp": "legislative",
    "giám sát": "supervision", "cử tri": "voters", "chất vấn": "questioning", "bộ chính trị": "politburo",
    "ban bí thư": "secretariat", "bí thư tỉnh ủy": "party secretary",
    "bí thư": "secretary", "tỉnh ủy": "provincial party committee",
    "thành ủy": "municipal party committee", "ban chấp hành trung ương": "central committee", "trung ương": "central",
    "ban đối ngoại trung ương": "central external relations commission", "ban đối ngoại": "external relations commission",
    "đảng viên": "party members", "đảng ủy": "party committee", "đảng bộ": "party organisation",
    "chủ nghĩa xã hội": "socialism", "xã hội chủ nghĩa": "socialist", "cách mạng": "revolution",
    "lý luận": "theory", "tư tưởng": "ideology", "công tác": "work", "kinh nghiệm": "experience",
    "chia sẻ": "shared", "nước nga thống nhất": "united russia", "điện mừng": "congratulatory message",
    "thư chúc mừng": "congratulatory letter", "thư": "letter", "thông điệp": "message", "quốc thư": "credentials",
    "trình quốc thư": "presented credentials", "đặc mệnh toàn quyền": "plenipotentiary",
    "lãnh sự quán": "consulate", "tổng lãnh sự quán": "consulate general", "bảo hộ công dân": "consular protection",
    "công dân": "citizens", "người nước ngoài": "foreigners", "nhập cảnh": "entry", "xuất cảnh": "exit",
    "miễn thị thực": "visa free", "hộ chiếu": "passport", "liên hợp quốc": "united nations",
    "hội đồng bảo an": "security council", "tổ chức hợp tác thượng hải": "shanghai cooperation organisation",
    "hội nhập": "integration", "toàn cầu": "global", "thế giới": "world", "lập trường": "position",
    "quan điểm": "views", "phản đối": "opposed", "lên án": "condemned", "đàm phán": "negotiations",
    "giải pháp": "solution", "ổn định": "stability", "liên minh": "alliance", "đồng minh": "allies",
    "tin cậy": "trust", "lòng tin": "trust", "hiểu biết": "understanding", "đoàn kết": "solidarity",
    "biết ơn": "gratitude", "lòng biết ơn": "gratitude", "ngày quốc khánh": "national day", "lễ quốc khánh": "national day",
    "độc lập": "independence", "giải phóng": "liberation", "vệ quốc": "patriotic", "phát xít": "fascism",
    "quan trọng": "important", "tầm quan trọng": "importance", "ý nghĩa": "significance", "chủ đề": "theme",
    "nội dung": "content", "tham gia": "participate", "góp phần": "contribute", "phối hợp": "coordination",
    "kết nối": "connectivity", "kỳ vọng": "expected", "lợi ích": "benefits",
    # law, justice, police
    "tư pháp": "justice", "bộ tư pháp": "justice ministry", "bộ trưởng tư pháp": "justice minister",
    "tòa án": "court", "tòa án tối cao": "supreme court", "tòa án nhân dân tối cao": "supreme people court",
    "viện kiểm sát": "procuracy", "viện kiểm sát nhân dân tối cao": "supreme people procuracy", "tối cao": "supreme",
    "công an": "police", "cảnh sát": "police", "pháp luật": "law", "pháp lý": "legal", "hình sự": "criminal",
    "dẫn độ": "extradition", "tương trợ tư pháp": "legal assistance", "điều tra": "investigation",
    "bắt giữ": "arrested", "xét xử": "trial", "ma túy": "drugs", "buôn lậu": "smuggling", "tham nhũng": "corruption",
    "rửa tiền": "money laundering", "tội phạm mạng": "cybercrime", "kiểm toán": "audit", "luật sư": "lawyers",
    # defence
    "bộ tổng tham mưu": "general staff", "tổng tham mưu trưởng": "chief of general staff", "quân khu": "military region",
    "bộ đội": "troops", "binh sĩ": "soldiers", "quân nhân": "servicemen", "cựu chiến binh": "veterans",
    "liệt sĩ": "martyrs", "chiến sĩ": "soldiers", "lực lượng vũ trang": "armed forces", "lực lượng": "forces",
    "xe tăng": "tanks", "máy bay chiến đấu": "fighter jets", "trực thăng": "helicopters", "tên lửa": "missiles",
    "bom mìn": "mines", "rà phá bom mìn": "demining", "gìn giữ hòa bình": "peacekeeping", "diễn tập": "exercises",
    "cảnh sát biển": "coast guard", "biên phòng": "border guard", "bộ đội biên phòng": "border guard",
    "tàu hộ vệ": "frigate", "cập cảng": "docked", "công nghiệp quốc phòng": "defence industry",
    # economy, trade, farming
    "ngân sách": "budget", "lạm phát": "inflation", "thặng dư": "surplus", "thâm hụt": "deficit",
    "lợi nhuận": "profit", "cổ phần": "stake", "cổ phiếu": "shares", "quỹ": "fund", "quỹ đầu tư": "investment fund",
    "khoản vay": "loan", "vay": "loan", "nợ": "debt", "giá": "price", "giá cả": "prices", "việc làm": "jobs",
    "thất nghiệp": "unemployment", "thu nhập": "income", "ngoại tệ": "foreign currency", "tỷ giá": "exchange rate",
    "rào cản": "barriers", "xuất siêu": "trade surplus", "nhập siêu": "trade deficit", "khu kinh tế": "economic zone",
    "bất động sản": "real estate", "bảo hiểm": "insurance", "hợp tác xã": "cooperative", "nông dân": "farmers",
    "gạo": "rice", "lúa gạo": "rice", "cao su": "rubber", "hạt điều": "cashew", "hồ tiêu": "pepper", "chè": "tea",
    "thịt": "meat", "sữa": "milk", "phân bón": "fertiliser", "lúa mì": "wheat", "ngũ cốc": "grain", "gỗ": "timber",
    "điện tử": "electronics", "điện thoại": "phones", "máy móc": "machinery", "thiết bị": "equipment",
    "linh kiện": "components", "công nghệ cao": "high tech", "đổi mới sáng tạo": "innovation", "khởi nghiệp": "startups",
    "thương hiệu": "brand", "siêu thị": "supermarket", "bán lẻ": "retail", "doanh nhân": "businesspeople",
    "đơn hàng": "orders", "giấy phép": "licence", "cấp phép": "licensed", "giải ngân": "disbursed",
    "thương mại điện tử": "e commerce", "số hóa": "digitalisation", "nền tảng": "platform", "ứng dụng": "application",
    "phần mềm": "software", "dữ liệu": "data", "phát triển bền vững": "sustainable development", "bền vững": "sustainable",
    "số lượng": "number", "con số": "figure", "số": "number",
    # energy, environment, transport
    "năng lượng nguyên tử": "atomic energy", "nguyên tử": "atomic", "lò phản ứng": "reactor",
    "điện năng": "electricity", "than": "coal", "khí thiên nhiên": "natural gas", "xăng dầu": "petroleum",
    "lọc dầu": "refinery", "nhà máy lọc dầu": "oil refinery", "đường ống": "pipeline", "phát thải": "emissions",
    "biến đổi khí hậu": "climate change", "khí hậu": "climate", "môi trường": "environment", "tài nguyên": "resources",
    "khoáng sản": "minerals", "đất hiếm": "rare earths", "tàu hỏa": "train", "đường bộ": "road", "tàu biển": "ships",
    "tàu": "ship", "hành khách": "passengers", "tàu điện ngầm": "metro", "đường sắt đô thị": "metro",
    "đường cao tốc": "expressway", "cao tốc": "expressway", "cầu": "bridge", "vận tải hàng hóa": "freight",
    # science, education, heritage
    "nhà nghiên cứu": "researchers", "phòng thí nghiệm": "laboratory", "thí nghiệm": "experiment",
    "vệ tinh": "satellite", "công nghệ sinh học": "biotechnology", "sáng chế": "patent", "thạc sĩ": "master",
    "cử nhân": "bachelor", "tốt nghiệp": "graduated", "cựu sinh viên": "alumni", "khoa": "faculty",
    "giáo trình": "textbooks", "sách giáo khoa": "textbooks", "du học": "study abroad", "học tập": "study",
    "năm học": "academic year", "kỳ thi": "exam", "tập huấn": "training", "huấn luyện": "training",
    "bảo tàng": "museum", "thư viện": "library", "di sản": "heritage", "di tích": "relic", "tư liệu": "materials",
    # health and relief
    "bệnh nhân": "patients", "điều trị": "treatment", "phẫu thuật": "surgery", "y tá": "nurses", "bệnh": "disease",
    "xét nghiệm": "tests", "khẩu trang": "masks", "ung thư": "cancer", "cứu trợ": "relief", "nhân đạo": "humanitarian",
    "chữ thập đỏ": "red cross",
    # culture and media
    "nhà hát": "theatre", "ba lê": "ballet", "múa ba lê": "ballet", "ca sĩ": "singer", "bài hát": "song", "nhạc sĩ": "composer",
    "hội họa": "painting", "họa sĩ": "painters", "tranh": "paintings", "nhiếp ảnh": "photography", "bức ảnh": "photos",
    "ảnh": "photos", "nhà văn": "writers", "tác giả": "author", "tác phẩm": "works", "nhà thơ": "poet", "thơ": "poetry",
    "ẩm thực": "cuisine", "món ăn": "dishes", "tuần lễ": "week", "bản dịch": "translation", "phiên dịch": "interpreter",
    "nhà báo": "journalists", "phóng viên": "reporters", "tổng biên tập": "editor in chief", "biên tập viên": "editor",
    "báo": "newspaper", "tờ báo": "newspaper", "bài báo": "article", "bài viết": "article", "xuất bản": "published",
    "sách": "books", "cuốn sách": "book", "truyền hình": "television", "đài truyền hình": "television",
    "phát thanh": "radio", "phát sóng": "broadcast", "lượt xem": "views", "người xem": "viewers", "khán giả": "audience",
    # sport
    "quyền anh": "boxing", "võ thuật": "martial arts", "bơi lội": "swimming", "điền kinh": "athletics",
    "cờ vua": "chess", "bóng chuyền": "volleyball", "bóng rổ": "basketball", "quần vợt": "tennis",
    "vận động viên": "athletes", "huấn luyện viên": "coach", "đội tuyển": "team", "đội": "team", "giải đấu": "tournament",
    "giải vô địch": "championship", "vô địch": "champion", "huy chương vàng": "gold medal",
    "huy chương bạc": "silver medal", "huy chương đồng": "bronze medal", "thi đấu": "compete", "trận đấu": "match",
    "cuộc thi": "contest", "thế vận hội": "olympics",
    # local government
    "xã": "commune", "phường": "ward", "thị xã": "town", "thị trấn": "township",
}
# measures a reader asks about ("tượng nặng bao nhiêu", "cao bao nhiêu mét"): "mét" would fold to
# the English "met" and read as a meeting
VI_CONTENT |= {
    "nặng bao nhiêu": "how heavy", "cao bao nhiêu": "how tall", "bao xa": "how far", "mét": "metres",
    "trọng lượng": "weight", "chiều cao": "height", "chất liệu": "material", "làm bằng": "made of",
    "dân số": "population", "công suất": "capacity", "khoảng cách": "distance", "ki lô mét": "kilometres",
}
# one-syllable words that fold like a common family or given name ("Trương Tấn Sang", "Quân",
# "Tường"): read only in a question written with diacritics, where names are capitalised (typed
# without any, "truong tan sang" may be a name in lower case); folded
VI_WRITTEN_ONLY = {"sang", "truong", "quan", "tuong", "nguyen", "vo", "thu", "quy", "gia", "khoa", "anh", "bao",
                   "chong", "bau", "tau", "cau", "than", "no", "xa", "go", "che", "tran", "thang", "tien", "tan",
                   "luong", "tong", "hai", "tung", "bo"} | VI_NEWS_WRITTEN_ONLY | VI_TAIL_WRITTEN_ONLY \
    | VI_COMMON_WRITTEN_ONLY | VI_SOCIETY_WRITTEN_ONLY | VI_EVENTS_WRITTEN_ONLY | VI_GAPS_WRITTEN_ONLY \
    | VI_DAILY_WRITTEN_ONLY | VI_SECTORS_WRITTEN_ONLY | VI_OFFICES_WRITTEN_ONLY | VI_ACTS_WRITTEN_ONLY \
    | VI_READER_WRITTEN_ONLY | VI_INCIDENTS_WRITTEN_ONLY | VI_STREET_WRITTEN_ONLY | VI_PLAIN_WRITTEN_ONLY
# one-syllable words that head an institution and are no one's name ("Hội" association, "Sở"
# department, "Viện" institute), countries, and a named day ("Ngày Việt Nam", "Ngày Khoa học"):
# read as written with diacritics even when capitalised
VI_NEVER_NAMES = {"hội", "cục", "sở", "viện", "phường", "huyện", "quận", "bộ", "pháp", "úc", "đảng", "tỉnh",
                  "ngày"}
VI_CONTENT |= VI_MORE
VI_CONTENT |= {k: v for k, v in VI_ASKED.items() if k not in VI_CONTENT}
VI_CONTENT |= {k: v for k, v in VI_NEWS.items() if k not in VI_CONTENT}
VI_CONTENT |= {k: v for k, v in VI_TAIL.items() if k not in VI_CONTENT}
VI_CONTENT |= {k: v for k, v in VI_COMMON.items() if k not in VI_CONTENT}
VI_CONTENT |= {k: v for k, v in VI_SOCIETY.items() if k not in VI_CONTENT}
VI_CONTENT |= {k: v for k, v in VI_WIDE.items() if k not in VI_CONTENT}
VI_CONTENT |= {k: v for k, v in VI_EVENTS.items() if k not in VI_CONTENT}
VI_CONTENT |= {k: v for k, v in VI_GAPS.items() if k not in VI_CONTENT}
VI_CONTENT |= {k: v for k, v in VI_DAILY.items() if k not in VI_CONTENT}
VI_CONTENT |= {k: v for k, v in VI_SECTORS.items() if k not in VI_CONTENT}
VI_CONTENT |= {k: v for k, v in VI_ACTS.items() if k not in VI_CONTENT}
VI_CONTENT |= {k: v for k, v in VI_READER.items() if k not in VI_CONTENT}
VI_CONTENT |= {k: v for k, v in VI_INCIDENTS.items() if k not in VI_CONTENT}
VI_CONTENT |= VI_NOUN_PHRASES
VI_CONTENT |= {k: v for k, v in VI_EVERYDAY.items() if k not in VI_CONTENT}
VI_CONTENT |= {k: v for k, v in VI_ARTS.items() if k not in VI_CONTENT}
VI_CONTENT |= {k: v for k, v in VI_STREET.items() if k not in VI_CONTENT}
VI_CONTENT |= {k: v for k, v in VI_PLAIN.items() if k not in VI_CONTENT}
# a misreading of the older tables is replaced ("nghị định thư", "mét khối" had none: read word by word)
VI_CONTENT |= VI_OFFICES
