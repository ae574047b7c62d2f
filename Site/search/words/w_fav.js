BRIEFINGS_SEARCH_WORDS("fav",{
"favorable":"13,30,46",
"favorablement":"44,45;44",
"favorables":"r,7h"
});
