BRIEFINGS_SEARCH_WORDS("sto",{
"stoltenberg":"1q,4j,12;1q",
"stop":"3q,x,1,1r,v,3,4,4",
"stopper":"5u,1i;5u",
"storm":"2,6z,4",
"story":"5f,1y"
});
