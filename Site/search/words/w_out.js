BRIEFINGS_SEARCH_WORDS("out",{
"out":"4f,f,y,1q,5,3,4,2",
"outdoors":"5l,25",
"output":"41,3x",
"outskirts":"7u"
});
