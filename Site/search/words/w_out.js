BRIEFINGS_SEARCH_WORDS("out",{
"out":"4f,f,y,1r,5,3,4,2;4f",
"outdoors":"5l,26;5l",
"output":"44,3v;44",
"outskirts":"7v"
});
