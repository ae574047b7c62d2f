BRIEFINGS_SEARCH_WORDS("wed",{
"wednesday":"47,2,2,1,1,3h"
});
