BRIEFINGS_SEARCH_WORDS("goi",{
"going":"42,3h"
});
