BRIEFINGS_SEARCH_WORDS("sym",{
"symbolic":"42,3h"
});
