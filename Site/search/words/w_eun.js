BRIEFINGS_SEARCH_WORDS("eun",{
"eunavfor":"0,7h,1;7h"
});
