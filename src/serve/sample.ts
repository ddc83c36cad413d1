/**
 * A small hand-coded sample (three invented articles and their events, with evidence spans) for the
 * server's tests, and for demos when the extractor finds nothing. The texts are invented for Chronicle.
 */
import type { Article } from "../model/article.js";
import type { EventRecord, Evidence, EvidenceField } from "../model/event.js";
import type { Store } from "../store/types.js";

export const SAMPLE_ARTICLES: Article[] = [
  {
    id: "sample-bamako-protest",
    title: "Thousands march in Bamako over power cuts",
    published: "2024-03-18",
    source: "Sahel Daily (sample)",
    url: "https://example.org/news/bamako-power-cuts",
    language: "en",
    country: "Mali",
    text:
      "BAMAKO — Several thousand people marched through central Bamako on Saturday to protest against " +
      "repeated power cuts, answering a call by the Collective of Bamako Traders.\n\n" +
      "Police fired tear gas to disperse the protesters near the Independence Monument, witnesses said. " +
      "No injuries were reported.\n\n" +
      "<script>alert('this must never run')</script> The traders' collective said it would meet the energy minister next week.",
  },
  {
    id: "sample-mopti-attack",
    title: "Gunmen kill villagers in central Mali",
    published: "2024-03-20",
    source: "West Africa Wire (sample)",
    url: "https://example.org/news/mopti-attack",
    language: "en",
    country: "Mali",
    text:
      "Unidentified gunmen on motorcycles attacked the village of Ogossagou in the Bankass area on Tuesday " +
      "night, killing at least 7 civilians, local officials said.\n\n" +
      "The attackers burned granaries before fleeing toward the border with Burkina Faso, a local " +
      "councillor told reporters.",
  },
  {
    id: "sample-niamey-arrests",
    title: "Journalists arrested in Niamey",
    published: "2024-02-05",
    source: "Niger Monitor (sample)",
    url: "https://example.org/news/niamey-arrests",
    language: "en",
    country: "Niger",
    text:
      "Police in Niamey arrested three journalists on Friday after they published a report on army " +
      "spending, their union said. The journalists were held at the central police station.",
  },
];

function span(text: string, field: EvidenceField, phrase: string): Evidence {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`sample evidence "${phrase}" not in text`);
  return { field, start, end: start + phrase.length, text: phrase };
}

function base(article: Article): Omit<EventRecord, "event_type" | "sub_event_type" | "disorder_type"> {
  return {
    event_id: "",
    article_id: article.id,
    event_date: null,
    time_precision: 1,
    actor1: null,
    assoc_actor_1: null,
    inter1: null,
    actor2: null,
    assoc_actor_2: null,
    inter2: null,
    interaction: null,
    civilian_targeting: "",
    country: article.country ?? null,
    iso3: null,
    region: "Western Africa",
    admin1: null,
    admin2: null,
    admin3: null,
    location: null,
    latitude: null,
    longitude: null,
    geo_precision: 1,
    fatalities: 0,
    crowd_size: "",
    source: article.source ?? null,
    source_url: article.url ?? null,
    notes: "",
    evidence: [],
    confidence: 0.8,
  };
}

export function sampleEvents(article: Article): EventRecord[] {
  const t = article.text;
  switch (article.id) {
    case "sample-bamako-protest":
      return [
        {
          ...base(article),
          event_id: "sample-1",
          event_date: "2024-03-16",
          disorder_type: "Demonstrations",
          event_type: "Protests",
          sub_event_type: "Protest with intervention",
          actor1: "Protesters (Mali)",
          assoc_actor_1: "Collective of Bamako Traders",
          inter1: 6,
          actor2: "Police Forces of Mali (2021-)",
          inter2: 1,
          interaction: 16,
          iso3: "MLI",
          admin1: "Bamako",
          admin2: "Bamako",
          location: "Bamako",
          latitude: 12.6392,
          longitude: -8.0029,
          crowd_size: "several thousand",
          notes:
            "On 16 March 2024, several thousand people protested against power cuts in Bamako at the call of " +
            "the Collective of Bamako Traders; police fired tear gas to disperse them.",
          evidence: [
            span(t, "trigger", "marched"),
            span(t, "crowd_size", "Several thousand people"),
            span(t, "location", "Bamako"),
            span(t, "event_date", "Saturday"),
            span(t, "assoc_actor_1", "Collective of Bamako Traders"),
            span(t, "intervention", "fired tear gas to disperse"),
            span(t, "actor2", "Police"),
          ],
        },
      ];
    case "sample-mopti-attack":
      return [
        {
          ...base(article),
          event_id: "sample-2",
          event_date: "2024-03-19",
          disorder_type: "Political violence",
          event_type: "Violence against civilians",
          sub_event_type: "Attack",
          actor1: "Unidentified Armed Group (Mali)",
          inter1: 3,
          actor2: "Civilians (Mali)",
          inter2: 7,
          interaction: 37,
          civilian_targeting: "Civilian targeting",
          iso3: "MLI",
          admin1: "Mopti",
          admin2: "Bankass",
          location: "Ogossagou",
          latitude: 14.2817,
          longitude: -3.6567,
          fatalities: 7,
          notes:
            "On 19 March 2024, unidentified gunmen attacked Ogossagou (Bankass, Mopti), killing at least 7 civilians.",
          evidence: [
            span(t, "trigger", "attacked"),
            span(t, "actor1", "Unidentified gunmen"),
            span(t, "location", "Ogossagou"),
            span(t, "event_date", "Tuesday"),
            span(t, "fatalities", "killing at least 7 civilians"),
          ],
        },
      ];
    case "sample-niamey-arrests":
      return [
        {
          ...base(article),
          event_id: "sample-3",
          event_date: "2024-02-02",
          disorder_type: "Strategic developments",
          event_type: "Strategic developments",
          sub_event_type: "Arrests",
          actor1: "Police Forces of Niger (2023-)",
          inter1: 1,
          actor2: "Journalists (Niger)",
          inter2: 7,
          interaction: 17,
          iso3: "NER",
          admin1: "Niamey",
          location: "Niamey",
          latitude: 13.5137,
          longitude: 2.1098,
          notes:
            "On 2 February 2024, police arrested three journalists in Niamey after a report on army spending.",
          evidence: [
            span(t, "trigger", "arrested"),
            span(t, "actor1", "Police"),
            span(t, "location", "Niamey"),
            span(t, "event_date", "Friday"),
          ],
        },
      ];
    default:
      return [];
  }
}

/** Ingests the sample into a store; answers the number of events it holds afterwards. */
export async function seedSample(store: Store): Promise<number> {
  for (const a of SAMPLE_ARTICLES) await store.ingestArticle(a, sampleEvents(a));
  return (await store.stats()).events;
}
