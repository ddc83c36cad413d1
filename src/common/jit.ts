/**
 * JIT budget for the coder. V8's optimising compiler inlines callees into a function until a
 * cumulative bytecode budget is spent (920 bytes by default). The coder has a few very large
 * functions (the sentence loop, frameOf, findPlaces, the place-candidate scan, the mention parser)
 * that V8 optimises again whenever an article takes a path or brings an object shape it had not seen,
 * which fresh articles keep doing; with the default budget each of those compilations builds a huge
 * graph. Under callgrind, compilation was about two thirds of the instructions of a batch of fresh
 * articles. A third of the budget keeps those compilations small, and the code they make is no
 * slower on this work (measured on warm batches too). Flags are process-wide and only steer
 * optimisation: results are the same.
 * (Imported first by the extraction entry point, before any of its code is optimised.)
 */
import { setFlagsFromString } from "node:v8";

/** Cumulative bytecode size inlined into one optimised function (V8's default: 920). */
const INLINE_BUDGET = 300;

setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET}`);
