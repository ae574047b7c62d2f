BRIEFINGS_SEARCH_WORDS("war",{
"war":"2e,1j,v,1t,o,4,3,5",
"warm":"5f,1y",
"warned":"3z,5,2d,t,9,2;3z,5,2d",
"warning":"3q,7,3o;3q",
"warplanes":"2m,9,3,1d,27,s,9;4b",
"warring":"3q,3j,c"
});
