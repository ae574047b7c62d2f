BRIEFINGS_SEARCH_WORDS("ave",{
"avec":"1,3,7,4,2,1,1,1,3,2,7,1,3,c,7,1,1,2,1,5,1,4,5,3,c,3,3,1,5,3,7,3,1,1,8,1,14,5,i,o,13,2,b,6,2,4,3,3,5;3h,1,14,n,24,c",
"avenge":"4y,2v",
"aventure":"5a,2i",
"avertir":"4j,3c",
"aveu":"5a,2i;5a",
"aveugles":"6i,16;6i"
});
