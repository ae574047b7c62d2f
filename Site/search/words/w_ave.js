BRIEFINGS_SEARCH_WORDS("ave",{
"avec":"1,3,7,4,2,1,1,1,3,2,7,1,3,c,7,1,1,2,1,5,1,4,6,3,c,3,3,1,5,3,7,3,1,1,7,1,11,4,h,o,w,2,h,2,4,3,3,5;3i,11,l,29",
"avenge":"4t,2o",
"aventure":"55,2b",
"avertir":"4f,34",
"aveu":"55,2b;55",
"aveugles":"6a,12;6a"
});
