BRIEFINGS_SEARCH_WORDS("sto",{
"stoltenberg":"1q,4k,12;1q",
"stop":"3q,y,1,1r,v,3,4,4",
"stopper":"5v,1i;5v",
"storm":"2,70,4",
"story":"5g,1y"
});
