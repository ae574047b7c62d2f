BRIEFINGS_SEARCH_WORDS("war",{
"war":"2e,25,v,1t,o,4,3,5",
"warm":"61,1y",
"warned":"4l,5,2d,t,9,2;4l,5,2d",
"warning":"4c,7,3o;4c",
"warplanes":"2m,9,3,1z,27,s,9;4x",
"warring":"4c,3j,c"
});
