BRIEFINGS_SEARCH_WORDS("dam",{
"damas":"1,k,9,5,g,6,1a,b,2,1,1,16,6,15,d,g,n,4,1,6;4m",
"damascus":"2v,20,1m,t,6,3;6h"
});
