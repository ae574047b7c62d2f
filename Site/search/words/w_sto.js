BRIEFINGS_SEARCH_WORDS("sto",{
"stoltenberg":"1q,55,12;1q",
"stop":"4c,x,1,1r,v,3,4,4",
"stopper":"6g,1i;6g",
"storm":"2,7l,4",
"story":"61,1y"
});
