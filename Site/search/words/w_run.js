BRIEFINGS_SEARCH_WORDS("run",{
"run":"d,29,53",
"running":"7v",
"runs":"7h"
});
