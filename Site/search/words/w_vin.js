BRIEFINGS_SEARCH_WORDS("vin",{
"vingt":"0,30,8,29,1y;5h"
});
