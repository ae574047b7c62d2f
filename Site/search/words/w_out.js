BRIEFINGS_SEARCH_WORDS("out",{
"out":"4f,f,y,1q,5,3,4,2;4f",
"outdoors":"5l,25;5l",
"output":"41,3x;41",
"outskirts":"7u"
});
