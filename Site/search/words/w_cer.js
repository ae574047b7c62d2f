BRIEFINGS_SEARCH_WORDS("cer",{
"certaines":"38",
"certains":"3h,1a,35,5;3h"
});
