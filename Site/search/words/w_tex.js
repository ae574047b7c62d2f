BRIEFINGS_SEARCH_WORDS("tex",{
"texte":"s,2f,3,5,2,1i,1,4,1,1g,m,8,7,1;3a,5,2,1n,1h"
});
