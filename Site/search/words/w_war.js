BRIEFINGS_SEARCH_WORDS("war",{
"war":"2d,1p,w,21,o,4,3,5",
"warm":"5l,26",
"warned":"44,5,2m,t,9,2;44,5,2m",
"warning":"3q,c,3x;3q",
"warplanes":"2l,9,3,1j,2e,u,9;4g",
"warring":"3q,2i,1f,c"
});
