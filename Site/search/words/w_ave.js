BRIEFINGS_SEARCH_WORDS("ave",{
"avec":"1,3,7,4,2,1,1,1,3,2,7,1,3,c,7,1,1,2,1,5,1,4,6,3,c,3,3,1,5,3,7,p,1,1,7,1,11,3,h,o,v,2,i,2,4,3,3,5;44,11,k,29",
"avenge":"5e,2o",
"aventure":"5q,2b",
"avertir":"51,33",
"aveu":"5q,2b;5q",
"aveugles":"6v,12;6v"
});
