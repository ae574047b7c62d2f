BRIEFINGS_SEARCH_WORDS("cav",{
"cavusoglu":"23,l,q,6,3z,1,f;23,1h"
});
