BRIEFINGS_SEARCH_WORDS("usa",{
"usa":"11",
"usaid":"1h"
});
