BRIEFINGS_SEARCH_WORDS("war",{
"war":"2d,1j,w,1u,n,4,3,5",
"warm":"5f,1y",
"warned":"3y,5,2g,r,9,2;3y,5,2g",
"warning":"3p,7,3p;3p",
"warplanes":"2l,9,3,1d,28,s,9;4a",
"warring":"3p,3k,c"
});
