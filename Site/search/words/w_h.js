BRIEFINGS_SEARCH_WORDS("h",{
"h":"1h"
});
