BRIEFINGS_SEARCH_WORDS("sto",{
"stoltenberg":"1q,4s,16;1q",
"stop":"3q,12,2,1w,x,3,4,4",
"stopper":"60,1p;60",
"storm":"2,6x,f,1,3",
"story":"5l,25"
});
