import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { type DateMention, findDates } from "../src/extract/dates.js";
import { extractArticle } from "../src/extract/index.js";

const MONDAY = "2020-06-22"; // a Monday

function dates(
  sentence: string,
  published: string | null = MONDAY,
  locale: "en" | "fr" = "en",
): DateMention[] {
  return findDates(sentence, 0, sentence.length, published, locale);
}
function one(sentence: string, published: string | null = MONDAY, locale: "en" | "fr" = "en"): DateMention {
  const found = dates(sentence, published, locale);
  assert.equal(
    found.length,
    1,
    `one date expected in ${JSON.stringify(sentence)}, got ${JSON.stringify(found)}`,
  );
  return found[0];
}
function check(
  sentence: string,
  date: string,
  precision: 1 | 2 | 3,
  published = MONDAY,
  locale: "en" | "fr" = "en",
) {
  const m = one(sentence, published, locale);
  assert.equal(m.date, date, sentence);
  assert.equal(m.precision, precision, sentence);
  return m;
}

describe("findDates: weekdays never land after publication", () => {
  it("resolves plain and qualified weekdays backwards", () => {
    check("Thousands marched in the capital on Friday to demand his resignation.", "2020-06-19", 1);
    check("Gunmen stormed the village on Friday evening, residents said.", "2020-06-19", 1);
    check("Six people were killed by armed men overnight Saturday near the border.", "2020-06-20", 1);
    check("Militants attacked the base last Thursday.", "2020-06-18", 1);
    check("Police fired tear gas on Tuesday night.", "2020-06-16", 1);
    check("The town fell in the early hours of Saturday.", "2020-06-20", 1);
    check("The attack took place late Sunday.", "2020-06-21", 1);
  });
  it("marks weekdays and yesterday as relative and a same-day weekday as that day", () => {
    const m = check("The army said on Monday that the camp was retaken.", "2020-06-22", 1);
    assert.equal(m.relative, true);
    assert.equal(m.explicitYear, false);
    assert.equal(m.future, false);
  });
  it("flags plans as future", () => {
    const m = check("The opposition will march again next Friday.", "2020-06-26", 1);
    assert.equal(m.future, true);
  });
  it("returns absolute offsets inside the sentence bounds", () => {
    const text = "First sentence on Monday. Rebels seized the town on Friday. Last on Sunday.";
    const start = text.indexOf("Rebels");
    const end = text.indexOf(" Last");
    const found = findDates(text, start, end, MONDAY);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), found[0].text);
    assert.equal(found[0].text, "on Friday");
  });
});

describe("findDates: month-days and written dates", () => {
  it("reads month-days without a year in the publication year", () => {
    check("It was the second mass protest, after crowds gathered on June 5.", "2020-06-05", 1);
    check("In another incident, on February 7, soldiers combed houses in the village.", "2020-02-07", 1);
    check("The 14 April car bomb attack targeted the camp.", "2020-04-14", 1);
  });
  it("moves a month-day well after publication to last year, keeps a near one as future", () => {
    const past = check("A man was lynched by a mob on December 30.", "2018-12-30", 1, "2019-01-04");
    assert.equal(past.future, false);
    const near = check("A new rally is planned for June 25.", "2020-06-25", 1);
    assert.equal(near.future, true);
  });
  it("reads full dates with an explicit year", () => {
    const m = check("On March 23, 2019, a militia massacred villagers.", "2019-03-23", 1);
    assert.equal(m.explicitYear, true);
    assert.equal(m.relative, false);
    check("The accord was signed on 19 June 2020 in the capital.", "2020-06-19", 1);
    check("The report is dated 2020-06-19.", "2020-06-19", 1);
    check("Tension has been high since Friday 16 January 2015 in the country.", "2015-01-16", 1);
  });
  it("reads slashed dates day first", () => {
    check("The group claimed the attack on 26/12.", "2019-12-26", 1, "2020-01-04");
  });
  it("does not take a count after a comma for a year", () => {
    const m = check(
      "On February 26, 17 villagers were killed by a booby-trapped corpse.",
      "2019-02-26",
      1,
      "2019-02-26",
    );
    assert.equal(m.text, "February 26");
  });
  it("reads a month-day after a plan word as the next one", () => {
    const m = check("The talks were suspended until January 10.", "2017-01-10", 1, "2016-12-19");
    assert.equal(m.future, true);
  });
  it("reads the day of the current month", () => {
    check("Clashes erupted on the 14th and lasted two days.", "2020-06-14", 1);
  });
});

describe("findDates: periods", () => {
  it("relative days", () => {
    check("Two soldiers were killed yesterday in the north.", "2020-06-21", 1);
    check("Protesters gathered again today in the square.", "2020-06-22", 1);
    check("The convoy was ambushed two days ago.", "2020-06-20", 1);
    check("The convoy was ambushed three days ago.", "2020-06-19", 1);
    check("The convoy was ambushed several days ago.", "2020-06-19", 2);
  });
  it("weeks and weekends (precision 2)", () => {
    check("Last week, the rebels claimed responsibility for a roadside bombing.", "2020-06-15", 2);
    const m = check("Fighting flared earlier this week around the city.", "2020-06-22", 2);
    assert.equal(m.relative, true);
    check("Last weekend, the army killed a rebel commander.", "2020-06-20", 2, MONDAY);
    check("Last weekend, the army killed a rebel commander.", "2021-10-30", 2, "2021-11-04");
  });
  it("months (precision 3, first of month)", () => {
    check("The junta took power last month.", "2020-05-01", 3);
    check("In February, the government announced more troops.", "2020-02-01", 3);
    check("Fighting erupted in mid-December between rival units.", "2013-12-01", 3, "2014-01-24");
    check("Hostages were taken in September 2010 near Arlit.", "2010-09-01", 3);
  });
  it("nights spanning two days and short ranges", () => {
    check("On the night of May 11 to 12, a house was destroyed.", "2020-05-11", 1);
    check("The operation ran between 3 and 5 March in the forest.", "2020-03-03", 2);
    check("Operations from 8 to 15 March 2022 neutralised one fighter.", "2022-03-08", 2, "2022-03-16");
    check("Talks were held between May 3 and May 5 in the capital.", "2020-05-03", 2);
    check(
      "Overnight between 24 and 25 March 2020, militiamen abducted two men.",
      "2020-03-24",
      1,
      "2020-03-26",
    );
  });
  it("years alone", () => {
    const m = check("The violent protests broke out in 2019 in the capital.", "2019-01-01", 3);
    assert.equal(m.yearOnly, true);
    assert.equal(m.explicitYear, true);
  });
  it("counts whole days told in hours ('48 hours earlier', 'il y a 48 heures'), never a part of one", () => {
    assert.equal(
      one("Two soldiers had died 48 hours earlier when their truck hit a mine.", "2025-04-25")
        .anchorOffsetDays,
      -2,
    );
    assert.equal(
      dates("The fighting lasted 36 hours earlier in the week.", "2025-04-25").some(
        (d) => d.anchorOffsetDays === -1.5,
      ),
      false,
    );
  });
  it("anchors 'two days earlier' on the sentence's other date", () => {
    const found = dates(
      "On May 5, troops recaptured the district seized in an attack two days earlier.",
      "2018-05-08",
    );
    assert.equal(found.length, 2);
    assert.equal(found[1].date, "2018-05-03");
    assert.equal(found[1].anchorOffsetDays, -2);
    assert.equal(found[1].anchored, "sentence");
    const alone = one("The following day, four people suffered gunshot wounds.", "2021-11-26");
    assert.equal(alone.anchorOffsetDays, 1);
    assert.equal(alone.anchored, "publication");
  });
  it("reads a night whose two days carry their weekdays ('dans la nuit de dimanche 9 à lundi 10 mars'), past midnight at '1h30'", () => {
    const fr = dates(
      "Les violences ont commencé dans la nuit de dimanche 9 à lundi 10 mars.",
      "2025-03-17",
      "fr",
    );
    assert.equal(fr.length, 1, JSON.stringify(fr));
    assert.equal(fr[0].date, "2025-03-09");
    const en = dates("The violence began on the night of Sunday 9 to Monday 10 March.", "2025-03-17");
    assert.equal(en.length, 1, JSON.stringify(en));
    assert.equal(en[0].date, "2025-03-09");
    const late = dates(
      "Dans la nuit du samedi 17 au dimanche 18 août 2024, vers 1h30, des gendarmes ont été pris à partie.",
      "2024-08-19",
      "fr",
    );
    assert.equal(late[0].date, "2024-08-18");
  });
  it("'had agreed to meet ... from March 24 to 28' in February is the coming March", () => {
    const m = one(
      "The two panels had agreed to meet in the Norwegian capital from March 24 to 28.",
      "2025-02-20",
    );
    assert.equal(m.date, "2025-03-24");
    assert.equal(m.future, true);
  });
  it("'Earlier on Friday' is Friday, not the day of publication", () => {
    check("Earlier on Friday, army forces retook the village of Gololey.", "2025-06-20", 1, "2025-06-21");
  });
  it("never counts 'the same day' from the start of a situation ('on strike since Monday', 'en grève depuis lundi')", () => {
    for (const [text, locale] of [
      ["The same day in Kaolack, dock workers, on strike since Monday, set up a picket line.", "en"],
      ["Le même jour, à Kaolack, les dockers, en grève depuis lundi, ont installé un piquet.", "fr"],
    ] as const) {
      const found = dates(text, "2025-02-13", locale);
      assert.equal(found[0].anchored, "publication", text);
    }
  });
});

describe("findDates: what is not a date", () => {
  for (const s of [
    "Troops arrived at 8am and left at 3:40 p.m.",
    "The fighting lasted three months.",
    "He wanted to extend his 27-year rule.",
    "A 53-year-old man was lynched by a mob.",
    "The unrest recalled the 1990s.",
    "More than five weeks of fighting divided the country.",
    "They may march to the palace.",
  ]) {
    it(s, () => assert.deepEqual(dates(s), []));
  }
  it("without a publication date keeps only dates with a year", () => {
    assert.deepEqual(dates("Rebels attacked on Friday.", null), []);
    assert.equal(one("Rebels attacked on March 23, 2019.", null).date, "2019-03-23");
  });
});

describe("findDates: French", () => {
  it("reads French wording", () => {
    check("Le 9 décembre en début de soirée, deux avions ont frappé.", "2019-12-09", 1, "2019-12-19", "fr");
    check(
      "Dans la nuit du 14 au 15 décembre, une opération a été montée.",
      "2019-12-14",
      1,
      "2019-12-19",
      "fr",
    );
    check("Quatre personnes ont été tuées mardi dans le village.", "2019-08-27", 1, "2019-08-28", "fr");
    check("Des gendarmes ont été attaqués samedi dernier au marché.", "2022-06-11", 1, "2022-06-13", "fr");
    // ("samedi prochain": the coming Saturday, a day after publication)
    const next = one("Une marche est prévue samedi prochain à Lomé.", "2025-09-17", "fr");
    assert.equal(next.date, "2025-09-20");
    assert.equal(next.future, true);
    check(
      "Début mars, de violents combats ont opposé les deux groupes.",
      "2022-03-01",
      3,
      "2022-03-16",
      "fr",
    );
    check("Les troupes étaient intervenues en janvier 2013.", "2013-01-01", 3, "2015-02-20", "fr");
    check("Hier, des manifestants ont érigé des barricades.", "2020-08-12", 1, "2020-08-13", "fr");
    check(
      "La semaine dernière, des hommes armés ont incendié l'hôpital.",
      "2022-06-06",
      2,
      "2022-06-13",
      "fr",
    );
  });
});

// Dev corpus check: reads ../shared at test time (texts are never copied into the project).
const corpus = new URL("../../shared/corpus/dev/", import.meta.url);
describe("findDates on the dev corpus", { skip: !existsSync(corpus) && "../shared is absent" }, () => {
  it("finds the gold date in the supporting sentence of most gold events", () => {
    let total = 0;
    let found = 0;
    for (const file of ["seed-mali-2020-06-22.jsonl", "articles-en.jsonl", "articles-fr.jsonl"]) {
      for (const line of readFileSync(new URL(file, corpus), "utf8").split("\n")) {
        if (!line.trim()) continue;
        const a = JSON.parse(line);
        for (const ev of a.events) {
          if (!ev.event_date || !ev.quote) continue;
          const quote: string = ev.quote.split(/ \.\.\. | \[\.\.\.\] /)[0];
          const at = a.text.indexOf(quote.slice(0, 60));
          if (at < 0) continue;
          total++;
          const ds = findDates(a.text, at, at + quote.length, a.published, a.language);
          if (ds.some((d) => d.date === ev.event_date)) found++;
        }
      }
    }
    // Measured: 68 of 92 (the rest have no date in the sentence itself).
    assert.ok(found / total >= 0.7, `gold date found for ${found}/${total}`);
  });
});

describe("dates counted from another date", () => {
  it("'later' counts from a date told before it, never from one told after", () => {
    const ds = dates("Soldiers came back two days later to the village on March 4, witnesses said.");
    const later = ds.find((d) => d.anchorOffsetDays === 2);
    assert.ok(later);
    assert.equal(later.anchored, "publication");
    const ds2 = dates("Gunmen struck on March 4 and came back two days later.");
    assert.equal(ds2.find((d) => d.anchorOffsetDays === 2)?.date, "2020-03-06");
  });
});

describe("dates counted from an event named by a noun", () => {
  it("'two days before the blast, gunmen abducted ...': a count from an event named by a noun dates the clause it opens", () => {
    const events = extractArticle({
      id: "t",
      text: "Five soldiers were killed when their vehicle hit an explosive device near Makalondi on Monday. Two days before the blast, unidentified gunmen abducted a village chief from his home in Torodi.",
      published: "2023-11-22",
      country: "Niger",
    }).events;
    const abduction = events.find((e) => e.sub_event_type === "Abduction/forced disappearance");
    assert.equal(abduction?.event_date, "2023-11-18");
    assert.equal(events.filter((e) => e.sub_event_type === "Remote explosive/landmine/IED").length, 1);
  });
  it("'A day before the Makalondi blast, ...': a name may stand before the noun", () => {
    const events = extractArticle({
      id: "t",
      text: "Five soldiers were killed when their vehicle hit an explosive device near Makalondi on Monday. A day before the Makalondi blast, police in Niamey fired tear gas to disperse hundreds of students who had gathered outside the university to demand grants.",
      published: "2023-11-22",
      country: "Niger",
    }).events;
    const protest = events.find((e) => e.event_type === "Protests");
    assert.equal(protest?.event_date, "2023-11-19");
  });
});

describe("a count back followed by its weekday", () => {
  it("('Deux jours plus tôt, dimanche', 'Two days earlier, on Sunday') is that weekday", () => {
    const dates = (text: string, language: "en" | "fr") =>
      extractArticle({ id: "t", text, published: "2025-05-22", language, country: "Niger" }).events.map(
        (e) => e.event_date,
      );
    assert.deepEqual(
      dates(
        "Six soldiers were killed on Tuesday when their vehicle hit a mine near Tera. Two days earlier, on Sunday, gunmen abducted the chief of Sargan village.",
        "en",
      ).sort(),
      ["2025-05-18", "2025-05-20"],
    );
    assert.deepEqual(
      dates(
        "Six militaires ont été tués mardi lorsque leur véhicule a sauté sur une mine près de Téra. Deux jours plus tôt, dimanche, des hommes armés ont enlevé le chef du village de Sargan.",
        "fr",
      ).sort(),
      ["2025-05-18", "2025-05-20"],
    );
  });
});

describe("a weekday that is the publication day, then 'N days after' a clause", () => {
  it("'on Wednesday' in a Wednesday story stays that day when 'The attack came two days after forces killed ...' follows", () => {
    const events = extractArticle({
      id: "t",
      text: "KABUL, Jan 15 (Reuters) - A suicide bomber blew himself up near a market in central Kabul on Wednesday, killing at least four people, police said.\n\nThe attack came two days after intelligence forces killed two Islamic State members in a raid on a house in Jalalabad, officials said.",
      published: "2025-01-15",
      language: "en",
      country: "Afghanistan",
    }).events;
    const kabul = events.find((e) => e.location === "Kabul");
    assert.equal(kabul?.event_date, "2025-01-15");
  });
});

describe("a night of two days with an hour past midnight", () => {
  it("'dans la nuit de samedi à dimanche ... vers 2 heures du matin' is the Sunday; without an hour, the Saturday", () => {
    const text =
      "Le camp a été attaqué dans la nuit de samedi à dimanche. Les assaillants ont ouvert le feu vers 2 heures du matin.";
    const found = findDates(text, 0, text.indexOf(".") + 1, "2025-03-12", "fr");
    assert.equal(found[0]?.date, "2025-03-09");
    const words = "Le camp a été attaqué dans la nuit de samedi à dimanche, vers une heure du matin.";
    assert.equal(findDates(words, 0, words.length, "2025-03-12", "fr")[0]?.date, "2025-03-09");
    const road = "Le camp, à deux heures de route de Mora, a été attaqué dans la nuit de samedi à dimanche.";
    assert.equal(findDates(road, 0, road.length, "2025-03-12", "fr")[0]?.date, "2025-03-08");
    const bare = "Le camp a été attaqué dans la nuit de samedi à dimanche.";
    assert.equal(findDates(bare, 0, bare.length, "2025-03-12", "fr")[0]?.date, "2025-03-08");
  });
  it("'the night of May 11 to 12 ... shortly after midnight' is May 12", () => {
    const text =
      "Gunmen attacked the village on the night of May 11 to 12, shortly after midnight, residents said.";
    assert.equal(findDates(text, 0, text.length, "2025-05-14", "en")[0]?.date, "2025-05-12");
  });
});

describe("French 'il y a' with a qualifier", () => {
  it("'il y a plus de trois ans' is three years back, and 'il y a quelques années' still parses", () => {
    const a = "Ils avaient été interpellés il y a plus de trois ans à Tillabéri.";
    assert.equal(findDates(a, 0, a.length, "2025-04-15", "fr")[0]?.date, "2022-04-01");
    const b = "Un officier tombé au combat il y a quelques années.";
    assert.equal(findDates(b, 0, b.length, "2025-12-10", "fr")[0]?.text, "il y a quelques années");
  });
});

describe("French weekdays announced", () => {
  it("'le mouvement doit être reconduit jeudi', 'la marche est prévue samedi' are the coming days", () => {
    const a = "Le mot d'ordre de grève doit être reconduit jeudi, selon les organisateurs.";
    const d = findDates(a, 0, a.length, "2025-02-10", "fr")[0];
    assert.equal(d?.date, "2025-02-13");
    assert.equal(d?.future, true);
    const b = "La marche est prévue samedi à Ziguinchor.";
    assert.equal(findDates(b, 0, b.length, "2025-02-10", "fr")[0]?.date, "2025-02-15");
  });
});

describe("a weekday named with a day and month", () => {
  it("picks the year in which they agree, when it lies near publication", () => {
    const t = "The union's strike day is Thursday, December 4.";
    const [d] = findDates(t, 0, t.length, "2025-11-20");
    assert.equal(d.date, "2025-12-04");
    assert.equal(d.future, true);
    // (a misprinted weekday does not send a past date a year ahead)
    const u = "Thousands marched on Thursday, December 18, in Tunis.";
    const [e] = findDates(u, 0, u.length, "2025-01-10");
    assert.equal(e.date, "2024-12-18");
  });
});

describe("a year closing a noun's phrase", () => {
  it("'the protest movement of 2019, when ...' dates the clause 2019; 'a crowd of 2000 people' is a count", () => {
    const t = "The city was a centre of the protest movement of 2019, when dozens of protesters were killed.";
    const [d] = findDates(t, 0, t.length, "2024-07-31");
    assert.equal(d.date, "2019-01-01");
    assert.equal(d.yearOnly, true);
    const u = "A crowd of 2000 people marched on Friday.";
    assert.ok(findDates(u, 0, u.length, "2024-07-31").every((x) => !x.yearOnly));
  });
});

describe("dates: modals of the future", () => {
  it("a weekday a few words after a modal of the future is the coming one ('would be arraigned on Wednesday', 'sera jugé mercredi')", () => {
    const en = findDates("Police said the 14 would be arraigned on Wednesday.", 0, 52, "2026-07-14", "en");
    assert.equal(en[0]?.date, "2026-07-15");
    assert.equal(en[0]?.future, true);
    const past = findDates("The 14 were arrested on Wednesday.", 0, 34, "2026-07-14", "en");
    assert.equal(past[0]?.date, "2026-07-08");
    const fr = findDates("Le prévenu sera jugé mercredi à Bamako.", 0, 39, "2026-07-14", "fr");
    assert.equal(fr[0]?.future, true);
  });
});

describe("dates: seasons", () => {
  it("'last summer', 'this winter', 'l'été dernier', 'cet hiver' date vaguely to the season's first month", () => {
    const at = (s: string, pub: string, locale: "en" | "fr" = "en") => {
      const d = findDates(s, 0, s.length, pub, locale);
      assert.equal(d.length, 1, `${s}: ${JSON.stringify(d)}`);
      assert.equal(d[0].precision, 3);
      assert.equal(d[0].yearOnly, true);
      return d[0].date;
    };
    // (a season not over yet is not the last one: in August, last summer was the year before)
    assert.equal(at("Cars were burnt in Leeds last summer.", "2026-03-10"), "2025-06-01");
    assert.equal(at("Cars were burnt in Leeds last summer.", "2026-08-10"), "2025-06-01");
    assert.equal(at("Cars were burnt in Leeds last summer.", "2026-10-10"), "2026-06-01");
    assert.equal(at("Police fired tear gas in Derry this winter.", "2026-01-20"), "2025-12-01");
    assert.equal(at("Des voitures ont brûlé à Rennes l'été dernier.", "2026-03-10", "fr"), "2025-06-01");
    assert.equal(at("Cet hiver, des voitures ont brûlé à Rennes.", "2026-02-10", "fr"), "2025-12-01");
    // (a season word alone dates nothing: "a spring offensive", "il a été arrêté")
    for (const [s, l] of [
      ["Rebels launched a spring offensive.", "en"],
      ["Il a été arrêté à Lyon.", "fr"],
    ] as const)
      assert.deepEqual(findDates(s, 0, s.length, "2026-03-10", l), []);
  });
});

describe("dates: a night told by the day it ran into", () => {
  it("'overnight into Monday' is Sunday's night; 'Monday night' stays Monday", () => {
    const s = "Overnight into Monday, fighters attacked a base in Marte.";
    const d = findDates(s, 0, s.length, "2025-05-14", "en");
    assert.equal(d.length, 1);
    assert.equal(d[0].date, "2025-05-11");
    const t = "The sit-in went on until late on Monday night.";
    assert.equal(findDates(t, 0, t.length, "2025-05-14", "en")[0]?.date, "2025-05-12");
  });
});

describe("dates: a weekday of an event still ahead", () => {
  it("'ahead of a march on Saturday' is the coming Saturday", () => {
    const s = "Police are planning a large operation ahead of a march on Saturday by farmers.";
    const d = findDates(s, 0, s.length, "2025-10-29", "en");
    assert.equal(d[0]?.date, "2025-11-01");
    assert.equal(d[0]?.future, true);
  });
});

/** The one date a sentence tells, a day (precision 1). */
function oneDay(s: string, pub: string, locale: "en" | "fr" = "en"): string {
  const d = findDates(s, 0, s.length, pub, locale);
  assert.equal(d.length, 1, `${s}: ${JSON.stringify(d)}`);
  assert.equal(d[0].precision, 1);
  return d[0].date;
}

describe("dates: feasts of a fixed day", () => {
  it("'on Halloween night', 'on Bonfire Night', 'la Saint-Sylvestre' are the last such day on or before the report", () => {
    assert.equal(
      oneDay("Fireworks were thrown at gardaí in Tallaght on Halloween night.", "2025-11-02"),
      "2025-10-31",
    );
    assert.equal(
      oneDay("Youths threw fireworks at police in Niddrie on Bonfire Night.", "2026-01-10"),
      "2025-11-05",
    );
    assert.equal(
      oneDay(
        "Des dizaines de voitures ont été incendiées à Strasbourg la nuit de la Saint-Sylvestre.",
        "2026-01-02",
        "fr",
      ),
      "2025-12-31",
    );
  });
});

describe("dates: a day of the year told after it", () => {
  it("'On August 14 last year', 'le 14 août de l'année dernière' are that day of the year before", () => {
    assert.equal(
      oneDay("On August 14 last year, gunmen killed three herders near Funtua.", "2025-09-28"),
      "2024-08-14",
    );
    assert.equal(
      oneDay("Le 3 mars de l'année dernière, des hommes armés ont tué trois bergers.", "2025-09-28", "fr"),
      "2024-03-03",
    );
  });
});
