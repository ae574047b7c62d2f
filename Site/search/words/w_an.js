BRIEFINGS_SEARCH_WORDS("an",{
"an":"48,f,2,x,1k,8,3,1,2;48,h"
});
