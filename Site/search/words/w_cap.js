BRIEFINGS_SEARCH_WORDS("cap",{
"capacite":"3u",
"capital":"83",
"capitale":"3p,n,5,3k,7,1",
"capitales":"0",
"capture":"4y,j,2l,1;5h"
});
