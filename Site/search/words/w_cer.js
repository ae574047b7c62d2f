BRIEFINGS_SEARCH_WORDS("cer",{
"certaines":"39",
"certains":"3h,15,2w,5;3h"
});
