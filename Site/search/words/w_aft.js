BRIEFINGS_SEARCH_WORDS("aft",{
"after":"3q,34,4,f,1,1,1,4,1,9,2;3q,38,h"
});
