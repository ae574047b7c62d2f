BRIEFINGS_SEARCH_WORDS("out",{
"out":"49,d,y,1m,5,3,4,2;49",
"outdoors":"5d,21;5d",
"output":"3y,3o;3y",
"outskirts":"7i"
});
