import { bestPractices } from "./bestPractices";
import { careerPath } from "./careerPath";
import { challenges } from "./challenges";
import { compare } from "./compare";
import { help } from "./help";
import { listRoles } from "./listRoles";
import { market } from "./market";
import { notCovered } from "./notCovered";
import { overview } from "./overview";
import { qualifications } from "./qualifications";
import { recommend } from "./recommend";
import { responsibilities } from "./responsibilities";
import { salary } from "./salary";
import { skillGap } from "./skillGap";
import { skills } from "./skills";
import { smalltalk } from "./smalltalk";
import { trends } from "./trends";
import { unknown } from "./unknown";

/**
 * Every intent, each declared once in its own file of this folder. The order matters where two intents score the
 * same: the earlier one wins. To add an intent, add its file and list it here (docs/architecture.md).
 */
export const DECLARATIONS = [
  overview,
  responsibilities,
  skills,
  qualifications,
  careerPath,
  salary,
  market,
  bestPractices,
  challenges,
  trends,
  compare,
  recommend,
  skillGap,
  smalltalk,
  listRoles,
  help,
  notCovered,
  unknown,
] as const;
