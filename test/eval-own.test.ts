import assert from "node:assert/strict";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { readJsonl } from "../src/eval/jsonl.js";
import { fullReport, predict } from "../src/eval/run.js";
import type { GoldArticle } from "../src/eval/score.js";

// Chronicle's own gold sets (invented texts, see examples/gold/README.md): the typed F1 reached on each,
// less a small margin. A drop below fails the build.
const FLOORS: Record<string, number> = {
  "own-mixed.jsonl": 0.96,
  "own-articles.jsonl": 0.91,
  "own-notes.jsonl": 0.89,
  "own-fr.jsonl": 0.87,
  // (session 9's held-out sets, written after the fixes of session 8)
  "own-articles2.jsonl": 0.9,
  "own-articles3.jsonl": 0.81,
  "own-notes2.jsonl": 0.97,
  "own-notes3.jsonl": 0.92,
  "own-briefs.jsonl": 0.95,
  // (session 10's held-out sets: own-articles4 first scored 0.716, own-fr2 0.755, own-articles5 0.705, before any fix)
  "own-articles4.jsonl": 0.9,
  "own-fr2.jsonl": 0.93,
  "own-articles5.jsonl": 0.91,
  // (session 11's held-out sets: own-articles6 first scored 0.593 (0.613 after a review of the gold),
  // own-notes4 0.902, before any fix)
  "own-articles6.jsonl": 0.75,
  "own-notes4.jsonl": 0.94,
  // (and own-articles7 first scored 0.546 (0.556 after a review of the gold), own-articles8 0.710)
  "own-articles7.jsonl": 0.8,
  "own-articles8.jsonl": 0.83,
  // (session 12's held-out sets, first scored before any fix of theirs: own-fr3 0.634, own-notes5 0.948,
  // own-articles10 0.679 (0.725 once its datelines read "(Reuters)"), own-articles9 0.786, own-articles11
  // 0.737, own-fr4 0.582, own-fr5 0.745, own-articles12 0.754, own-articles13 0.809, own-fr6 0.750)
  "own-fr3.jsonl": 0.92,
  "own-notes5.jsonl": 0.93,
  "own-articles10.jsonl": 0.84,
  "own-articles9.jsonl": 0.88,
  "own-articles11.jsonl": 0.89,
  "own-fr4.jsonl": 0.9,
  "own-fr5.jsonl": 0.91,
  "own-articles12.jsonl": 0.89,
  "own-articles13.jsonl": 0.93,
  "own-fr6.jsonl": 0.89,
  // (session 13's held-out sets, first scored before any fix of theirs: own-articles14 0.795, own-fr7 0.765)
  "own-articles14.jsonl": 0.91,
  "own-fr7.jsonl": 0.87,
  // (and own-fr8 and own-articles15, written later in the session, first scored 0.649 and 0.755)
  "own-fr8.jsonl": 0.86,
  "own-articles15.jsonl": 0.84,
  // (and, written last, own-articles16 and own-fr9, first scored 0.836 and 0.792)
  "own-articles16.jsonl": 0.9,
  "own-fr9.jsonl": 0.82,
  // (session 14's held-out sets, first scored before any fix of theirs: own-articles17 0.748, own-fr10 0.810
  // (0.829 after a review of its gold), own-articles18 0.643 (0.655 after a review of its gold))
  "own-articles17.jsonl": 0.87,
  "own-fr10.jsonl": 0.94,
  "own-articles18.jsonl": 0.83,
  // (and own-fr11, written after the session's first fixes, first scored 0.696)
  "own-fr11.jsonl": 0.82,
  // (and own-articles19, written at the same time, first scored 0.684 (0.690 after a review of its gold))
  "own-articles19.jsonl": 0.76,
  // (session 15's held-out sets, first scored before any fix of theirs: own-articles20 0.730, own-fr12 0.771
  // (0.780 after a review of its gold), own-articles21 0.762, own-fr13 0.622, own-articles22 0.793, own-fr14
  // 0.814, and, written last, own-articles23 0.832 and own-fr15 0.792)
  "own-articles20.jsonl": 0.9,
  "own-fr12.jsonl": 0.87,
  "own-articles21.jsonl": 0.85,
  "own-fr13.jsonl": 0.72,
  "own-articles22.jsonl": 0.8,
  "own-fr14.jsonl": 0.86,
  "own-articles23.jsonl": 0.91,
  "own-fr15.jsonl": 0.86,
  // (session 16's held-out sets, first scored before any fix of theirs: own-fr16 0.719, own-notes6 0.940,
  // own-articles24 0.775 (0.780 after a review of its gold); written after the session's first fixes,
  // own-fr17 0.684 and own-articles25 0.796; written last, long stories, own-fr18 0.654 and own-articles26
  // 0.643 (0.649 after a review of its gold); written at its end, ordinary daily news, own-articles27 0.738
  // (0.751 after a review of its gold) and own-fr19 0.788)
  "own-fr16.jsonl": 0.82,
  "own-notes6.jsonl": 0.92,
  "own-articles24.jsonl": 0.83,
  "own-fr17.jsonl": 0.83,
  "own-articles25.jsonl": 0.86,
  "own-fr18.jsonl": 0.72,
  "own-articles26.jsonl": 0.74,
  "own-articles27.jsonl": 0.8,
  "own-fr19.jsonl": 0.84,
  // (session 17's held-out sets, first scored before any fix of theirs: own-articles28 0.780, own-fr20 0.808;
  // written mid-session, ordinary daily news, own-articles29 0.786 (0.799 after a review of its gold) and
  // own-fr21 0.805; written late, long stories, own-articles30 0.631 and own-fr22 0.609)
  "own-articles28.jsonl": 0.84,
  "own-fr20.jsonl": 0.85,
  "own-articles29.jsonl": 0.9,
  "own-fr21.jsonl": 0.86,
  "own-articles30.jsonl": 0.78,
  "own-fr22.jsonl": 0.77,
  // (session 18's held-out sets, first scored before any fix of theirs: at its start, own-articles31 0.678
  // (national and local press, rights groups) and own-fr23 0.569 (French national and local press);
  // mid-session, ordinary daily news, own-articles32 0.855 and own-fr24 0.842)
  "own-fr23.jsonl": 0.8,
  "own-articles31.jsonl": 0.77,
  "own-fr24.jsonl": 0.93,
  "own-articles32.jsonl": 0.86,
  // (session 19's held-out sets, first scored before any fix of theirs: at its start, stories telling several
  // incidents over several days, own-articles33 0.779 (0.785 after a review of its gold) and own-fr25 0.741;
  // mid-session, ordinary daily news, own-articles34 0.857 and own-fr26 0.777 (0.796 after a review))
  "own-articles33.jsonl": 0.87,
  "own-fr25.jsonl": 0.85,
  "own-articles34.jsonl": 0.88,
  "own-fr26.jsonl": 0.83,
  // (and, written late in session 19, long stories with context and reactions: own-articles35 0.614 (0.632 after
  // a review of its gold) and own-fr27 0.574)
  "own-articles35.jsonl": 0.69,
  "own-fr27.jsonl": 0.71,
  // (session 20's held-out sets, first scored before any fix of theirs: own-articles36 0.667 (0.674 after its
  // gold review), own-fr28 0.906, own-articles37 0.726 (0.738), own-fr29 0.798, own-articles38 0.739, own-fr30
  // 0.559 (0.567), and, written late, own-articles39 0.743 and own-fr31 0.702, and own-fr32 0.872, own-articles40 0.800)
  "own-articles36.jsonl": 0.72,
  "own-fr28.jsonl": 0.91,
  "own-articles37.jsonl": 0.82,
  "own-fr29.jsonl": 0.82,
  "own-articles38.jsonl": 0.79,
  "own-fr30.jsonl": 0.76,
  "own-articles39.jsonl": 0.75,
  "own-fr31.jsonl": 0.8,
  "own-fr32.jsonl": 0.88,
  "own-articles40.jsonl": 0.87,
  // (session 21's held-out sets, first scored before any fix of theirs: own-articles41 0.806 (0.813 after its
  // gold review), own-fr33 0.788, own-articles42 0.749, own-fr34 0.785, own-articles43 0.652 (0.660), own-fr35
  // 0.804 (0.817), and, written last, own-articles44 0.877 (0.886) and own-fr36 0.864)
  "own-articles41.jsonl": 0.86,
  "own-fr33.jsonl": 0.88,
  "own-articles42.jsonl": 0.81,
  "own-fr34.jsonl": 0.82,
  "own-articles43.jsonl": 0.76,
  "own-fr35.jsonl": 0.84,
  "own-articles44.jsonl": 0.91,
  "own-fr36.jsonl": 0.87,
  // (session 22's held-out sets, first scored before any fix of theirs: own-fr37 0.813, own-articles45 0.823,
  // own-fr38 0.676, own-articles46 0.702 (0.718 after its gold review), own-fr39 0.937, own-articles47 0.686,
  // and, written last, own-fr40 0.746 and own-articles48 0.778)
  "own-fr37.jsonl": 0.93,
  "own-articles45.jsonl": 0.89,
  "own-fr38.jsonl": 0.73,
  "own-articles46.jsonl": 0.81,
  "own-fr39.jsonl": 0.93,
  "own-articles47.jsonl": 0.78,
  "own-fr40.jsonl": 0.75,
  "own-articles48.jsonl": 0.8,
  // (session 23's held-out sets, first scored before any fix of theirs: own-articles49 0.790, own-fr41 0.839,
  // own-articles50 0.782, own-fr42 0.789, own-fr43 0.848, own-articles51 0.601, own-fr44 0.716, own-articles52
  // 0.808, own-fr45 0.677 and, written last, own-articles53 0.747 (0.780 after its gold review))
  "own-articles49.jsonl": 0.83,
  "own-fr41.jsonl": 0.91,
  "own-articles50.jsonl": 0.85,
  "own-fr42.jsonl": 0.83,
  "own-fr43.jsonl": 0.85,
  "own-articles51.jsonl": 0.67,
  "own-fr44.jsonl": 0.72,
  "own-articles52.jsonl": 0.78,
  "own-fr45.jsonl": 0.7,
  "own-articles53.jsonl": 0.82,
  // (session 24's held-out sets, first scored before any fix of theirs: own-fr46 0.775, own-articles54 0.776, own-articles55 0.731, own-fr47 0.505, own-articles56 0.680, own-articles57 0.588, own-fr48 0.724, own-notes7 0.938, own-articles58 0.874, own-fr49 0.700)
  "own-fr46.jsonl": 0.75,
  "own-articles54.jsonl": 0.8,
  "own-articles55.jsonl": 0.79,
  "own-fr47.jsonl": 0.68,
  "own-articles56.jsonl": 0.74,
  "own-articles57.jsonl": 0.74,
  "own-fr48.jsonl": 0.72,
  "own-notes7.jsonl": 0.91,
  "own-articles58.jsonl": 0.85,
  "own-fr49.jsonl": 0.77,
  // (session 25's held-out sets, first scored before any fix of theirs: own-fr50 0.533, own-articles60 0.555, own-fr51 0.876, own-articles59 0.742, own-articles61 0.786, own-notes8 0.922, own-fr52 0.751, own-articles63 0.718, own-articles62 0.666)
  "own-fr50.jsonl": 0.66,
  "own-articles60.jsonl": 0.72,
  "own-fr51.jsonl": 0.86,
  "own-articles59.jsonl": 0.75,
  "own-articles61.jsonl": 0.79,
  "own-notes8.jsonl": 0.95,
  "own-fr52.jsonl": 0.75,
  "own-articles63.jsonl": 0.73,
  "own-articles62.jsonl": 0.68,
  // (session 26's held-out sets, first scored before any fix of theirs: own-articles65 0.579, own-fr53 0.828, own-notes9 0.886, own-articles66 0.803, own-articles64 0.669, own-fr54 0.766, own-fr55 0.811, own-articles67 0.725, own-articles68 0.746, own-fr56 0.693, own-articles69 0.780, own-notes10 0.970, own-fr57 0.874, own-articles71 0.782, own-articles70 0.801, own-articles72 0.681, own-fr58 0.779, own-articles73 0.774, own-notes11 0.926)
  "own-articles65.jsonl": 0.69,
  "own-fr53.jsonl": 0.81,
  "own-notes9.jsonl": 0.85,
  "own-articles66.jsonl": 0.78,
  "own-articles64.jsonl": 0.7,
  "own-fr54.jsonl": 0.84,
  "own-fr55.jsonl": 0.8,
  "own-articles67.jsonl": 0.72,
  "own-articles68.jsonl": 0.75,
  "own-fr56.jsonl": 0.71,
  "own-articles69.jsonl": 0.75,
  "own-notes10.jsonl": 0.94,
  "own-fr57.jsonl": 0.85,
  "own-articles71.jsonl": 0.77,
  "own-articles70.jsonl": 0.78,
  "own-articles72.jsonl": 0.71,
  "own-fr58.jsonl": 0.76,
  "own-articles73.jsonl": 0.74,
  "own-notes11.jsonl": 0.91,
  // (session 27's held-out sets, first scored before any fix of theirs: own-articles74 0.496, own-articles75 0.750, own-fr59 0.778, own-articles76 0.702, own-articles77 0.556, own-fr60 0.574, own-articles78 0.597, own-articles79 0.531, own-fr61 0.633, own-articles80 0.723, own-articles81 0.759, own-articles83 0.701, own-fr62 0.762, own-notes12 0.914, own-articles82 0.675)
  "own-articles74.jsonl": 0.55,
  "own-articles75.jsonl": 0.75,
  "own-fr59.jsonl": 0.77,
  "own-articles76.jsonl": 0.68,
  "own-articles77.jsonl": 0.64,
  "own-fr60.jsonl": 0.6,
  "own-articles78.jsonl": 0.7,
  "own-articles79.jsonl": 0.55,
  "own-fr61.jsonl": 0.68,
  "own-articles80.jsonl": 0.76,
  "own-articles81.jsonl": 0.74,
  "own-articles83.jsonl": 0.74,
  "own-fr62.jsonl": 0.77,
  "own-notes12.jsonl": 0.88,
  "own-articles82.jsonl": 0.68,
  // (session 28's held-out sets, first scored before any fix of theirs: own-fr63 0.504, own-articles84 0.616, own-notes13 0.893, own-articles85 0.797, own-articles86 0.715, own-articles87 0.554, own-fr64 0.777, own-articles88 0.769, own-fr65 0.588)
  "own-fr63.jsonl": 0.64,
  "own-articles84.jsonl": 0.68,
  "own-notes13.jsonl": 0.87,
  "own-articles85.jsonl": 0.77,
  "own-articles86.jsonl": 0.73,
  "own-articles87.jsonl": 0.68,
  "own-fr64.jsonl": 0.74,
  "own-articles88.jsonl": 0.75,
  "own-fr65.jsonl": 0.64,
  // (session 29's held-out sets, first scored before any fix of theirs: own-fr66 0.698, own-articles90 0.659, own-articles89 0.556, own-notes14 0.868, own-articles91 0.772, own-articles92 0.542, own-fr67 0.771, own-articles93 0.528, own-fr68 0.744, own-articles94 0.756, own-fr69 0.654, own-articles95 0.590, own-notes15 0.949)
  "own-fr66.jsonl": 0.77,
  "own-articles90.jsonl": 0.73,
  "own-articles89.jsonl": 0.63,
  "own-notes14.jsonl": 0.86,
  "own-articles91.jsonl": 0.74,
  "own-articles92.jsonl": 0.58,
  "own-fr67.jsonl": 0.74,
  "own-articles93.jsonl": 0.59,
  "own-fr68.jsonl": 0.71,
  "own-articles94.jsonl": 0.74,
  "own-fr69.jsonl": 0.69,
  "own-articles95.jsonl": 0.57,
  "own-notes15.jsonl": 0.91,
  // (session 30's held-out sets, first scored before any fix of theirs: own-articles96 0.646, own-articles97 0.584, own-articles98 0.506, own-fr70 0.554, own-notes16 0.863, own-articles99 0.713, own-articles100 0.659, own-fr71 0.742, own-articles101 0.692, own-fr72 0.483, own-notes17 0.914)
  "own-articles96.jsonl": 0.64,
  "own-articles97.jsonl": 0.61,
  "own-articles98.jsonl": 0.59,
  "own-fr70.jsonl": 0.66,
  "own-notes16.jsonl": 0.84,
  "own-articles99.jsonl": 0.74,
  "own-articles100.jsonl": 0.66,
  "own-fr71.jsonl": 0.74,
  "own-articles101.jsonl": 0.68,
  "own-fr72.jsonl": 0.65,
  "own-notes17.jsonl": 0.88,
  // (session 31's held-out sets, first scored before any fix of theirs: own-fr73 0.667, own-articles103 0.678, own-articles102 0.591, own-articles104 0.730, own-notes18 0.838, own-fr74 0.602, own-articles105 0.600, own-articles106 0.645, own-fr75 0.655, own-articles107 0.688, own-notes19 0.871)
  "own-fr73.jsonl": 0.66,
  "own-articles103.jsonl": 0.67,
  "own-articles102.jsonl": 0.62,
  "own-articles104.jsonl": 0.7,
  "own-notes18.jsonl": 0.85,
  "own-fr74.jsonl": 0.67,
  "own-articles105.jsonl": 0.65,
  "own-articles106.jsonl": 0.64,
  "own-fr75.jsonl": 0.65,
  "own-articles107.jsonl": 0.65,
  "own-notes19.jsonl": 0.84,
};
const dir = fileURLToPath(new URL("../examples/gold/", import.meta.url));

for (const [file, floor] of Object.entries(FLOORS)) {
  test(`typed F1 on our own ${file} stays at or above ${floor}`, () => {
    const gold = readJsonl<GoldArticle>(dir + file).rows;
    assert.ok(gold.length >= 20, `${file}: ${gold.length} articles`);
    const r = fullReport(gold, predict(gold));
    assert.ok(r.typed.f1 >= floor, `F1 ${r.typed.f1.toFixed(3)} < ${floor}`);
  });
}
