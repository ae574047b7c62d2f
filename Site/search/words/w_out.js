BRIEFINGS_SEARCH_WORDS("out",{
"out":"4a,e,z,1i,5,3,4,2;4a",
"outdoors":"5f,1y;5f",
"output":"3z,3m;3z",
"outskirts":"7h"
});
