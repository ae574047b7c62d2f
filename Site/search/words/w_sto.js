BRIEFINGS_SEARCH_WORDS("sto",{
"stoltenberg":"1q,4r,15;1q",
"stop":"3q,11,2,1w,w,3,4,4",
"stopper":"5z,1o;5z",
"storm":"2,6w,e,1,3",
"story":"5k,24"
});
