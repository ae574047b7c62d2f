BRIEFINGS_SEARCH_WORDS("ess",{
"essentiel":"r,n,y,x",
"essentiellement":"m,4v,2b;5h"
});
