BRIEFINGS_SEARCH_WORDS("out",{
"out":"49,f,z,1l,5,3,4,2;49",
"outdoors":"5f,21;5f",
"output":"3y,3q;3y",
"outskirts":"7k"
});
