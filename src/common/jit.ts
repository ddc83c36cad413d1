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

/**
 * Baseline (Sparkplug) code for every function on its first call, not after it has run a while in the
 * interpreter. A batch of fresh articles runs much of the coder before the optimising compiler takes
 * it (a 1 MB batch costs about twice the CPU of the same batch run again); baseline code is made in
 * one quick pass straight from the bytecode and runs that cold part faster than the interpreter.
 */
const BASELINE_FIRST = "--always-sparkplug";

setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINE_BUDGET} ${BASELINE_FIRST}`);
