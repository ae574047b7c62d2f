BRIEFINGS_SEARCH_WORDS("out",{
"out":"49,f,z,1i,5,3,4,2;49",
"outdoors":"5f,1y;5f",
"output":"3y,3n;3y",
"outskirts":"7h"
});
