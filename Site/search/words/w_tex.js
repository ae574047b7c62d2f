BRIEFINGS_SEARCH_WORDS("tex",{
"texte":"s,2g,3,5,2,1i,1,4,1,1g,m,8,7,1;3b,5,2,1n,1h"
});
