BRIEFINGS_SEARCH_WORDS("sto",{
"stoltenberg":"1q,4s,15;1q",
"stop":"3q,12,2,1w,w,3,4,4",
"stopper":"60,1o;60",
"storm":"2,6x,e,1,3",
"story":"5l,24"
});
