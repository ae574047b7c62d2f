BRIEFINGS_SEARCH_WORDS("war",{
"war":"2e,1j,w,1u,n,4,3,5",
"warm":"5g,1y",
"warned":"3z,5,2g,r,9,2;3z,5,2g",
"warning":"3q,7,3p;3q",
"warplanes":"2m,9,3,1d,28,s,9;4b",
"warring":"3q,3k,c"
});
