BRIEFINGS_SEARCH_WORDS("out",{
"out":"4e,f,y,1p,5,3,4,2;4e",
"outdoors":"5k,24;5k",
"output":"43,3t;43",
"outskirts":"7s"
});
