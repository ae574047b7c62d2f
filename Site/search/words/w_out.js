BRIEFINGS_SEARCH_WORDS("out",{
"out":"4f,f,y,1p,5,3,4,2;4f",
"outdoors":"5l,24;5l",
"output":"41,3w;41",
"outskirts":"7t"
});
