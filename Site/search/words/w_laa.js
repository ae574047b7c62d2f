BRIEFINGS_SEARCH_WORDS("laa",{
"laaf":"h"
});
