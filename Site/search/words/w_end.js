BRIEFINGS_SEARCH_WORDS("end",{
"end":"5u,14,n,4,4;7t",
"endanger":"46,3p;46",
"ended":"4v,2y",
"endosse":"2j",
"ends":"7h"
});
