# one-off helper that writes questions.json (kept for transparency)
import json
A1, A2, A3, A4 = "101_health_moscow.txt", "102_hanoi_moscow_mayor.txt", "103_energy_vungtau.txt", "104_defence_call.txt"
L, T = "line", "text"
def q(question, kind, must, cite, lang="en", scope=L, must_not=()):
    return dict(question=question, kind=kind, lang=lang, must_contain=list(must),
                must_not_contain=list(must_not), must_cite=cite, scope=scope)
def d(question, kind="decline", lang="en"):
    return dict(question=question, kind=kind, lang=lang, expect_decline=True)
SEP13 = "2023-09-13 | september 13 | 13 september"
MAR21 = "2024-03-21 | march 21 | 21 march"
DEC4 = "2024-12-04 | december 4 | 4 december"
Q = [
 q("Who did Dao Hong Lan meet in Moscow?", "whom", ["murashko"], A1),
 q("Who did the Mayor of Moscow receive?", "role", ["sy thanh"], A2),
 q("Who met Pavel Sorokin in Vung Tau on Tuesday?", "who", ["quoc vuong"], A3, must_not=["van tho"]),
 q("Who did Phan Van Giang talk with on the phone?", "whom", ["belousov"], A4),
 q("When did Dao Hong Lan meet Mikhail Murashko?", "when", [SEP13], A1),
 q("When did Sobyanin receive Tran Sy Thanh?", "when", [MAR21], A2),
 q("When did Phan Van Giang speak with Andrei Belousov by phone?", "when", [DEC4], A4),
 q("Where did Dao Hong Lan hold talks with Murashko?", "where", ["moscow"], A1, must_not=["ha noi", "hanoi"]),
 q("Where did Pavel Sorokin meet Hoang Quoc Vuong?", "where", ["vung tau"], A3),
 q("On what occasion did Sobyanin receive Tran Sy Thanh?", "occasion", ["30th anniversary"], A2),
 q("On what occasion did Phan Van Giang call Andrei Belousov?", "occasion", ["80th anniversary"], A4),
 q("On what occasion did Pavel Sorokin visit Vietsovpetro?", "occasion", ["42nd anniversary"], A3),
 q("What did Murashko say about nuclear medicine?", "said", ["nuclear medicine and cancer treatment"], A1, scope=T),
 q("What did Hoang Quoc Vuong say?", "said", ["four decades | 250 million tonnes | favourable conditions"], A3, scope=T),
 q("What did Tran Sy Thanh say about the metro?", "said", ["metro lines"], A2, scope=T),
 q("What did Sorokin say about liquefied natural gas?", "said", ["liquefied natural gas"], A3, scope=T),
 q("What did Dao Hong Lan and Murashko agree on?", "agree", ["working group on vaccine production"], A1, scope=T),
 q("What did Phan Van Giang and Belousov agree on?", "agree", ["strategic defence dialogue"], A4, scope=T),
 q("Did Dao Hong Lan visit the Gamaleya Center?", "visit", ["gamaleya | september 12 | 12 september | 2023-09-12"], A1),
 q("Did Pavel Sorokin visit the White Tiger oil field?", "visit", ["white tiger | may 15 | 15 may | 2023-05-15"], A3),
 q("Who did Sobyanen receive in Moscow?", "typo", ["sy thanh"], A2),
 q("Who did Belousv talk to by phone?", "typo", ["van giang"], A4),
 q("Who did the Russian Deputy Minister of Energy meet in Vung Tau?", "role", ["quoc vuong"], A3),
 q("What did the Vietnamese defence minister say about Russia?", "role",
   ["traditional friendship | deepen their defence cooperation | training thousands"], A4, scope=T),
 # Vietnamese
 q("Đào Hồng Lan gặp ai ở Moscow?", "whom", ["murashko"], A1, lang="vi"),
 q("Phan Văn Giang điện đàm với ai?", "whom", ["belousov"], A4, lang="vi"),
 q("Pavel Sorokin đã nói gì về Vietsovpetro?", "said", ["symbol of the effective energy cooperation"], A3, lang="vi", scope=T),
 d("Đào Hồng Lan gặp Tổng thống Putin khi nào?", lang="vi"),
 # Russian
 q("С кем встречался Мурашко в Москве?", "whom", ["hong lan"], A1, lang="ru"),
 q("Когда Собянин принял председателя народного комитета Ханоя?", "when", [MAR21], A2, lang="ru"),
 q("Что сказал Белоусов о Вьетнаме?", "said", ["reliable partner"], A4, lang="ru", scope=T),
 d("Что сказал Мурашко об Украине?", lang="ru"),
 # declines (English)
 d("When did Tran Sy Thanh meet Vladimir Putin?"),
 d("Did Sobyanin visit Hanoi?"),
 d("Who did Nguyen Thi Mai Anh meet in Moscow?"),
 d("What did Phan Van Giang say about oil and gas?"),
 d("When did Pavel Sorokin meet Sergei Sobyanin?"),
 d("What is the weather in Vung Tau today?"),
 d("Did Phan Van Giang visit Moscow?"),
 d("What did Hoang Quoc Vuong say about vaccines?"),
]
assert len(Q) == 40, len(Q)
assert sum(1 for x in Q if x.get("expect_decline")) >= 10
json.dump(Q, open("questions.json", "w"), ensure_ascii=False, indent=1)
print(len(Q))
