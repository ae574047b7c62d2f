BRIEFINGS_SEARCH_WORDS("ave",{
"avec":"1,3,7,4,2,1,1,1,3,2,7,1,3,c,7,1,1,2,1,5,1,4,5,3,c,3,3,1,5,3,7,3,1,1,8,1,14,5,i,o,14,2,h,2,4,3,3,5;3h,1,14,n,2h",
"avenge":"4y,2w",
"aventure":"5a,2j",
"avertir":"4j,3d",
"aveu":"5a,2j;5a",
"aveugles":"6j,16;6j"
});
