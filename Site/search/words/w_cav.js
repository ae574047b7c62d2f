BRIEFINGS_SEARCH_WORDS("cav",{
"cavusoglu":"23,l,q,6,41,1,f;23,1h"
});
