BRIEFINGS_SEARCH_WORDS("sto",{
"stoltenberg":"1q,4h,15;1q",
"stop":"3p,w,1,1t,w,3,4,4",
"stopper":"5s,1l;5s",
"storm":"2,70,4",
"story":"5d,21"
});
