BRIEFINGS_SEARCH_WORDS("ave",{
"avec":"1,3,7,4,2,1,1,1,3,2,7,1,3,c,7,1,1,2,1,5,1,4,5,3,c,3,3,1,5,3,7,3,1,1,7,1,11,4,d,s,w,2,h,2,4,3,3,5;3h,11,h,2d",
"avenge":"4s,2o",
"aventure":"54,2b",
"avertir":"4e,34",
"aveu":"54,2b;54",
"aveugles":"69,12;69"
});
