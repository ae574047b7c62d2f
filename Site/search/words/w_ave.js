BRIEFINGS_SEARCH_WORDS("ave",{
"avec":"1,3,7,4,2,1,1,1,3,2,7,1,3,c,7,1,1,2,1,5,1,4,5,3,c,3,3,1,5,3,7,3,1,1,8,1,13,5,i,o,13,2,g,2,4,3,3,5;3h,1,13,n,2f",
"avenge":"4x,2u",
"aventure":"59,2h",
"avertir":"4i,3b",
"aveu":"59,2h;59",
"aveugles":"6h,15;6h"
});
