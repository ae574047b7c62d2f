BRIEFINGS_SEARCH_WORDS("wil",{
"will":"74,1,c;74",
"williams":"1z,u,i,1z,1v,4,5;2t,2h"
});
