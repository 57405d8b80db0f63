import * as z from "zod";

// careerbot parses each schema once or twice (the environment at start, each data file at load). zod's JIT compiles
// a schema into a function on its first parse, which costs more than it saves here: about 9 ms of `careerbot ask`.
z.config({ jitless: true });
