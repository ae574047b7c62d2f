BRIEFINGS_SEARCH_WORDS("ful",{
"full":"5l,1h,l,4;5l,1h"
});
