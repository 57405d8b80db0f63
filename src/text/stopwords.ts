/**
 * Words that carry no topic: never spell-corrected, never taken for an unknown job title. ("new here in the slack":
 * the platforms the bot lives on are named often and ask nothing; corrected, "slack" would read as "skill".)
 */
export const STOPWORDS = new Set(
  `a an the is are was were be been being am i me my mine you your we our us they them their he she it its this that these
  those what whats which who whom whose how where when why there here do doe does did done doing have has had having can
  could would should will shall may might must to of in on at by for from with about as into onto over under up down out
  off than then so too very just also only not no yes and or but if any some all each every more most much many few
  other such own same get got getting give tell show let know want like need please pls plz kindly thank thanks hey hi hello
  ok okay
  one two three four five 2 3 4 5 s t el la le les un une una de del des du der die das ein eine und y et e o que qui
  cuanto cuanta combien wie viel quanto quel quelle est es ist son sont por para pour fur still slack discord`
    .split(/\s+/)
    .filter(Boolean),
);
