BRIEFINGS_SEARCH_WORDS("out",{
"out":"4a,f,z,1i,5,3,4,2;4a",
"outdoors":"5g,1y;5g",
"output":"3z,3n;3z",
"outskirts":"7i"
});
