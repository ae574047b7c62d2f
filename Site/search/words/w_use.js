BRIEFINGS_SEARCH_WORDS("use",{
"use":"7g,1;7g",
"used":"7h"
});
