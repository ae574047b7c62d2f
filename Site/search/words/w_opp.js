BRIEFINGS_SEARCH_WORDS("opp",{
"oppose":"3,30,1z,4,29;56",
"opposent":"o",
"opposition":"1,k,1a,k,2,1,f,c,t,3h"
});
