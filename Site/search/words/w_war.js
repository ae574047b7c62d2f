BRIEFINGS_SEARCH_WORDS("war",{
"war":"2d,1j,u,1x,n,4,3,5",
"warm":"5d,21",
"warned":"3y,5,2g,s,9,2;3y,5,2g",
"warning":"3p,7,3q;3p",
"warplanes":"2l,9,3,1d,28,t,9;4a",
"warring":"3p,3l,c"
});
