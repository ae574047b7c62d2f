BRIEFINGS_SEARCH_WORDS("war",{
"war":"2d,1m,z,20,n,4,3,5",
"warm":"5l,24",
"warned":"41,5,2o,s,9,2;41,5,2o",
"warning":"3q,9,3y;3q",
"warplanes":"2l,9,3,1j,2d,t,9;4g",
"warring":"3q,2h,1e,c"
});
