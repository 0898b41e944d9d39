"""Writes questions.json (kept as code so the expectations are easy to review)."""
import json
from pathlib import Path

A, B, C, D, E = ("eval3_a_primorsky.txt", "eval3_b_security.txt", "eval3_c_agri.txt",
                 "eval3_d_pm_video.txt", "eval3_e_ambassador.txt")
YEARS = ["2019", "2020", "2021", "2022", "2023", "2024", "2025"]


def d(iso, day, month, year):
    return " | ".join([iso, f"{day} {month} {year}", f"{month} {day} {year}",
                       f"{day} {month[:3]} {year}", f"{month[:3]} {day} {year}"])


def q(question, kind, must=(), cite=None, lang="en", must_not=()):
    return {"question": question, "kind": kind, "lang": lang, "must_contain": list(must),
            "must_not_contain": list(must_not), "must_cite": cite}


def no(question, kind="decline", lang="en"):
    return {"question": question, "kind": kind, "lang": lang, "expect_decline": True}


Q = [
    # --- A: Primorsky governor in Quang Ninh (2023-09-14; meeting Wednesday = 2023-09-13)
    q("Who did Oleg Kozhemyako meet in Quang Ninh?", "who_met", ["Nguyen Xuan Ky"], A),
    q("When did Nguyen Xuan Ky receive the Primorsky governor?", "when",
      [d("2023-09-13", 13, "september", 2023)], A),
    q("Where did the Governor of Primorsky Krai meet the Quang Ninh Party Secretary?", "where",
      ["Ha Long"], A),
    q("On what occasion did Kozhemyako visit Quang Ninh?", "occasion", ["15th anniversary"], A),
    q("What did Kozhemyako say about education?", "said_about",
      ["scholarships | Far Eastern Federal University | priority"], A),
    q("What did Nguyen Xuan Ky and Oleg Kozhemyako agree on?", "agree",
      ["memorandum of understanding"], A),
    q("Who did Kozhemiako meet?", "typo", ["Nguyen Xuan Ky | Cao Tuong Huy"], A),
    q("Did Oleg Kozhemyako visit Quang Ninh?", "visit", ["Quang Ninh"], A),
    # --- B: To Lam in Moscow (2023-10-25; Patrushev Tuesday = 10-24; Kolokoltsev Monday = 10-23)
    q("Who did To Lam meet in Moscow?", "who_met", ["Patrushev"], B),
    q("Who did the Russian security chief meet?", "role", ["To Lam"], B),
    q("When did To Lam hold talks with Nikolai Patrushev?", "when",
      [d("2023-10-24", 24, "october", 2023)], B),
    q("On what occasion did To Lam and Patrushev hold talks?", "occasion",
      ["strategic security dialogue"], B),
    q("What did Nikolai Patrushev say about Russian tourists?", "said_about",
      ["safety | Khanh Hoa | Kien Giang"], B),
    q("What did To Lam and Kolokoltsev agree on?", "agree",
      ["drug trafficking | training officers"], B),
    q("What did Nikolai Patrushef say about information security?", "typo",
      ["critical infrastructure"], B),
    # --- C: Russian Agriculture Minister in HCM City (2024-04-12; opening April 11)
    q("Who did Dmitry Patrushev meet in Ho Chi Minh City?", "who_met", ["Phan Thi Thang"], C),
    q("When did Dmitry Patrushev attend the opening of the trade fair in HCM City?", "when",
      [d("2024-04-11", 11, "april", 2024)], C),
    q("What did Phan Thi Thang say about two-way trade?", "said_about", ["3.6 billion"], C),
    q("What did Dmitry Patrushev and Phan Thi Thang agree on?", "agree",
      ["quarantine | each other's markets"], C),
    q("What did the Deputy Minister of Industry and Trade say about the Eurasian Economic Union?",
      "role", ["rice | coffee | cashew | favourable conditions"], C),
    # --- D: PM video conference (2020-12-09; Tuesday = 2020-12-08)
    q("Who did Nguyen Xuan Phuc hold talks with?", "who_met", ["Mishustin"], D),
    q("When did Mishustin hold a video conference with Nguyen Xuan Phuc?", "when",
      [d("2020-12-08", 8, "december", 2020)], D),
    q("Since when have Vietnam and Russia had diplomatic relations?", "since", ["1950"], D),
    q("What did Mishustin say about ASEAN?", "said_about", ["ASEAN Chair"], D),
    # --- E: new ambassador, no date anywhere (Monday cannot be resolved)
    q("Who received Ambassador Dang Minh Khoi in Moscow?", "who_met", ["Rudenko"], E),
    q("When did Andrey Rudenko receive Dang Minh Khoi?", "when_undated", ["Monday"], E,
      must_not=YEARS),
    q("On what occasion did Dang Minh Khoi meet Rudenko?", "occasion", ["credentials"], E),
    # --- Vietnamese
    q("Ai đã gặp Tô Lâm ở Moscow?", "who_met", ["Patrushev | Kolokoltsev"], B, lang="vi"),
    q("Oleg Kozhemyako đã gặp ai ở Quảng Ninh?", "who_met", ["Nguyen Xuan Ky"], A, lang="vi"),
    q("Tô Lâm gặp Nikolai Patrushev khi nào?", "when", [d("2023-10-24", 24, "october", 2023)],
      B, lang="vi"),
    q("Dmitry Patrushev gặp Thứ trưởng Phan Thị Thắng ở đâu?", "where",
      ["HCM City | Ho Chi Minh | Saigon"], C, lang="vi"),
    q("Thủ tướng Mishustin nói gì về ASEAN?", "said_about", ["ASEAN Chair"], D, lang="vi"),
    # --- Russian
    q("Кто встретился с Олегом Кожемяко?", "who_met", ["Nguyen Xuan Ky | Cao Tuong Huy"], A,
      lang="ru"),
    q("С кем встречался То Лам в Москве?", "who_met", ["Patrushev | Kolokoltsev"], B, lang="ru"),
    q("Когда Мишустин провёл переговоры с Нгуен Суан Фуком?", "when",
      [d("2020-12-08", 8, "december", 2020)], D, lang="ru"),
    q("Где Дмитрий Патрушев встретился с Фан Тхи Тханг?", "where",
      ["HCM City | Ho Chi Minh | Saigon"], C, lang="ru"),
    q("Что сказал Андрей Руденко?", "said",
      ["important partner | best possible conditions | United Nations"], E, lang="ru"),
    no("Что сказал Николай Патрушев об Украине?", lang="ru"),
    # --- must be declined
    no("When did Oleg Kozhemyako meet Vladimir Putin?"),
    no("Who did Nikolai Patrushev meet in Hanoi?"),
    no("What did Sergei Shoigu say about Vietnam?"),
    no("What did Mishustin say about Ukraine?"),
    no("What did Phan Thi Thang say about nuclear energy?"),
    no("Did To Lam visit Vladivostok?"),
    no("Did Nguyen Xuan Phuc visit Moscow?"),
    no("What is the weather in Da Nang tomorrow?"),
    no("How do I cook pho?"),
    no("Who did Pham Minh Chinh meet in Sakhalin?"),
    no("What did Dang Minh Khoi and Sergey Lavrov agree on?"),
    no("When did Andrey Rudenko visit Ha Long Bay?"),
]

assert len(Q) == 50, len(Q)
assert sum(1 for x in Q if x.get("expect_decline")) >= 12
Path(__file__).with_name("questions.json").write_text(
    json.dumps(Q, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(Q), "questions")
