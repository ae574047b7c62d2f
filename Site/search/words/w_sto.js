BRIEFINGS_SEARCH_WORDS("sto",{
"stoltenberg":"1q,4t,16;1q",
"stop":"3q,12,2,1x,x,3,4,4",
"stopper":"60,1q;60",
"storm":"2,6y,f,1,3",
"story":"5l,26"
});
