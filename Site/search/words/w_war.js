BRIEFINGS_SEARCH_WORDS("war",{
"war":"2d,1o,w,20,n,4,3,5",
"warm":"5k,24",
"warned":"43,5,2l,s,9,2;43,5,2l",
"warning":"3q,b,3v;3q",
"warplanes":"2l,9,3,1i,2d,t,9;4f",
"warring":"3q,2g,1e,c"
});
