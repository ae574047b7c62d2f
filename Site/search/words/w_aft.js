BRIEFINGS_SEARCH_WORDS("aft",{
"after":"3q,35,4,f,1,1,1,4,1,9,2;3q,39,h"
});
