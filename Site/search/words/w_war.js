BRIEFINGS_SEARCH_WORDS("war",{
"war":"2d,1j,w,1x,n,4,3,5",
"warm":"5f,21",
"warned":"3y,5,2i,s,9,2;3y,5,2i",
"warning":"3p,7,3s;3p",
"warplanes":"2l,9,3,1d,2a,t,9;4a",
"warring":"3p,3n,c"
});
