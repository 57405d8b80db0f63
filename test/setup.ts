// The platform registry, as every entry point loads it: questions lose each registered platform's mention markup.
import "../adapters";
