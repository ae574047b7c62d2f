BRIEFINGS_SEARCH_WORDS("sto",{
"stoltenberg":"1q,4j,15;1q",
"stop":"3p,y,1,1t,w,3,4,4",
"stopper":"5u,1l;5u",
"storm":"2,72,4",
"story":"5f,21"
});
