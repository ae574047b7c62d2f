BRIEFINGS_SEARCH_WORDS("cer",{
"certaines":"38",
"certains":"3h,19,33,5;3h"
});
